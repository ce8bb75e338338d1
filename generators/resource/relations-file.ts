import { printSourceFile } from '../../src/ast/project.js';
import { constant, func, importsOf, interfaceOf, param, property, typeAlias } from '../../src/ast/structures.js';
import type { ModelView } from '../../src/spec/columns.js';
import { modelNames } from '../../src/spec/names.js';
import type { ManyToManyView, RelationView } from '../../src/spec/relations.js';
import type { Spec } from '../../src/spec/schema.js';
import { forbiddenIncludePaths, forwardedRelations, includable, includePlan, type IncludeNode, type IncludePlan } from './include-plan.js';
import { resourceNames, type ResourceNames } from './model.js';
import { relationMethods } from './relation-queries.js';
import type { ImportMap } from './routes-plan.js';

export const includesLibPath = 'src/lib/includes.ts';

/** The names a model's relations module exports. */
export function relationNames(model: ModelView) {
  const { pascal, camel } = model.names;
  return {
    rules: `${camel}IncludeRules`,
    withRelations: `${pascal}WithRelations`,
    parse: `parse${pascal}Includes`,
    load: `include${pascal}Relations`,
    module: `./${model.names.kebab}.relations.js`,
  };
}

/** Where a related model's module is, seen from this model's folder. */
const moduleOf = (model: ModelView, target: string, kind: 'schema' | 'repository' | 'relations') => {
  const kebab = modelNames(target).kebab;
  return `${target === model.name ? '.' : `../${kebab}`}/${kebab}.${kind}.js`;
};

/**
 * <name>.relations.ts: what `?include=` accepts and how the included relations of a page are loaded — one query per
 * included relation (at every level) for the whole page, however many records it holds (never one per record).
 */
export function relationsFile(model: ModelView, spec: Spec): string {
  const names = resourceNames(model);
  const own = relationNames(model);
  const plan = includePlan(spec, model);
  const allowed = model.relations.filter((relation) => includable(spec, relation));
  const forwarded = forwardedRelations(spec, model);
  const links = model.relations.filter((relation): relation is ManyToManyView => relation.kind === 'manyToMany');
  const usesDb = allowed.length > 0 || links.length > 0;
  const forbidden = forbiddenIncludePaths(plan).length > 0;
  const imports: ImportMap = {
    kysely: { types: usesDb ? ['Kysely'] : [] },
    '../../db/tables.js': { types: usesDb ? ['Database'] : [] },
    '../../lib/includes.js': {
      names: [
        'parseIncludes',
        ...(allowed.some((relation) => relation.kind !== 'belongsTo') ? ['groupBy'] : []),
        ...(allowed.some((relation) => relation.kind === 'manyToMany' && forwarded.has(relation.name)) ? ['includeLinked'] : []),
      ],
      types: ['IncludeRules', 'Includes'],
    },
    [`./${model.names.kebab}.schema.js`]: { types: [names.type, ...(links.length > 0 ? [`${names.type}Id`] : [])] },
  };
  const add = (module: string, entry: { names?: string[]; types?: string[] }) => {
    const current = imports[module] ?? {};
    imports[module] = { names: [...new Set([...(current.names ?? []), ...(entry.names ?? [])])], types: [...new Set([...(current.types ?? []), ...(entry.types ?? [])])] };
  };
  for (const relation of allowed) {
    const target = modelNames(relation.target).pascal;
    add(moduleOf(model, relation.target, 'repository'), { names: [`create${target}Repository`] });
    if (!forwarded.has(relation.name)) add(moduleOf(model, relation.target, 'schema'), { types: [target] });
    else if (relation.target !== model.name) add(moduleOf(model, relation.target, 'relations'), { names: [`include${target}Relations`], types: [`${target}WithRelations`] });
  }
  const relationType = (relation: RelationView) => {
    const target = modelNames(relation.target).pascal;
    const type = forwarded.has(relation.name) ? `${target}WithRelations` : target;
    return relation.kind === 'belongsTo' || relation.kind === 'hasOne' ? `${type} | null` : `${type}[]`;
  };
  return printSourceFile({
    statements: [
      ...importsOf(imports),
      constant(own.rules, rulesLiteral(plan), {
        exported: true,
        type: 'IncludeRules',
        docs: [
          `What \`?include=\` accepts on ${names.urlPath}: the relations of its records${plan.depth > 1 ? `, and theirs, up to ${plan.depth} levels deep` : ''}.${forbidden ? "\n'forbidden': refused with 403, their records are not public (see includable in the generator)." : ''}`,
        ],
      }),
      typeAlias(own.withRelations, allowed.length === 0 ? names.type : `${names.type} & { ${allowed.map((relation) => `${relation.name}?: ${relationType(relation)}`).join('; ')} }`, {
        docs: [`A ${names.label.toLowerCase()} with the relations a request included.`],
      }),
      func(own.parse, [param('value', 'string | undefined')], 'Includes', [`return parseIncludes(value, ${own.rules});`], { exported: true }),
      ...(allowed.length > 0 ? [loadFunction(model, names, own, allowed, forwarded)] : []),
      ...links.flatMap((relation) => linkFunctions(model, names, relation)),
    ],
  });
}

