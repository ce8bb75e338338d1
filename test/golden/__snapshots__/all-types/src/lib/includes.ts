import { HttpError } from './errors.js';

/** Parses `?include=a,b`: an undeclared relation is a 400 naming the allowed ones, a refused one a 403. */
export function parseIncludes<Name extends string>(
  value: string | undefined,
  allowed: readonly Name[],
  forbidden: readonly string[] = [],
): Name[] {
  if (value === undefined || value === '') return [];
  const names = [...new Set(value.split(',').map((name) => name.trim()))];
  const refused = names.filter((name) => forbidden.includes(name));
  if (refused.length > 0) {
    throw new HttpError(
      403,
      'include_forbidden',
      `Including ${refused.join(', ')} is not allowed: its records are not public`,
    );
  }

  const isAllowed = (name: string): name is Name => (allowed as readonly string[]).includes(name);
  const unknown = names.filter((name) => !isAllowed(name));
  if (unknown.length > 0) {
    const message = `Unknown relation ${unknown.map((name) => `"${name}"`).join(', ')}; include one of: ${allowed.join(', ') || '(none)'}`;
    throw new HttpError(400, 'invalid_include', message, [{ field: 'include', message }]);
  }

  return names.filter(isAllowed);
}

/** Items by key, in their order: the rows of a to-many relation per record. */
export function groupBy<Item, Key>(items: readonly Item[], keyOf: (item: Item) => Key): Map<Key, Item[]> {
  const groups = new Map<Key, Item[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }

  return groups;
}
