import { literal } from '../../src/dialect/literal.js';
import type { ModelView } from '../../src/spec/columns.js';
import { listingOf } from '../../src/spec/listing.js';
import { modelNames } from '../../src/spec/names.js';
import type { Spec } from '../../src/spec/schema.js';
import { resourceNames, sampleRow } from './model.js';
import { includable } from './include-plan.js';
import { addIncludeTests } from './include-tests.js';
import { addImports } from './routes-plan.js';
import type { ResourceTestsPlan } from './tests-plan.js';

/**
 * The generated tests of a model's relations, added to its tests plan: includes (what `?include=` refuses and its
 * query count, see include-tests.ts, then the content of each), the nested route of a hasMany, linking a
 * manyToMany, and — on a model others point to — what deleting it does to them (restrict, cascade, setNull).
 */
export function addRelationTests(plan: ResourceTestsPlan, models: readonly ModelView[], spec: Spec, { softDelete = false } = {}): void {
  const { model, names } = plan;
  const byName = new Map(models.map((candidate) => [candidate.name, candidate]));
  const visible = model.relations.filter((relation) => includable(spec, relation));
  const path = names.urlPath;
  const headers = (action: 'list' | 'get' | 'update' | 'delete') => (plan.headers[action] ? `, ${plan.headers[action]}` : '');
  const get = (target: string) => (plan.headers.get ? `send('GET', ${target}, undefined, ${plan.headers.get})` : `testApp.app.request(${target})`);
  /** Inserts a record of `child` (through its repository, so no access rule applies) pointing to `created`. */
  // Seeded inside the test that needs them, so other tests' lists and totals stay as they expect.
  const insertChild = (child: ModelView, foreignKey: string) => {
    const factory = resourceNames(child).repositoryFactory;
    addImports(plan, { [`../${child.names.kebab}/${child.names.kebab}.repository.js`]: { names: [factory] } });
    return [...seedsFor(plan, child, model.name), `const child = await ${factory}(testApp.db).create({ ...${literal(sampleRow(child.fields, 1))}, ${foreignKey}: created.id });`].join('\n');
  };

  addIncludeTests(plan, models, spec, (child) => seedsFor(plan, child, model.name));
  for (const relation of visible) {
    const target = byName.get(relation.target);
    if (!target) continue;
    const targetNames = modelNames(relation.target);
    switch (relation.kind) {
      case 'belongsTo': {
        plan.tests.push(`it('includes its ${relation.name} (?include=${relation.name})', async () => {
          const created = await create${names.type}(valid${names.type});
          const response = await ${get(`\`${path}/\${created.id}?include=${relation.name}\``)};
          expect(response.status).toBe(200);
          const body = (await response.json()) as { data: { ${relation.name}: { id: unknown } | null } };
          expect(body.data.${relation.name}?.id).toBe(valid${names.type}.${relation.foreignKey});
        });`);
        break;
      }
      case 'hasMany':
      case 'hasOne': {
        const child = insertChild(target, relation.foreignKey);
        plan.tests.push(`it('includes its ${relation.name} (?include=${relation.name})', async () => {
          const created = await create${names.type}(valid${names.type});
          ${child}
          const response = await ${get(`\`${path}/\${created.id}?include=${relation.name}\``)};
          expect(response.status).toBe(200);
          const body = (await response.json()) as { data: { ${relation.name}: ${relation.kind === 'hasMany' ? '{ id: unknown }[]' : '{ id: unknown } | null'} } };
          expect(body.data.${relation.name}${relation.kind === 'hasMany' ? '.map((related) => related.id)' : '?.id'}).toEqual(${relation.kind === 'hasMany' ? '[child.id]' : 'child.id'});
        });`);
        if (relation.kind === 'hasMany') {
          const other = `'${path}/${model.idStrategy === 'uuid' ? '0190a6c4-5b8e-7000-8000-00000000dead' : '999999'}/${kebab(relation.name)}'`;
          plan.tests.push(`it('lists only its own ${relation.name} (GET ${path}/:id/${kebab(relation.name)}), and 404 for a missing ${names.label.toLowerCase()}', async () => {
            const created = await create${names.type}(valid${names.type});
            ${child}
            const response = await ${get(`\`${path}/\${created.id}/${kebab(relation.name)}\``)};
            expect(response.status).toBe(200);
            const body = (await response.json()) as { data: { id: unknown }[]; meta: { total: number } };
            expect(body.data.map((related) => related.id)).toEqual([child.id]);
            expect(body.meta.total).toBe(1);
            expect((await ${get(other)}).status).toBe(404);
          });`);
        }
        break;
      }
      case 'manyToMany': {
        const factory = `create${targetNames.pascal}Repository`;
        addImports(plan, { [`../${targetNames.kebab}/${targetNames.kebab}.repository.js`]: { names: [factory] } });
        const seeds = seedsFor(plan, target, model.name);
        const link = `\`${path}/\${created.id}/${kebab(relation.name)}/\${linked.id}\``;
        plan.tests.push(`it('links and unlinks ${relation.name} (PUT|DELETE ${path}/:id/${kebab(relation.name)}/:${targetNames.camel}Id), and includes them', async () => {
          const created = await create${names.type}(valid${names.type});${seeds.map((seed) => `\n${seed}`).join('')}
          const linked = await ${factory}(testApp.db).create(${literal(sampleRow(target.fields, 1))});
          expect((await send('PUT', ${link}${headers('update') ? `, undefined${headers('update')}` : ''})).status).toBe(204);
          expect((await send('PUT', ${link}${headers('update') ? `, undefined${headers('update')}` : ''})).status).toBe(204);
          const response = await ${get(`\`${path}/\${created.id}?include=${relation.name}\``)};
          const body = (await response.json()) as { data: { ${relation.name}: { id: unknown }[] } };
          expect(body.data.${relation.name}.map((related) => related.id)).toEqual([linked.id]);
          expect((await send('DELETE', ${link}${headers('update') ? `, undefined${headers('update')}` : ''})).status).toBe(204);
          expect((await send('DELETE', ${link}${headers('update') ? `, undefined${headers('update')}` : ''})).status).toBe(404);
        });`);
        break;
      }
    }
  }
  // Deleting a record others point to: each belongsTo elsewhere that targets this model. A soft delete (a feature's
  // repository plan) keeps the row, so the database's onDelete never runs: nothing to prove then.
  for (const child of softDelete ? [] : models) {
    for (const column of child.fields) {
      if (column.references?.model !== model.name || child.name === model.name) continue;
      const insert = insertChild(child, column.field);
      const factory = resourceNames(child).repositoryFactory;
      const deleteCall = `send('DELETE', \`${path}/\${created.id}\`${headers('delete') ? `, undefined${headers('delete')}` : ''})`;
      const label = resourceNames(child).label.toLowerCase();
      const body = {
        restrict: `const response = await ${deleteCall};
          expect(response.status).toBe(409);
          expect(((await response.json()) as ErrorResponse).error.code).toBe('still_referenced');
          expect(await ${factory}(testApp.db).findById(child.id)).toBeDefined();`,
        cascade: `expect((await ${deleteCall}).status).toBe(204);
          expect(await ${factory}(testApp.db).findById(child.id)).toBeUndefined();`,
        setNull: `expect((await ${deleteCall}).status).toBe(204);
          expect((await ${factory}(testApp.db).findById(child.id))?.${column.field}).toBeNull();`,
      }[column.references.onDelete];
      const does = { restrict: 'refuses to delete it with 409 while', cascade: 'deletes with it', setNull: 'clears the reference of' }[column.references.onDelete];
      plan.tests.push(`it('${does} a ${label} that refers to it (onDelete ${column.references.onDelete})', async () => {
        const created = await create${names.type}(valid${names.type});
        ${insert}
        ${body}
      });`);
    }
  }
}

/** The seed calls a record of `model` needs, except for rows of `except` (the test creates that one itself). */
function seedsFor(plan: ResourceTestsPlan, model: ModelView, except: string): string[] {
  const targets = [...new Set(model.fields.flatMap((column) => (column.references && column.references.model !== except ? [column.references.model] : [])))];
  if (targets.length > 0) addImports(plan, { '../../testing/seed.js': { names: targets.map((target) => `seed${target}`) } });
  return targets.map((target) => `await seed${target}(testApp.db, 1);`);
}

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
