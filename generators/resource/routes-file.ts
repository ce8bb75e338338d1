import { printSourceFile } from '../../src/ast/project.js';
import { constant, func, importsOf, param } from '../../src/ast/structures.js';
import type { ModelView } from '../../src/spec/columns.js';
import type { ResourceNames } from './model.js';

/** <name>.routes.ts: the hono CRUD routes; validation at the edge, 404 for a missing row. */
export function routesFile(model: ModelView, names: ResourceNames): string {
  const notFound = `${model.names.camel}NotFound`;
  const repository = names.collection;
  return printSourceFile({
    statements: [
      ...importsOf({
        hono: { names: ['Hono'] },
        '../../app.js': { types: ['AppDependencies'] },
        '../../lib/errors.js': { names: ['HttpError'] },
        '../../lib/pagination.js': { names: ['pageQuerySchema'] },
        '../../lib/validation.js': { names: ['parseWith', 'readJson'] },
        [`./${model.names.kebab}.repository.js`]: { names: [names.repositoryFactory] },
        [`./${model.names.kebab}.schema.js`]: {
          names: [names.createSchema, names.idSchema, names.updateSchema],
          types: [`${names.type}Id`],
        },
      }),
      constant(notFound, `() => new HttpError(404, 'not_found', '${names.label} not found')`),
      func('parseId', [param('value', 'string')], `${names.type}Id`, [
        `const result = ${names.idSchema}.safeParse(value);`,
        `if (!result.success) throw ${notFound}();`,
        'return result.data;',
      ], { docs: ['An id that cannot exist is answered like a missing row: 404, not 400.'] }),
      func(names.routesFactory, [param('{ db }', 'AppDependencies')], undefined, [
        `const ${repository} = ${names.repositoryFactory}(db);`,
        `return new Hono()
          .get('/', async (c) => c.json(await ${repository}.list(parseWith(pageQuerySchema, c.req.query()))))
          .post('/', async (c) => {
            const input = parseWith(${names.createSchema}, await readJson(c));
            return c.json({ data: await ${repository}.create(input) }, 201);
          })
          .get('/:id', async (c) => {
            const ${names.instance} = await ${repository}.findById(parseId(c.req.param('id')));
            if (!${names.instance}) throw ${notFound}();
            return c.json({ data: ${names.instance} });
          })
          .patch('/:id', async (c) => {
            const id = parseId(c.req.param('id'));
            const input = parseWith(${names.updateSchema}, await readJson(c));
            const ${names.instance} = await ${repository}.update(id, input);
            if (!${names.instance}) throw ${notFound}();
            return c.json({ data: ${names.instance} });
          })
          .delete('/:id', async (c) => {
            const deleted = await ${repository}.delete(parseId(c.req.param('id')));
            if (!deleted) throw ${notFound}();
            return c.body(null, 204);
          });`,
      ], { exported: true, docs: [`CRUD routes for ${names.label.toLowerCase()} records, mounted at ${names.urlPath}.`] }),
    ],
  });
}
