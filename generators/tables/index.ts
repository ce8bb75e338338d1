import { z } from 'zod';
import { printSourceFile } from '../../src/ast/project.js';
import { importFrom, importsOf, interfaceOf, property } from '../../src/ast/structures.js';
import { printRowType } from '../../src/dialect/dialect.js';
import { dialectFor, type Dialect } from '../../src/dialect/index.js';
import { defineGenerator } from '../../src/generator/define.js';
import { modelViews, type Column, type ModelView } from '../../src/spec/columns.js';
import { joinTables, type JoinTable } from '../../src/spec/relations.js';
import { kebabCase, pascalCase } from '../../src/spec/naming.js';
import { databasePoint, type DatabaseEntry } from './database-entries.js';

export const databasePath = 'src/db/tables.ts';
export const tablePath = (model: ModelView) => `src/db/tables/${model.names.kebab}.ts`;

export default defineGenerator({
  name: 'tables',
  summary: 'The kysely table types: src/db/tables/<model>.ts per model, and the Database interface in src/db/tables.ts.',
  kind: 'core',
  options: z.strictObject({}),
  requires: ['project'],
  generateModel(tree, model, _options, { spec }) {
    tree.write(tablePath(model), tableFile(model, dialectFor(spec.database)));
  },
  generate(tree, _options, { spec, extensions }) {
    const contributed: DatabaseEntry[] = [];
    const dialect = dialectFor(spec.database);
    for (const join of joinTables(spec)) {
      tree.write(`src/db/tables/${kebabCase(join.table)}.ts`, joinTableFile(join, dialect));
      contributed.push({ table: join.table, type: joinTypeName(join), from: `./tables/${kebabCase(join.table)}.js` });
    }
    for (const contribute of extensions<DatabaseEntry[]>(databasePoint)) contribute(contributed);
    tree.write(databasePath, databaseFile(modelViews(spec), contributed));
  },
});

/** One table's row type, as kysely reads it: snake_case columns, stored representations. */
function tableFile(model: ModelView, dialect: Dialect): string {
  const rowTypes = model.columns.map((column) => rowType(column, dialect));
  const kyselyTypes = ['ColumnType', 'Generated'].filter((type) => rowTypes.some((text) => text.includes(`${type}<`)));
  const usesJson = rowTypes.some((text) => /\bJson\b/.test(text));
  return printSourceFile({
    statements: [
      ...importsOf({ kysely: { types: kyselyTypes }, '../../lib/json.js': { types: usesJson ? ['Json'] : [] } }),
      interfaceOf(
        `${model.names.pascal}Table`,
        model.columns.map((column, i) => property(column.name, rowTypes[i] ?? 'unknown')),
        { docs: [`The \`${model.names.table}\` table (model ${model.name}).`] },
      ),
    ],
  });
}

const joinTypeName = (join: JoinTable) => `${pascalCase(join.table)}Table`;

/** A manyToMany join table's row type: the two ids it links. */
function joinTableFile(join: JoinTable, dialect: Dialect): string {
  const columns = join.sides.map((side): Column => ({
    field: side.column,
    name: side.column,
    role: 'field',
    type: side.idStrategy === 'uuid' ? 'uuid' : 'integer',
    nullable: false,
    unique: false,
    index: false,
  }));
  return printSourceFile({
    statements: [
      interfaceOf(joinTypeName(join), columns.map((column) => property(column.name, rowType(column, dialect))), {
        docs: [`The \`${join.table}\` join table: one row per linked ${join.sides.map((side) => side.model).join('–')} pair.`],
      }),
    ],
  });
}

/** Every table, as kysely sees the database. */
function databaseFile(models: ModelView[], contributed: DatabaseEntry[]): string {
  const entries: DatabaseEntry[] = [
    ...models.map((model) => ({ table: model.names.table, type: `${model.names.pascal}Table`, from: `./tables/${model.names.kebab}.js` })),
    ...contributed,
  ];
  const modules = [...new Set(entries.map((entry) => entry.from))];
  return printSourceFile({
    statements: [
      ...modules.map((from) => importFrom(from, entries.filter((entry) => entry.from === from).map((entry) => entry.type), { typeOnly: true })),
      interfaceOf(
        'Database',
        entries.map((entry) => property(entry.table, entry.type)),
        { docs: [entries.length === 0 ? 'Every table, as kysely sees them. Tables appear here as models are added to kiln.json.' : 'Every table, as kysely sees them.'] },
      ),
    ],
  });
}

const rowType = (column: Column, dialect: Dialect): string => printRowType(dialect.rowType(column), column.nullable);
