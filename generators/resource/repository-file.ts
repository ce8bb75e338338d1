import { printSourceFile } from '../../src/ast/project.js';
import { func, importsOf, param, typeAlias } from '../../src/ast/structures.js';
import type { Dialect } from '../../src/dialect/index.js';
import type { Column, ModelView } from '../../src/spec/columns.js';
import { listingOf } from '../../src/spec/listing.js';
import { listColumnsConstant } from './listing.js';
import type { ResourceNames } from './model.js';
import { relationMethods, type RelationQueries } from './relation-queries.js';

/**
 * What the plans change in the repository: fields the server assigns and the fields rows are scoped by (from the
 * routes plan), the rows every query sees and how a delete happens (from the repository plan).
 */
export interface RepositoryAccess {
  serverAssigned: readonly string[];
  scopeFields: readonly string[];
  visibleWhere?: readonly string[];
  deleteSets?: Readonly<Record<string, string>>;
  /** The reads and writes relations need (see relation-queries.ts). */
  relations?: RelationQueries;
}

/**
 * <name>.repository.ts: kysely data access (list with a total, get, create, update, delete) and row mapping. When
 * routes are scoped, list/get/update/delete take a scope, and a row outside it is treated as missing.
 */
export function repositoryFile(model: ModelView, names: ResourceNames, dialect: Dialect, access: RepositoryAccess = { serverAssigned: [], scopeFields: [] }): string {
  const table = `'${model.names.table}'`;
  const usesJson = model.columns.some((column) => column.type === 'json');
  const scope = scopeOf(model, names, dialect, access.scopeFields);
  const rows = rowsWhere(access.visibleWhere ?? [], scope);
  const createType = access.serverAssigned.length > 0 ? names.newRecord : names.createInput;
  const clientFields = model.fields.filter((column) => !access.serverAssigned.includes(column.field));
  const cursor = listingOf(model).pagination === 'cursor';
  const pagedByForeignKey = access.relations?.byForeignKey.some((key) => key.paged) ?? false;
  return printSourceFile({
    statements: [
      ...importsOf({
        kysely: { types: ['Insertable', 'Kysely', 'Selectable', 'Updateable', ...(scope ? ['ExpressionBuilder'] : [])] },
        '../../db/tables.js': { types: ['Database'] },
        [`../../db/tables/${model.names.kebab}.js`]: { types: [names.table] },
        '../../lib/json.js': {
          names: dialect.kind === 'mysql' && usesJson ? ['parseJson'] : [],
          types: dialect.kind === 'sqlite' && usesJson ? ['Json'] : [],
        },
        '../../lib/list-query.js': { types: [cursor ? 'CursorListQuery' : 'OffsetListQuery'] },
        '../../lib/list-sql.js': { names: [...listColumnHelpers(model, dialect), ...(cursor ? [] : ['isFiltered']), 'listOrder', 'listWhere'], types: ['ListColumns'] },
        '../../lib/cursor.js': { names: cursor ? ['cursorPage'] : [] },
        '../../lib/pagination.js': { types: [...new Set([cursor ? 'CursorPage' : 'Page', ...(pagedByForeignKey ? ['Page', 'OffsetPageQuery'] : [])])] },
        '../../lib/uuid.js': { names: model.idStrategy === 'uuid' ? ['uuidv7'] : [] },
        [`./${model.names.kebab}.schema.js`]: { types: [createType, names.type, `${names.type}Id`, names.updateInput] },
      }),
      ...(scope?.declarations ?? []),
      listColumnsConstant(model, names, dialect),
      func(names.toApi, [param('row', `Selectable<${names.table}>`)], names.type, [
        `return ${objectOf(model.columns.map((column) => [column.field, readExpression(column, dialect)]))};`,
      ], { docs: ['Maps a row (snake_case columns, stored representations) to its API shape.'] }),
      func(`to${names.type}Row`, [param('input', createType)], `Omit<Insertable<${names.table}>, 'id'${model.timestamps ? " | 'created_at' | 'updated_at'" : ''}>`, [
        `return ${objectOf(model.fields.map((column) => [column.name, writeExpression(column, dialect, `input.${column.field}`, 'create')]))};`,
      ], { exported: true, docs: ['Maps a create input to the columns it sets (the id and timestamps are added on insert).'] }),
      func(`to${names.type}Changes`, [param('input', names.updateInput)], `Updateable<${names.table}>`, [
        `return ${objectOf(clientFields.map((column) => [column.name, writeExpression(column, dialect, `input.${column.field}`, 'update')]))};`,
      ], { docs: ['Absent fields stay undefined, which kysely leaves out of the UPDATE.'] }),
      func(names.repositoryFactory, [param('db', 'Kysely<Database>')], undefined, [
        `return {
          ${cursor ? cursorListMethod(names, table, rows) : offsetListMethod(names, table, rows)},
          ${findMethod(names, table, rows)},
          ${createMethod(model, names, table, dialect, createType)},
          ${updateMethod(model, names, table, dialect, rows)},
          ${deleteMethod(names, table, rows, access.deleteSets)},${access.relations ? relationMethodsOf(model, names, table, access.relations, (access.visibleWhere ?? []).map((condition) => `.where(${condition})`).join('')).map((method) => `\n${method},`).join('') : ''}
        };`,
      ], { exported: true, docs: [`Data access for the ${table} table.`] }),
      typeAlias(names.repositoryType, `ReturnType<typeof ${names.repositoryFactory}>`),
    ],
  });
}

