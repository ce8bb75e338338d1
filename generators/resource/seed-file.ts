import { printSourceFile } from '../../src/ast/project.js';
import { func, importsOf, param } from '../../src/ast/structures.js';
import type { Dialect } from '../../src/dialect/index.js';
import { literal } from '../../src/dialect/literal.js';
import type { ModelView } from '../../src/spec/columns.js';
import { relatedId, resourcePaths, resourceNames, sampleRow } from './model.js';

export const seedPath = 'src/testing/seed.ts';

/** The models some foreign key points to, with the models they point to in turn: what tests must seed. */
export function seededModels(models: readonly ModelView[]): ModelView[] {
  const targets = new Set(models.flatMap((model) => model.fields.flatMap((column) => (column.references ? [column.references.model] : []))));
  return models.filter((model) => targets.has(model.name));
}

/** The statements that seed the rows a model's sample records point to, for its tests' `beforeEach`. */
export function seedStatements(model: ModelView): string[] {
  const targets = [...new Set(model.fields.flatMap((column) => (column.references ? [column.references.model] : [])))];
  return targets.flatMap((target) => [`await seed${target}(testApp.db, 1);`, `await seed${target}(testApp.db, 2);`]);
}

/**
 * src/testing/seed.ts: per referenced model, `seed<Model>(db, variant)` inserts the row with the id the generated
 * tests' sample records point to (and, first, the rows it points to itself), unless it is there already. Its values
 * differ from the tests' own samples, so a seeded row never trips a unique constraint of a record a test creates.
 */
export function seedFile(models: readonly ModelView[], dialect: Dialect): string {
  const seeded = seededModels(models);
  return printSourceFile({
    statements: [
      ...importsOf({
        kysely: { types: ['Kysely'] },
        '../db/tables.js': { types: ['Database'] },
        ...Object.fromEntries(seeded.map((model) => [`../${resourcePaths(model).repository.replace(/^src\//, '').replace(/\.ts$/, '.js')}`, { names: [`to${resourceNames(model).type}Row`] }])),
      }),
      ...seeded.map((model) => seedFunction(model, dialect)),
    ],
  });
}

function seedFunction(model: ModelView, dialect: Dialect) {
  const names = resourceNames(model);
  const table = `'${model.names.table}'`;
  const parents = [...new Set(model.fields.flatMap((column) => (column.references && column.references.model !== model.name ? [column.references.model] : [])))];
  const stamps = model.timestamps ? ', created_at: now, updated_at: now' : '';
  return func(`seed${model.name}`, [param('db', 'Kysely<Database>'), param('variant', '1 | 2')], 'Promise<void>', [
    `const id = variant === 1 ? ${literal(relatedId(model.id, 1))} : ${literal(relatedId(model.id, 2))};`,
    `if (await db.selectFrom(${table}).select('id').where('id', '=', id).executeTakeFirst()) return;`,
    ...parents.map((parent) => `await seed${parent}(db, variant);`),
    ...(model.timestamps ? [`const now = ${dialect.now};`] : []),
    `const input = to${names.type}Row(variant === 1 ? ${literal(sampleRow(model.fields, 1, 'Seeded '))} : ${literal(sampleRow(model.fields, 2, 'Seeded '))});`,
    `await db.insertInto(${table}).values({ id, ...input${stamps} }).execute();`,
  ], { exported: true, async: true, docs: [`Inserts the ${names.label.toLowerCase()} tests refer to as variant 1 or 2, and the rows it refers to.`] });
}
