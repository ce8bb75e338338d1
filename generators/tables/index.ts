import { z } from 'zod';
import { printSourceFile } from '../../src/ast/project.js';
import { importsOf, interfaceOf, property } from '../../src/ast/structures.js';
import { printRowType } from '../../src/dialect/dialect.js';
import { dialectFor, type Dialect } from '../../src/dialect/index.js';
import { defineGenerator } from '../../src/generator/define.js';
import { modelViews, type Column, type ModelView } from '../../src/spec/columns.js';

export const tablesPath = 'src/db/tables.ts';

export default defineGenerator({
  name: 'tables',
  summary: 'src/db/tables.ts: the kysely table types of every model.',
  kind: 'core',
  options: z.strictObject({}),
  requires: ['project'],
  generate(tree, _options, { spec }) {
    tree.write(tablesPath, tablesFile(modelViews(spec), dialectFor(spec.database)));
  },
});

export function tablesFile(models: ModelView[], dialect: Dialect): string {
  const rowTypes = models.flatMap((model) => model.columns.map((column) => rowType(column, dialect)));
  const kyselyTypes = ['ColumnType', 'Generated'].filter((type) => rowTypes.some((rowType) => rowType.includes(`${type}<`)));
  const usesJson = rowTypes.some((rowType) => /\bJson\b/.test(rowType));
  return printSourceFile({
    statements: [
      ...importsOf({ kysely: { types: kyselyTypes }, '../lib/json.js': { types: usesJson ? ['Json'] : [] } }),
      ...models.map((model) =>
        interfaceOf(
          `${model.names.pascal}Table`,
          model.columns.map((column) => property(column.name, rowType(column, dialect))),
          { docs: [`The \`${model.names.table}\` table (model ${model.name}).`] },
        ),
      ),
      interfaceOf(
        'Database',
        models.map((model) => property(model.names.table, `${model.names.pascal}Table`)),
        { docs: [models.length === 0 ? 'Every table, as kysely sees them. Tables appear here as models are added to kiln.json.' : 'Every table, as kysely sees them.'] },
      ),
    ],
  });
}

const rowType = (column: Column, dialect: Dialect): string => printRowType(dialect.rowType(column), column.nullable);