interface Scope {
  /** The scope type and the filter function, printed before the repository. */
  declarations: ReturnType<typeof typeAlias | typeof func>[];
  /** The extra parameter of scoped methods. */
  parameter: string;
  /** `.where(…)` narrowing a query to the scope. */
  where: string;
}

function scopeOf(model: ModelView, names: ResourceNames, dialect: Dialect, fields: readonly string[]): Scope | undefined {
  const columns = model.fields.filter((column) => fields.includes(column.field));
  if (columns.length === 0) return undefined;
  const conditions = columns.map((column) => {
    const value = `scope.${column.field}`;
    return `...(${value} === undefined ? [] : [eb('${column.name}', '=', ${dialect.toRow(column, value) ?? value})])`;
  });
  return {
    declarations: [
      typeAlias(names.scope, `Partial<Pick<${names.type}, ${columns.map((column) => `'${column.field}'`).join(' | ')}>>`, {
        docs: ['Narrows what a repository method sees: only rows whose fields equal every value given.'],
      }),
      func('inScope', [param('scope', names.scope)], undefined, [
        `return (eb: ExpressionBuilder<Database, '${model.names.table}'>) => eb.and([${conditions.join(', ')}]);`,
      ]),
    ],
    parameter: `, scope: ${names.scope} = {}`,
    where: '.where(inScope(scope))',
  };
}

/** How the methods that read or change existing rows narrow them: the scope parameter and the `.where(…)` chain. */
interface Rows {
  scoped: boolean;
  parameter: string;
  where: string;
}

function rowsWhere(visibleWhere: readonly string[], scope: Scope | undefined): Rows {
  const visible = visibleWhere.map((condition) => `.where(${condition})`).join('');
  return { scoped: scope !== undefined, parameter: scope?.parameter ?? '', where: `${visible}${scope?.where ?? ''}` };
}

function objectOf(entries: [string, string][]): string {
  return `{\n${entries.map(([key, value]) => (key === value ? `${key},` : `${key}: ${value},`)).join('\n')}\n}`;
}

function readExpression(column: Column, dialect: Dialect): string {
  const value = `row.${column.name}`;
  const converted = dialect.fromRow(column, value);
  if (converted === undefined) return value;
  return column.nullable ? `${value} === null ? null : ${converted}` : converted;
}

function writeExpression(column: Column, dialect: Dialect, value: string, mode: 'create' | 'update'): string {
  const converted = dialect.toRow(column, value);
  if (converted === undefined) return value;
  const absent = [...(column.nullable ? ['null'] : []), ...(mode === 'update' ? ['undefined'] : [])];
  const [only] = absent;
  if (!only) return converted;
  const test = absent.map((literal) => `${value} === ${literal}`).join(' || ');
  return `${test} ? ${absent.length === 1 ? only : value} : ${converted}`;
}

