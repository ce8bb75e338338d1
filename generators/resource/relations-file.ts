import { printSourceFile } from '../../src/ast/project.js';
import { constant, func, importsOf, param, typeAlias } from '../../src/ast/structures.js';
import { accessFeature } from '../../src/spec/access.js';
import type { ModelView } from '../../src/spec/columns.js';
import { modelNames } from '../../src/spec/names.js';
import type { ManyToManyView, RelationView } from '../../src/spec/relations.js';
import type { Spec } from '../../src/spec/schema.js';
import { resourceNames, type ResourceNames } from './model.js';
import { relationMethods } from './relation-queries.js';
import type { ImportMap } from './routes-plan.js';

export const includesLibPath = 'src/lib/includes.ts';

/**
 * Whether a request may include a relation. With access rules, only relations whose records anyone may list: an
 * include must not show what the related model's own list route would refuse, and a rule that depends on the
 * caller (a role, an owner) is refused with 403 rather than checked per row.
 */
export function includable(spec: Spec, relation: RelationView): boolean {
  if (!(accessFeature in spec.features)) return true;
  return (spec.models[relation.target]?.access?.list ?? 'public') === 'public';
}

/** The names a model's relations module exports. */
export function relationNames(model: ModelView) {
  const { pascal, camel } = model.names;
  return {
    includes: `${camel}Includes`,
    include: `${pascal}Include`,
    withRelations: `${pascal}WithRelations`,
    parse: `parse${pascal}Includes`,
    load: `include${pascal}Relations`,
    module: `./${model.names.kebab}.relations.js`,
  };
}

/** Where a related model's module is, seen from this model's folder. */
const moduleOf = (model: ModelView, target: string, kind: 'schema' | 'repository') => {
  const kebab = modelNames(target).kebab;
  return `${target === model.name ? '.' : `../${kebab}`}/${kebab}.${kind}.js`;
};

/**
 * <name>.relations.ts: what `?include=` accepts and how the included relations of a page are loaded — one query per
 * relation for the whole page, however many records it holds (never one per record).
 */
export function relationsFile(model: ModelView, spec: Spec): string {
  const names = resourceNames(model);
  const own = relationNames(model);
  const allowed = model.relations.filter((relation) => includable(spec, relation));
  const links = model.relations.filter((relation): relation is ManyToManyView => relation.kind === 'manyToMany');
  const usesDb = allowed.length > 0 || links.length > 0;
  const forbidden = model.relations.filter((relation) => !includable(spec, relation)).map((relation) => relation.name);
  const imports: ImportMap = {
    kysely: { types: usesDb ? ['Kysely'] : [] },
    '../../db/tables.js': { types: usesDb ? ['Database'] : [] },
    '../../lib/includes.js': { names: ['parseIncludes', ...(allowed.some((relation) => relation.kind !== 'belongsTo') ? ['groupBy'] : [])] },
    [`./${model.names.kebab}.schema.js`]: { types: [names.type, ...(links.length > 0 ? [`${names.type}Id`] : [])] },
  };
  for (const relation of allowed) {
    const target = modelNames(relation.target).pascal;
    const add = (module: string, entry: { names?: string[]; types?: string[] }) => {
      const current = imports[module] ?? {};
      imports[module] = { names: [...new Set([...(current.names ?? []), ...(entry.names ?? [])])], types: [...new Set([...(current.types ?? []), ...(entry.types ?? [])])] };
    };
    add(moduleOf(model, relation.target, 'schema'), { types: [target] });
    add(moduleOf(model, relation.target, 'repository'), { names: [`create${target}Repository`] });
  }
  const relationType = (relation: RelationView) => {
    const type = modelNames(relation.target).pascal;
    return relation.kind === 'belongsTo' || relation.kind === 'hasOne' ? `${type} | null` : `${type}[]`;
  };
  return printSourceFile({
    statements: [
      ...importsOf(imports),
      constant(own.includes, `[${allowed.map((relation) => `'${relation.name}'`).join(', ')}] as const`, {
        exported: true,
        docs: [`The relations \`?include=\` accepts${forbidden.length > 0 ? ` (${forbidden.join(', ')}: refused with 403, see includable in the generator)` : ''}.`],
      }),
      typeAlias(own.include, `(typeof ${own.includes})[number]`),
      typeAlias(own.withRelations, allowed.length === 0 ? names.type : `${names.type} & { ${allowed.map((relation) => `${relation.name}?: ${relationType(relation)}`).join('; ')} }`, {
        docs: [`A ${names.label.toLowerCase()} with the relations a request included.`],
      }),
      func(own.parse, [param('value', 'string | undefined')], `${own.include}[]`, [
        `return parseIncludes(value, ${own.includes}${forbidden.length > 0 ? `, [${forbidden.map((name) => `'${name}'`).join(', ')}]` : ''});`,
      ], { exported: true }),
      ...(allowed.length > 0 ? [loadFunction(model, names, own, allowed)] : []),
      ...links.flatMap((relation) => linkFunctions(model, names, relation)),
    ],
  });
}

