import { printSourceFile } from '../../src/ast/project.js';
import { func, importsOf, param, typeAlias } from '../../src/ast/structures.js';
import type { Dialect } from '../../src/dialect/index.js';
import type { Column, ModelView } from '../../src/spec/columns.js';
import type { ResourceNames } from './model.js';

/** <name>.repository.ts: kysely data access (list with a total, get, create, update, delete) and row mapping. */
export function repositoryFile(model: ModelView, names: ResourceNames, dialect: Dialect): string {
  const table = `'${model.names.table}'`;
  const usesJson = model.columns.some((column) => column.type === 'json');
  return printSourceFile({
    statements: [
      ...importsOf({
        kysely: { types: ['Insertable', 'Kysely', 'Selectable', 'Updateable'] },
        '../../db/tables.js': { types: ['Database'] },
        [`../../db/tables/${model.names.kebab}.js`]: { types: [names.table] },
        '../../lib/json.js': {
          names: dialect.kind === 'mysql' && usesJson ? ['parseJson'] : [],
          types: dialect.kind === 'sqlite' && usesJson ? ['Json'] : [],
        },
        '../../lib/pagination.js': { types: ['Page', 'PageQuery'] },
        '../../lib/uuid.js': { names: model.idStrategy === 'uuid' ? ['uuidv7'] : [] },
        [`./${model.names.kebab}.schema.js`]: { types: [names.createInput, names.type, `${names.type}Id`, names.updateInput] },
      }),
      func(names.toApi, [param('row', `Selectable<${names.table}>`)], names.type, [
        `return ${objectOf(model.columns.map((column) => [column.field, readExpression(column, dialect)]))};`,
      ], { docs: ['Maps a row (snake_case columns, stored representations) to its API shape.'] }),
      func(`to${names.type}Row`, [param('input', names.createInput)], `Omit<Insertable<${names.table}>, 'id'${model.timestamps ? " | 'created_at' | 'updated_at'" : ''}>`, [
        `return ${objectOf(model.fields.map((column) => [column.name, writeExpression(column, dialect, `input.${column.field}`, 'create')]))};`,
      ]),
      func(`to${names.type}Changes`, [param('input', names.updateInput)], `Updateable<${names.table}>`, [
        `return ${objectOf(model.fields.map((column) => [column.name, writeExpression(column, dialect, `input.${column.field}`, 'update')]))};`,
      ], { docs: ['Absent fields stay undefined, which kysely leaves out of the UPDATE.'] }),
      func(names.repositoryFactory, [param('db', 'Kysely<Database>')], undefined, [
        `return {
          ${listMethod(model, names, table)},
          ${findMethod(names, table)},
          ${createMethod(model, names, table, dialect)},
          ${updateMethod(model, names, table, dialect)},
          ${deleteMethod(names, table)},
        };`,
      ], { exported: true, docs: [`Data access for the ${table} table.`] }),
      typeAlias(names.repositoryType, `ReturnType<typeof ${names.repositoryFactory}>`),
    ],
  });
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

function listMethod(model: ModelView, names: ResourceNames, table: string): string {
  return `async list({ limit, offset }: PageQuery): Promise<Page<${names.type}>> {
    const [rows, count] = await Promise.all([
      db.selectFrom(${table}).selectAll().orderBy('id').limit(limit).offset(offset).execute(),
      db.selectFrom(${table}).select((eb) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow(),
    ]);
    return { data: rows.map(${names.toApi}), meta: { total: Number(count.total), limit, offset } };
  }`;
}

function findMethod(names: ResourceNames, table: string): string {
  return `async findById(id: ${names.type}Id): Promise<${names.type} | undefined> {
    const row = await db.selectFrom(${table}).selectAll().where('id', '=', id).executeTakeFirst();
    return row && ${names.toApi}(row);
  }`;
}

function createMethod(model: ModelView, names: ResourceNames, table: string, dialect: Dialect): string {
  const stamps = model.timestamps ? ['const now = ' + dialect.now + ';'] : [];
  const values = [
    ...(model.idStrategy === 'uuid' ? ['id'] : []),
    `...to${names.type}Row(input)`,
    ...(model.timestamps ? ['created_at: now', 'updated_at: now'] : []),
  ].join(', ');
  const declareId = model.idStrategy === 'uuid' ? ['const id = uuidv7();'] : [];
  if (dialect.supportsReturning) {
    return `async create(input: ${names.createInput}): Promise<${names.type}> {
      ${[...declareId, ...stamps].join('\n')}
      const row = await db.insertInto(${table}).values({ ${values} }).returningAll().executeTakeFirstOrThrow();
      return ${names.toApi}(row);
    }`;
  }
  const insert = `await db.insertInto(${table}).values({ ${values} }).executeTakeFirstOrThrow()`;
  const insertAndId =
    model.idStrategy === 'uuid' ? [`${insert};`] : [`const { insertId } = ${insert};`, 'const id = Number(insertId);'];
  return `async create(input: ${names.createInput}): Promise<${names.type}> {
    ${[...declareId, ...stamps, ...insertAndId].join('\n')}
    const row = await db.selectFrom(${table}).selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    return ${names.toApi}(row);
  }`;
}

function updateMethod(model: ModelView, names: ResourceNames, table: string, dialect: Dialect): string {
  const changes = model.timestamps ? `{ ...to${names.type}Changes(input), updated_at: ${dialect.now} }` : 'changes';
  // Without an updated_at column an empty PATCH has nothing to SET, and an empty SET is invalid SQL.
  const nothingToSet = model.timestamps
    ? ''
    : `const changes = to${names.type}Changes(input);
       if (Object.values(changes).every((value) => value === undefined)) return this.findById(id);\n`;
  if (dialect.supportsReturning) {
    return `async update(id: ${names.type}Id, input: ${names.updateInput}): Promise<${names.type} | undefined> {
      ${nothingToSet}const row = await db.updateTable(${table}).set(${changes}).where('id', '=', id).returningAll().executeTakeFirst();
      return row && ${names.toApi}(row);
    }`;
  }
  return `async update(id: ${names.type}Id, input: ${names.updateInput}): Promise<${names.type} | undefined> {
    ${nothingToSet}const { numUpdatedRows } = await db.updateTable(${table}).set(${changes}).where('id', '=', id).executeTakeFirst();
    return numUpdatedRows > 0n ? this.findById(id) : undefined;
  }`;
}

function deleteMethod(names: ResourceNames, table: string): string {
  return `async delete(id: ${names.type}Id): Promise<boolean> {
    const { numDeletedRows } = await db.deleteFrom(${table}).where('id', '=', id).executeTakeFirst();
    return numDeletedRows > 0n;
  }`;
}