/** The rules constant: depth, the setting that raises it, and the accepted relations as nested objects. */
function rulesLiteral(plan: IncludePlan): string {
  const relations = (nodes: IncludeNode[]): string =>
    `{ ${nodes.map((node) => `${node.relation.name}: ${node.forbidden ? "'forbidden'" : relations(node.children)}`).join(', ')} }`;
  return `{ depth: ${plan.depth}, setting: 'models.${plan.model.name}.includeDepth', relations: ${relations(plan.nodes)} }`;
}

function loadFunction(model: ModelView, names: ResourceNames, own: ReturnType<typeof relationNames>, relations: RelationView[], forwarded: Set<string>) {
  // Generic local names: a relation may be named like the model's collection (a self-referencing hasMany).
  const records = 'records';
  const each = 'record';
  /** Hands the loaded rows on to the related model's loader, with what the request included under the relation. */
  const nested = (relation: RelationView, rows: string) => `include${modelNames(relation.target).pascal}Relations(db, ${rows}, include.${relation.name})`;
  const loads = relations.map((relation) => {
    const factory = `create${modelNames(relation.target).pascal}Repository(db)`;
    const asked = `include.${relation.name}`;
    const then = forwarded.has(relation.name) ? `.then((rows) => ${nested(relation, 'rows')})` : '';
    switch (relation.kind) {
      case 'belongsTo': {
        const column = model.fields.find((candidate) => candidate.field === relation.foreignKey);
        const keys = column?.nullable ? `${records}.flatMap((${each}) => (${each}.${relation.foreignKey} === null ? [] : [${each}.${relation.foreignKey}]))` : `${records}.map((${each}) => ${each}.${relation.foreignKey})`;
        return `${asked} ? ${factory}.findByIds(${keys})${then} : undefined`;
      }
      case 'hasMany':
      case 'hasOne':
        return `${asked} ? ${factory}.${relationMethods.findByForeignKeys(relation.foreignKey)}(ids)${then} : undefined`;
      case 'manyToMany': {
        const linked = forwarded.has(relation.name) ? `.then((links) => includeLinked(links, (rows) => ${nested(relation, 'rows')}))` : '';
        return `${asked} ? ${factory}.${relationMethods.findLinkedTo(model.name)}(ids)${linked} : undefined`;
      }
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
  return func(own.load, [param('db', 'Kysely<Database>'), param(records, `${names.type}[]`), param('include', 'Includes', '{}')], `Promise<${own.withRelations}[]>`, [
    `if (${records}.length === 0 || Object.keys(include).length === 0) return ${records};`,
    ...(needsIds ? [`const ids = ${records}.map((${each}) => ${each}.id);`] : []),
    `const [${relations.map((relation) => relation.name).join(', ')}] = await Promise.all([\n${loads.join(',\n')},\n]);`,
    ...lookups,
    `return ${records}.map((${each}) => ({ ...${each}, ${properties.join(', ')} }));`,
  ], {
    exported: true,
    async: true,
    docs: [
      forwarded.size > 0
        ? `Loads the included relations of ${names.label.toLowerCase()} records, and those included under them: one query per\nrelation at each level, however many records.`
        : `Loads the included relations of ${names.label.toLowerCase()} records: one query per relation, however many records.`,
    ],
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

/**
 * src/lib/includes.ts: parsing `?include=` against a route's rules, and the helpers every model's loader shares
 * (grouping rows by key, keeping a manyToMany's links when relations are included under its records).
 */
export function includesLibFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ './errors.js': { names: ['HttpError'] } }),
      interfaceOf('Includes', [], {
        docs: ['Included relations by name, each with the relations included under it: `?include=comments.author,author`.'],
        indexSignature: { key: 'relation', type: 'Includes' },
      }),
      interfaceOf('IncludableRelations', [], {
        docs: ['The relations a route may include, each with those that may follow it; a `forbidden` one is refused with 403.'],
        indexSignature: { key: 'relation', type: "IncludableRelations | 'forbidden'" },
      }),
      interfaceOf('IncludeRules', [
        property('depth', 'number', { readonly: true, docs: ['How many relations deep a path may go.'] }),
        property('setting', 'string', { readonly: true, docs: ['The kiln.json setting of `depth`, named when a path goes deeper.'] }),
        property('relations', 'IncludableRelations', { readonly: true }),
      ], { docs: ["What a route's `?include=` accepts."] }),
      func('parseIncludes', [param('value', 'string | undefined'), param('rules', 'IncludeRules')], 'Includes', [
        'const includes: Record<string, Includes> = {};',
        "if (value === undefined || value === '') return includes;",
        "for (const path of value.split(',')) {",
        "  const names = path.trim().split('.');",
        '  if (names.length > rules.depth) {',
        '    throw invalidInclude(',
        "      `\"${names.join('.')}\" goes ${names.length} relations deep; includes here go at most ${rules.depth} (${rules.setting} in kiln.json raises the limit)`,",
        '    );',
        '  }',
        '  addPath(includes, names, rules.relations);',
        '}',
        'return includes;',
      ], {
        exported: true,
        docs: [
          'Parses `?include=author,comments.author`: each comma-separated path names a relation, then relations of its\n' +
            'records, at most `rules.depth` deep. An undeclared relation or a path too deep is a 400 saying what is allowed;\n' +
            'a relation whose records are not public, a 403.',
        ],
      }),
      func('addPath', [param('includes', 'Record<string, Includes>'), param('path', 'readonly string[]'), param('allowed', 'IncludableRelations'), param('parent', undefined, "''")], 'void', [
        "const [name = '', ...rest] = path;",
        'const rules = Object.hasOwn(allowed, name) ? allowed[name] : undefined;',
        'const at = parent === \'\' ? name : `${parent}.${name}`;',
        'if (rules === undefined) {',
        "  const names = Object.keys(allowed).filter((relation) => allowed[relation] !== 'forbidden');",
        "  throw invalidInclude(`Unknown relation \"${name}\"${parent === '' ? '' : ` under \"${parent}\"`}; include one of: ${names.join(', ') || '(none)'}`);",
        '}',
        "if (rules === 'forbidden') {",
        "  throw new HttpError(403, 'include_forbidden', `Including ${at} is not allowed: its records are not public`);",
        '}',
        'const included = (includes[name] ??= {});',
        'if (rest.length > 0) addPath(included, rest, rules, at);',
      ], { docs: ['Adds one path to the includes, checking each of its relations against what is allowed at its level.'] }),
      func('invalidInclude', [param('message', 'string')], 'HttpError', [
        "return new HttpError(400, 'invalid_include', message, [{ field: 'include', message }]);",
      ], { docs: ['A 400 whose details name the `include` parameter.'] }),
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
      func('includeLinked', [param('links', 'readonly { linkedId: Key; record: Row }[]'), param('include', '(records: Row[]) => Promise<Included[]>')], 'Promise<{ linkedId: Key; record: Included }[]>', [
        'const included = await include(links.map((link) => link.record));',
        'return links.flatMap((link, index) => {',
        '  const record = included[index];',
        '  return record === undefined ? [] : [{ linkedId: link.linkedId, record }];',
        '});',
      ], {
        exported: true,
        async: true,
        docs: ["A manyToMany's links with the relations included under their records (`include` returns the records in order)."],
        typeParameters: ['Key', 'Row', 'Included'],
      }),
    ],
  });
}
