import { literal } from '../../../src/dialect/literal.js';
import type { ModelView } from '../../../src/spec/columns.js';
import type { Spec } from '../../../src/spec/schema.js';
import { fieldLabel, relatedId, resourceNames, sampleRow, sampleValue } from '../../resource/model.js';
import { includable } from '../../resource/include-plan.js';
import { relationSegment } from '../../resource/relation-routes.js';
import type { ImportMap } from '../../resource/routes-plan.js';

/**
 * The cache test's proof that `?include=` responses follow the related rows: after a child is added (a hasMany or
 * hasOne) or the parent edited (a belongsTo) behind the cached record's back — by another service, a cascade, or
 * simply another collection's write, none of which touch this record's entry — a conditional GET of the record with
 * the include must not be a 304, and must show the change. Undefined when the model has no such includable relation.
 */
export function includeTest(model: ModelView, spec: Spec, models: readonly ModelView[], path: string): { imports: ImportMap; test: string } | undefined {
  const visible = model.relations.filter((relation) => includable(spec, relation));
  const relation = visible.find((candidate) => candidate.kind === 'hasMany' || candidate.kind === 'hasOne') ?? visible.find((candidate) => candidate.kind === 'belongsTo');
  const target = relation && models.find((candidate) => candidate.name === relation.target);
  if (!relation || !target || relation.kind === 'manyToMany') return undefined;
  const factory = resourceNames(target).repositoryFactory;
  const imports: ImportMap = { [`../../resources/${target.names.kebab}/${target.names.kebab}.repository.js`]: { names: [factory] } };
  const byId = `\`${path}/\${id}?include=${relation.name}\``;
  const list = `'${path}?include=${relation.name}'`;
  const revalidate = (target: string, response: string) => `subject.send('GET', ${target}, undefined, { 'if-none-match': ${response}.headers.get('etag') ?? '*' })`;

  if (relation.kind === 'belongsTo') {
    const changed = target.fields.find((column) => !column.unique && !column.references && (column.type === 'string' || column.type === 'text'));
    if (!changed) return undefined;
    const value = sampleValue(changed, 2, fieldLabel(changed));
    const parentId = literal(relatedId(model.fields.find((column) => column.field === relation.foreignKey) ?? model.id, 1));
    return {
      imports,
      test: `it('answers ?include=${relation.name} with the ${relation.name} as it is now, never a 304 for a stale one', async () => {
        const { id } = await subject.create(firstInput);
        const first = await subject.send('GET', ${byId});
        const firstList = await subject.send('GET', ${list});
        expect(first.status).toBe(200);
        // The ${relation.name} changes without any write to this ${resourceNames(model).label.toLowerCase()}: its cache entry stays as it was.
        await ${factory}(subject.db).update(${parentId}, { ${changed.field}: ${literal(value)} });
        const again = await ${revalidate(byId, 'first')};
        expect(again.status).toBe(200);
        expect(((await again.json()) as { data: { ${relation.name}: { ${changed.field}: unknown } | null } }).data.${relation.name}?.${changed.field}).toBe(${literal(value)});
        const againList = await ${revalidate(list, 'firstList')};
        expect(againList.status).toBe(200);
      });`,
    };
  }

  const { seeds, row: childRow } = childOf(target, model, relation.foreignKey, imports);
  const many = relation.kind === 'hasMany';
  const own = resourceNames(model).label.toLowerCase();
  // The nested page (`GET /posts/:id/comments`) answers for the children, so it must not carry the record's ETag.
  const nested = many ? `\`${path}/\${id}/${relationSegment(relation.name)}\`` : undefined;
  return {
    imports,
    test: `it('answers ?include=${relation.name} with the ${relation.name} as they are now, never a 304 for stale ones', async () => {
      const { id } = await subject.create(firstInput);
      const first = await subject.send('GET', ${byId});
      const firstList = await subject.send('GET', ${list});${nested ? `
      const firstNested = await subject.send('GET', ${nested});` : ''}
      expect(first.status).toBe(200);
      // A ${resourceNames(target).label.toLowerCase()} of this ${own} is added without any write to the ${own}: its cache entry stays as it was.${seeds}
      const child = await ${factory}(subject.db).create(${childRow});
      const again = await ${revalidate(byId, 'first')};
      expect(again.status).toBe(200);
      const body = (await again.json()) as { data: { ${relation.name}: ${many ? '{ id: unknown }[]' : '{ id: unknown } | null'} } };
      expect(body.data.${relation.name}${many ? '.map((related) => related.id)' : '?.id'}).toEqual(${many ? '[child.id]' : 'child.id'});
      const againList = await ${revalidate(list, 'firstList')};
      expect(againList.status).toBe(200);${nested ? `
      const againNested = await ${revalidate(nested, 'firstNested')};
      expect(againNested.status).toBe(200);` : ''}
    });`,
  };
}

