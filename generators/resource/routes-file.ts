import { printSourceFile } from '../../src/ast/project.js';
import { constant, func, importsOf, param } from '../../src/ast/structures.js';
import type { Action, ImportMap, ResourceRoutesPlan } from './routes-plan.js';

/** <name>.routes.ts: the hono CRUD routes; validation at the edge, 404 for a missing row. */
export function routesFile(plan: ResourceRoutesPlan): string {
  const { model, names } = plan;
  const notFound = `${model.names.camel}NotFound`;
  const repository = names.collection;
  const record = names.instance;
  const route = (action: Action, method: string, path: string, body: string[]) =>
    `.${method}('${path}', ${[...plan.middleware[action], `async (c) => {\n${body.join('\n')}\n}`].join(', ')})`;
  const baseImports: ImportMap = {
    hono: { names: ['Hono'] },
    '../../app.js': { types: ['AppDependencies'] },
    '../../lib/errors.js': { names: ['HttpError'] },
    '../../lib/pagination.js': { names: ['pageQuerySchema'] },
    '../../lib/validation.js': { names: ['parseWith', 'readJson'] },
    [`./${model.names.kebab}.repository.js`]: { names: [names.repositoryFactory] },
    [`./${model.names.kebab}.schema.js`]: { names: [names.createSchema, names.idSchema, names.updateSchema], types: [`${names.type}Id`] },
  };
  return printSourceFile({
    statements: [
      ...importsOf(mergeImports(baseImports, plan.imports)),
      constant(notFound, `() => new HttpError(404, 'not_found', '${names.label} not found')`),
      func('parseId', [param('value', 'string')], `${names.type}Id`, [
        `const result = ${names.idSchema}.safeParse(value);`,
        `if (!result.success) throw ${notFound}();`,
        'return result.data;',
      ], { docs: ['An id that cannot exist is answered like a missing row: 404, not 400.'] }),
      func(names.routesFactory, [param('deps', 'AppDependencies')], undefined, [
        `const ${repository} = ${names.repositoryFactory}(deps.db);`,
        ...plan.setup,
        `return new Hono${plan.env ? `<${plan.env}>` : ''}()
          ${route('list', 'get', '/', ['const query = parseWith(pageQuerySchema, c.req.query());', `return c.json(await ${plan.read.list});`])}
          ${route('create', 'post', '/', [
            `const input = parseWith(${names.createSchema}, await readJson(c));`,
            `const ${record} = await ${repository}.create(input);`,
            ...plan.afterWrite.create,
            `return c.json({ data: ${record} }, 201);`,
          ])}
          ${route('get', 'get', '/:id', [
            "const id = parseId(c.req.param('id'));",
            `const ${record} = await ${plan.read.get};`,
            `if (!${record}) throw ${notFound}();`,
            `return c.json({ data: ${record} });`,
          ])}
          ${route('update', 'patch', '/:id', [
            "const id = parseId(c.req.param('id'));",
            `const input = parseWith(${names.updateSchema}, await readJson(c));`,
            `const ${record} = await ${repository}.update(id, input);`,
            `if (!${record}) throw ${notFound}();`,
            ...plan.afterWrite.update,
            `return c.json({ data: ${record} });`,
          ])}
          ${route('delete', 'delete', '/:id', [
            "const id = parseId(c.req.param('id'));",
            `if (!(await ${repository}.delete(id))) throw ${notFound}();`,
            ...plan.afterWrite.delete,
            'return c.body(null, 204);',
          ])};`,
      ], { exported: true, docs: [`CRUD routes for ${names.label.toLowerCase()} records, mounted at ${names.urlPath}.`] }),
    ],
  });
}

function mergeImports(base: ImportMap, extra: ImportMap): ImportMap {
  const merged: ImportMap = { ...base };
  for (const [module, { names = [], types = [] }] of Object.entries(extra)) {
    const current = merged[module] ?? {};
    merged[module] = {
      names: [...new Set([...(current.names ?? []), ...names])],
      types: [...new Set([...(current.types ?? []), ...types])],
    };
  }
  return merged;
}
