import { HttpError } from './errors.js';

/** Included relations by name, each with the relations included under it: `?include=comments.author,author`. */
export interface Includes {
  readonly [relation: string]: Includes;
}

/** The relations a route may include, each with those that may follow it; a `forbidden` one is refused with 403. */
export interface IncludableRelations {
  readonly [relation: string]: IncludableRelations | 'forbidden';
}

/** What a route's `?include=` accepts. */
export interface IncludeRules {
  /** How many relations deep a path may go. */
  readonly depth: number;
  /** The kiln.json setting of `depth`, named when a path goes deeper. */
  readonly setting: string;
  readonly relations: IncludableRelations;
}

/**
 * Parses `?include=author,comments.author`: each comma-separated path names a relation, then relations of its
 * records, at most `rules.depth` deep. An undeclared relation or a path too deep is a 400 saying what is allowed;
 * a relation whose records are not public, a 403.
 */
export function parseIncludes(value: string | undefined, rules: IncludeRules): Includes {
  const includes: Record<string, Includes> = {};
  if (value === undefined || value === '') return includes;
  for (const path of value.split(',')) {
    const names = path.trim().split('.');
    if (names.length > rules.depth) {
      throw invalidInclude(
        `"${names.join('.')}" goes ${names.length} relations deep; includes here go at most ${rules.depth} (${rules.setting} in kiln.json raises the limit)`,
      );
    }

    addPath(includes, names, rules.relations);
  }

  return includes;
}

/** Adds one path to the includes, checking each of its relations against what is allowed at its level. */
function addPath(
  includes: Record<string, Includes>,
  path: readonly string[],
  allowed: IncludableRelations,
  parent = '',
): void {
  const [name = '', ...rest] = path;
  const rules = Object.hasOwn(allowed, name) ? allowed[name] : undefined;
  const at = parent === '' ? name : `${parent}.${name}`;
  if (rules === undefined) {
    const names = Object.keys(allowed).filter((relation) => allowed[relation] !== 'forbidden');
    throw invalidInclude(
      `Unknown relation "${name}"${parent === '' ? '' : ` under "${parent}"`}; include one of: ${names.join(', ') || '(none)'}`,
    );
  }

  if (rules === 'forbidden') {
    throw new HttpError(
      403,
      'include_forbidden',
      `Including ${at} is not allowed: its records are not public`,
    );
  }

  const included = (includes[name] ??= {});
  if (rest.length > 0) addPath(included, rest, rules, at);
}

/** A 400 whose details name the `include` parameter. */
function invalidInclude(message: string): HttpError {
  return new HttpError(400, 'invalid_include', message, [{ field: 'include', message }]);
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

/** A manyToMany's links with the relations included under their records (`include` returns the records in order). */
export async function includeLinked<Key, Row, Included>(
  links: readonly { linkedId: Key; record: Row }[],
  include: (records: Row[]) => Promise<Included[]>,
): Promise<{ linkedId: Key; record: Included }[]> {
  const included = await include(links.map((link) => link.record));
  return links.flatMap((link, index) => {
    const record = included[index];
    return record === undefined ? [] : [{ linkedId: link.linkedId, record }];
  });
}