function loadFunction(model: ModelView, names: ResourceNames, own: ReturnType<typeof relationNames>, relations: RelationView[]) {
  // Generic local names: a relation may be named like the model's collection (a self-referencing hasMany).
  const records = 'records';
  const each = 'record';
  const loads = relations.map((relation) => {
    const factory = `create${modelNames(relation.target).pascal}Repository(db)`;
    const asked = `include.includes('${relation.name}')`;
    switch (relation.kind) {
      case 'belongsTo': {
        const column = model.fields.find((candidate) => candidate.field === relation.foreignKey);
        const keys = column?.nullable ? `${records}.flatMap((${each}) => (${each}.${relation.foreignKey} === null ? [] : [${each}.${relation.foreignKey}]))` : `${records}.map((${each}) => ${each}.${relation.foreignKey})`;
        return `${asked} ? ${factory}.findByIds(${keys}) : undefined`;
      }
      case 'hasMany':
      case 'hasOne':
        return `${asked} ? ${factory}.${relationMethods.findByForeignKeys(relation.foreignKey)}(ids) : undefined`;
      case 'manyToMany':
        return `${asked} ? ${factory}.${relationMethods.findLinkedTo(model.name)}(ids) : undefined`;
    }
  });
  const lookups = relations.map((relation) => {
    const loaded = relation.name;
    switch (relation.kind) {
      case 'belongsTo':
        return `const ${loaded}ById = ${loaded} && new Map(${loaded}.map((related) => [related.id, related]));`;
      case 'hasMany':
      case 'hasOne':
        return `const ${loaded}By${names.type} = ${loaded} && groupBy(${loaded}, (related) => related.${relation.foreignKey});`;
      case 'manyToMany':
        return `const ${loaded}By${names.type} = ${loaded} && groupBy(${loaded}, (link) => link.linkedId);`;
    }
  });
  const properties = relations.map((relation) => {
    const loaded = relation.name;
    switch (relation.kind) {
      case 'belongsTo': {
        const column = model.fields.find((candidate) => candidate.field === relation.foreignKey);
        const value = `${loaded}ById.get(${each}.${relation.foreignKey}) ?? null`;
        return `...(${loaded}ById && { ${loaded}: ${column?.nullable ? `${each}.${relation.foreignKey} === null ? null : ${value}` : value} })`;
      }
      case 'hasMany':
        return `...(${loaded}By${names.type} && { ${loaded}: ${loaded}By${names.type}.get(${each}.id) ?? [] })`;
      case 'hasOne':
        return `...(${loaded}By${names.type} && { ${loaded}: ${loaded}By${names.type}.get(${each}.id)?.[0] ?? null })`;
      case 'manyToMany':
        return `...(${loaded}By${names.type} && { ${loaded}: (${loaded}By${names.type}.get(${each}.id) ?? []).map((link) => link.record) })`;
    }
  });
  const needsIds = relations.some((relation) => relation.kind !== 'belongsTo');
  return func(own.load, [param('db', 'Kysely<Database>'), param(records, `${names.type}[]`), param('include', `readonly ${own.include}[]`)], `Promise<${own.withRelations}[]>`, [
    `if (include.length === 0 || ${records}.length === 0) return ${records};`,
    ...(needsIds ? [`const ids = ${records}.map((${each}) => ${each}.id);`] : []),
    `const [${relations.map((relation) => relation.name).join(', ')}] = await Promise.all([\n${loads.join(',\n')},\n]);`,
    ...lookups,
    `return ${records}.map((${each}) => ({ ...${each}, ${properties.join(', ')} }));`,
  ], {
    exported: true,
    async: true,
    docs: [`Loads the included relations of ${names.label.toLowerCase()} records: one query per relation, however many records.`],
  });
}