/**
 * The cache test's proof that a delete the database carries on to rows of another cached collection (onDelete cascade
 * or setNull) retires that collection: a child cached before its parent is deleted is not served as it was, neither
 * by id nor in its list. Undefined when no cached collection points to the model directly, or when a delete keeps the
 * row (a soft delete: the database then changes nothing).
 */
export function deleteTest(model: ModelView, changed: readonly ModelView[], path: string): { imports: ImportMap; test: string } | undefined {
  for (const child of changed) {
    const column = child.fields.find((candidate) => candidate.references?.model === model.name && candidate.references.onDelete !== 'restrict');
    if (!column?.references || child.name === model.name) continue;
    const factory = resourceNames(child).repositoryFactory;
    const imports: ImportMap = { [`../../resources/${child.names.kebab}/${child.names.kebab}.repository.js`]: { names: [factory] } };
    const { seeds, row } = childOf(child, model, column.field, imports);
    const childPath = resourceNames(child).urlPath;
    const label = resourceNames(child).label.toLowerCase();
    const cascade = column.references.onDelete === 'cascade';
    const after = cascade
      ? [`expect((await subject.send('GET', \`${childPath}/\${child.id}\`)).status).toBe(404);`, 'expect(await listed()).toBeUndefined();']
      : [
          `const after = await subject.send('GET', \`${childPath}/\${child.id}\`);`,
          `expect(((await after.json()) as { data: { ${column.field}: unknown } }).data.${column.field}).toBeNull();`,
          `expect((await listed())?.${column.field}).toBeNull();`,
        ];
    return {
      imports,
      test: `it('retires the cached ${label} a delete ${cascade ? 'removes' : 'changes'} (onDelete ${column.references.onDelete}), by id and in lists', async () => {
        const { id } = await subject.create(firstInput);${seeds}
        const child = await ${factory}(subject.db).create(${row});
        const listed = async () =>
          ((await (await subject.send('GET', '${childPath}')).json()) as { data: { id: unknown; ${column.field}: unknown }[] }).data.find((row) => row.id === child.id);
        expect((await subject.send('GET', \`${childPath}/\${child.id}\`)).status).toBe(200);
        expect(await listed()).toBeDefined();
        expect((await subject.send('DELETE', \`${path}/\${id}\`)).status).toBe(204);
        ${after.join('\n')}
      });`,
    };
  }
  return undefined;
}

/** A row of `child` pointing to the record `id` through `foreignKey`, and the seeds of the other rows it points to. */
function childOf(child: ModelView, parent: ModelView, foreignKey: string, imports: ImportMap): { seeds: string; row: string } {
  const parents = [...new Set(child.fields.flatMap((column) => (column.references && column.references.model !== parent.name ? [column.references.model] : [])))];
  if (parents.length > 0) imports['../../testing/seed.js'] = { names: parents.map((name) => `seed${name}`) };
  const fields = Object.entries(sampleRow(child.fields, 1)).map(([field, value]) => `${field}: ${field === foreignKey ? 'id' : literal(value)}`);
  return { seeds: parents.map((name) => `\nawait seed${name}(subject.db, 1);`).join(''), row: `{ ${fields.join(', ')} }` };
}