function offsetListMethod(names: ResourceNames, table: string, rows: Rows): string {
  const where = `${rows.where}.$if(isFiltered(query), (filtered) => filtered.where(listWhere(query, ${names.listColumns})))`;
  return `async list(query: OffsetListQuery${rows.parameter}): Promise<Page<${names.type}>> {
    const { limit, offset } = query;
    const [rows, count] = await Promise.all([
      db.selectFrom(${table}).selectAll()${where}.orderBy(listOrder(query.sort, ${names.listColumns})).limit(limit).offset(offset).execute(),
      db.selectFrom(${table})${where}.select((eb) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow(),
    ]);
    return { data: rows.map(${names.toApi}), meta: { total: Number(count.total), limit, offset } };
  }`;
}

/** Keyset paging: one row more than the page is read, to know whether a next page exists. */
function cursorListMethod(names: ResourceNames, table: string, rows: Rows): string {
  return `async list(query: CursorListQuery${rows.parameter}): Promise<CursorPage<${names.type}>> {
    const rows = await db
      .selectFrom(${table})
      .selectAll()${rows.where}
      .where(listWhere(query, ${names.listColumns}))
      .orderBy(listOrder(query.sort, ${names.listColumns}))
      .limit(query.limit + 1)
      .execute();
    return cursorPage(rows.map(${names.toApi}), query);
  }`;
}

/** The list-sql column constructors the model's columns use. */
function listColumnHelpers(model: ModelView, dialect: Dialect): string[] {
  const decimals = dialect.kind === 'sqlite' && listingOf(model).fields.some(({ column }) => column.type === 'decimal');
  const plain = listingOf(model).fields.some(({ column }) => !(dialect.kind === 'sqlite' && column.type === 'decimal'));
  return [...(plain ? ['column'] : []), ...(decimals ? ['decimalColumn'] : [])];
}

function findMethod(names: ResourceNames, table: string, rows: Rows): string {
  return `async findById(id: ${names.type}Id${rows.parameter}): Promise<${names.type} | undefined> {
    const row = await db.selectFrom(${table}).selectAll().where('id', '=', id)${rows.where}.executeTakeFirst();
    return row && ${names.toApi}(row);
  }`;
}

function createMethod(model: ModelView, names: ResourceNames, table: string, dialect: Dialect, inputType: string): string {
  const stamps = model.timestamps ? ['const now = ' + dialect.now + ';'] : [];
  const values = [
    ...(model.idStrategy === 'uuid' ? ['id'] : []),
    `...to${names.type}Row(input)`,
    ...(model.timestamps ? ['created_at: now', 'updated_at: now'] : []),
  ].join(', ');
  const declareId = model.idStrategy === 'uuid' ? ['const id = uuidv7();'] : [];
  if (dialect.supportsReturning) {
    return `async create(input: ${inputType}): Promise<${names.type}> {
      ${[...declareId, ...stamps].join('\n')}
      const row = await db.insertInto(${table}).values({ ${values} }).returningAll().executeTakeFirstOrThrow();
      return ${names.toApi}(row);
    }`;
  }
  const insert = `await db.insertInto(${table}).values({ ${values} }).executeTakeFirstOrThrow()`;
  const insertAndId =
    model.idStrategy === 'uuid' ? [`${insert};`] : [`const { insertId } = ${insert};`, 'const id = Number(insertId);'];
  return `async create(input: ${inputType}): Promise<${names.type}> {
    ${[...declareId, ...stamps, ...insertAndId].join('\n')}
    const row = await db.selectFrom(${table}).selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    return ${names.toApi}(row);
  }`;
}

function updateMethod(model: ModelView, names: ResourceNames, table: string, dialect: Dialect, rows: Rows): string {
  const changes = model.timestamps ? `{ ...to${names.type}Changes(input), updated_at: ${dialect.now} }` : 'changes';
  const where = `.where('id', '=', id)${rows.where}`;
  const findAgain = `this.findById(id${rows.scoped ? ', scope' : ''})`;
  // Without an updated_at column an empty PATCH has nothing to SET, and an empty SET is invalid SQL.
  const nothingToSet = model.timestamps
    ? ''
    : `const changes = to${names.type}Changes(input);
       if (Object.values(changes).every((value) => value === undefined)) return ${findAgain};\n`;
  const signature = `async update(id: ${names.type}Id, input: ${names.updateInput}${rows.parameter}): Promise<${names.type} | undefined>`;
  if (dialect.supportsReturning) {
    return `${signature} {
      ${nothingToSet}const row = await db.updateTable(${table}).set(${changes})${where}.returningAll().executeTakeFirst();
      return row && ${names.toApi}(row);
    }`;
  }
  return `${signature} {
    ${nothingToSet}const { numUpdatedRows } = await db.updateTable(${table}).set(${changes})${where}.executeTakeFirst();
    return numUpdatedRows > 0n ? ${findAgain} : undefined;
  }`;
}