/** Link and unlink a record and a related one through the join table; linking twice changes nothing. */
function linkFunctions(model: ModelView, names: ResourceNames, relation: ManyToManyView) {
  const join = `'${relation.joinTable.table}'`;
  const targetType = relation.joinTable.sides.find((side) => side.column === relation.targetColumn)?.idStrategy === 'uuid' ? 'string' : 'number';
  const pair = `.where('${relation.ownColumn}', '=', id).where('${relation.targetColumn}', '=', targetId)`;
  const parameters = [param('db', 'Kysely<Database>'), param('id', `${names.type}Id`), param('targetId', targetType)];
  const label = names.label.toLowerCase();
  return [
    func(relationMethods.link(model.name, relation), parameters, 'Promise<void>', [
      `const linked = await db.selectFrom(${join}).select('${relation.ownColumn}')${pair}.executeTakeFirst();`,
      `if (!linked) await db.insertInto(${join}).values({ ${relation.ownColumn}: id, ${relation.targetColumn}: targetId }).execute();`,
    ], { exported: true, async: true, docs: [`Links a ${label} to one of its ${relation.name}; linking twice changes nothing.`] }),
    func(relationMethods.unlink(model.name, relation), parameters, 'Promise<boolean>', [
      `const { numDeletedRows } = await db.deleteFrom(${join})${pair}.executeTakeFirst();`,
      'return numDeletedRows > 0n;',
    ], { exported: true, async: true, docs: [`Unlinks one of its ${relation.name} from a ${label}; false when they were not linked.`] }),
  ];
}

/** src/lib/includes.ts: parsing `?include=` and grouping loaded rows, shared by every model with relations. */
export function includesLibFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ './errors.js': { names: ['HttpError'] } }),
      func('parseIncludes', [param('value', 'string | undefined'), param('allowed', 'readonly Name[]'), param('forbidden', 'readonly string[]', '[]')], 'Name[]', [
        "if (value === undefined || value === '') return [];",
        "const names = [...new Set(value.split(',').map((name) => name.trim()))];",
        'const refused = names.filter((name) => forbidden.includes(name));',
        'if (refused.length > 0) {',
        "  throw new HttpError(403, 'include_forbidden', `Including ${refused.join(', ')} is not allowed: its records are not public`);",
        '}',
        'const isAllowed = (name: string): name is Name => (allowed as readonly string[]).includes(name);',
        'const unknown = names.filter((name) => !isAllowed(name));',
        'if (unknown.length > 0) {',
        "  const message = `Unknown relation ${unknown.map((name) => `\"${name}\"`).join(', ')}; include one of: ${allowed.join(', ') || '(none)'}`;",
        "  throw new HttpError(400, 'invalid_include', message, [{ field: 'include', message }]);",
        '}',
        'return names.filter(isAllowed);',
      ], {
        exported: true,
        docs: ['Parses `?include=a,b`: an undeclared relation is a 400 naming the allowed ones, a refused one a 403.'],
        typeParameters: ['Name extends string'],
      }),
      func('groupBy', [param('items', 'readonly Item[]'), param('keyOf', '(item: Item) => Key')], 'Map<Key, Item[]>', [
        'const groups = new Map<Key, Item[]>();',
        'for (const item of items) {',
        '  const key = keyOf(item);',
        '  const group = groups.get(key);',
        '  if (group) group.push(item);',
        '  else groups.set(key, [item]);',
        '}',
        'return groups;',
      ], { exported: true, docs: ['Items by key, in their order: the rows of a to-many relation per record.'], typeParameters: ['Item', 'Key'] }),
    ],
  });
}