function deleteMethod(names: ResourceNames, table: string, rows: Rows, deleteSets: Readonly<Record<string, string>> | undefined): string {
  const signature = `async delete(id: ${names.type}Id${rows.parameter}): Promise<boolean>`;
  const where = `.where('id', '=', id)${rows.where}`;
  if (deleteSets) {
    const sets = Object.entries(deleteSets).map(([column, value]) => `${column}: ${value}`);
    return `${signature} {
      const { numUpdatedRows } = await db.updateTable(${table}).set({ ${sets.join(', ')} })${where}.executeTakeFirst();
      return numUpdatedRows > 0n;
    }`;
  }
  return `${signature} {
    const { numDeletedRows } = await db.deleteFrom(${table})${where}.executeTakeFirst();
    return numDeletedRows > 0n;
  }`;
}

/** The reads that load a relation for a whole page in one query, and the link writes of manyToMany relations. */
function relationMethodsOf(model: ModelView, names: ResourceNames, table: string, queries: RelationQueries, visible: string): string[] {
  const methods: string[] = [];
  // An empty IN () is invalid SQL: no ids, no query.
  if (queries.findByIds) {
    methods.push(`async findByIds(ids: readonly ${names.type}Id[]): Promise<${names.type}[]> {
      if (ids.length === 0) return [];
      const rows = await db.selectFrom(${table}).selectAll().where('id', 'in', [...new Set(ids)])${visible}.execute();
      return rows.map(${names.toApi});
    }`);
  }
  for (const key of queries.byForeignKey) {
    methods.push(`async ${relationMethods.findByForeignKeys(key.field)}(values: readonly ${key.type}[]): Promise<${names.type}[]> {
      if (values.length === 0) return [];
      const rows = await db.selectFrom(${table}).selectAll().where('${key.column}', 'in', [...new Set(values)])${visible}.orderBy('id').execute();
      return rows.map(${names.toApi});
    }`);
    if (key.paged) {
      methods.push(`async ${relationMethods.listByForeignKey(key.field)}(value: ${key.type}, { limit, offset }: OffsetPageQuery): Promise<Page<${names.type}>> {
        const [rows, count] = await Promise.all([
          db.selectFrom(${table}).selectAll().where('${key.column}', '=', value)${visible}.orderBy('id').limit(limit).offset(offset).execute(),
          db.selectFrom(${table}).where('${key.column}', '=', value)${visible}.select((eb) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow(),
        ]);
        return { data: rows.map(${names.toApi}), meta: { total: Number(count.total), limit, offset } };
      }`);
    }
  }
  for (const { owner, relation } of queries.linkedTo) {
    const join = relation.joinTable.table;
    const ownerType = relation.joinTable.sides.find((side) => side.model === owner)?.idStrategy === 'uuid' ? 'string' : 'number';
    // Seen from this model, the owner's join column is the relation's own column and ours is its target column.
    methods.push(`async ${relationMethods.findLinkedTo(owner)}(ids: readonly ${ownerType}[]): Promise<{ linkedId: ${ownerType}; record: ${names.type} }[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('${join}')
        .innerJoin(${table}, ${`'${model.names.table}.id'`}, '${join}.${relation.targetColumn}')
        .selectAll(${table})
        .select('${join}.${relation.ownColumn} as linked_id')
        .where('${join}.${relation.ownColumn}', 'in', [...new Set(ids)])${visible}
        .orderBy('${model.names.table}.id')
        .execute();
      return rows.map(({ linked_id, ...row }) => ({ linkedId: linked_id, record: ${names.toApi}(row) }));
    }`);
  }
  return methods;
}
