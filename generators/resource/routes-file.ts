import { printSourceFile } from '../../src/ast/project.js';
import { constant, func, importsOf, param } from '../../src/ast/structures.js';
import { listingOf } from '../../src/spec/listing.js';
import { modelNames } from '../../src/spec/names.js';
import { relationMethods } from './relation-queries.js';
import { noRouteRelations, relationRoutes, type RelationRoute, type RouteRelations } from './relation-routes.js';
import { relationNames } from './relations-file.js';
import { mergeImports, readExpression, repositoryRead, writeExpression, type Action, type ExtraRoute, type ImportMap, type ResourceRoutesPlan, type ScopedAction } from './routes-plan.js';

/** <name>.routes.ts: the hono CRUD routes; validation at the edge, 404 for a missing row. */
export function routesFile(plan: ResourceRoutesPlan, relations: RouteRelations = noRouteRelations): string {
  const { model, names } = plan;
  const notFound = names.notFound;
  const repository = names.collection;
  const record = names.instance;
  const route = (action: Action, method: string, path: string, body: string[]) =>
    `.${method}('${path}', ${[...plan.middleware[action], `async (c) => {\n${body.join('\n')}\n}`].join(', ')})`;
  const extraRoute = ({ method, path, as, body, response }: ExtraRoute) =>
    route(as, method, path, [...body, ...(as === 'create' || as === 'update' || as === 'delete' ? plan.afterWrite[as] : []), `return ${response};`]);
  // A scoped action names its filter once, then passes it to the repository.
  const scoped = (action: ScopedAction) => plan.scopes[action] !== undefined;
  const scopeOf = (action: ScopedAction) => (scoped(action) ? [`const scope = ${objectOf(Object.entries(plan.scopes[action] ?? {}))};`] : []);
  const parseList = listingOf(model).pagination === 'cursor' ? 'parseCursorListQuery' : 'parseOffsetListQuery';
  const baseImports: ImportMap = {
    hono: { names: ['Hono'] },
    '../../app.js': { types: ['AppDependencies'] },
    '../../lib/errors.js': { names: ['HttpError'] },
    '../../lib/list-query.js': { names: [parseList] },
    '../../lib/validation.js': { names: ['parseWith', 'readJson'] },
    [`./${model.names.kebab}.schema.js`]: {
      names: [names.createSchema, names.idSchema, names.listRules, names.updateSchema],
      types: [`${names.type}Id`],
    },
  };
  const own = relationNames(model);
  const linkFunctions = relations.links.flatMap((relation) => [relationMethods.link(model.name, relation), relationMethods.unlink(model.name, relation)]);
  if (relations.includes) baseImports[own.module] = { names: [own.parse, ...(relations.loads ? [own.load] : []), ...linkFunctions] };
  if (relations.nested.length > 0) baseImports['../../lib/pagination.js'] = { names: ['offsetPageQuery'] };
  for (const relation of [...relations.nested, ...relations.links]) {
    const target = modelNames(relation.target);
    const schema = `../${target.kebab}/${target.kebab}.schema.js`;
    const current = baseImports[schema]?.names ?? [];
    if (relation.kind === 'manyToMany') baseImports[schema] = { names: [...new Set([...current, `${target.camel}IdSchema`])] };
    else {
      baseImports[schema] = { names: [...new Set([...current, `${target.camel}ListRules`])] };
      baseImports[`../${target.kebab}/${target.kebab}.repository.js`] = { names: [`create${target.pascal}Repository`] };
    }
  }
  const parseInclude = relations.includes ? [`const include = ${own.parse}(c.req.query('include'));`] : [];
  const listBody = relations.loads
    ? [`const page = await ${readExpression(plan, 'list')};`, `return c.json({ ...page, data: await ${own.load}(deps.db, page.data, include) });`]
    : [`return c.json(await ${readExpression(plan, 'list')});`];
  const getResult = relations.loads ? [`const [included] = await ${own.load}(deps.db, [${record}], include);`, 'return c.json({ data: included });'] : [`return c.json({ data: ${record} });`];
  // Routes under a record answer 404 like the record's own GET when the caller may not see it.
  const parentFound = [...scopeOf('get'), `if (!(await ${repositoryRead(plan, 'get')})) throw ${notFound}();`];
  const printRelationRoute = (relationRoute: RelationRoute): string => {
    const target = modelNames(relationRoute.relation.target);
    const { method, path, as } = relationRoute;
    if (relationRoute.kind === 'nested') {
      return route(as, method, path, [
        "const id = parseId(c.req.param('id'));",
        `const page = parseWith(offsetPageQuery(${target.camel}ListRules.maxPageSize), c.req.query());`,
        ...parentFound,
        `return c.json(await create${target.pascal}Repository(deps.db).${relationMethods.listByForeignKey(relationRoute.relation.foreignKey)}(id, page));`,
      ]);
    }
    const { relation, targetParam: param } = relationRoute;
    const parse = [
      "const id = parseId(c.req.param('id'));",
      `const ${param} = ${target.camel}IdSchema.safeParse(c.req.param('${param}'));`,
      `if (!${param}.success) throw new HttpError(404, 'not_found', '${target.pascal} not found');`,
    ];
    return relationRoute.kind === 'link'
      ? route(as, method, path, [...parse, ...parentFound, `await ${relationMethods.link(model.name, relation)}(deps.db, id, ${param}.data);`, 'return c.body(null, 204);'])
      : route(as, method, path, [
          ...parse,
          ...parentFound,
          `if (!(await ${relationMethods.unlink(model.name, relation)}(deps.db, id, ${param}.data))) throw new HttpError(404, 'not_found', '${target.pascal} is not linked');`,
          'return c.body(null, 204);',
        ]);
  };
  const routes = `return new Hono${plan.env ? `<${plan.env}>` : ''}()
          ${route('list', 'get', '/', [
            `const query = ${parseList}(c.req.queries(), ${names.listRules});`,
            ...parseInclude,
            ...scopeOf('list'),
            ...listBody,
          ])}
          ${route('create', 'post', '/', [
            `const input = parseWith(${names.createSchema}, await readJson(c));`,
            `const ${record} = await ${writeExpression(plan, 'create')};`,
            ...plan.afterWrite.create,
            `return c.json({ data: ${record} }, 201);`,
          ])}
          ${route('get', 'get', '/:id', [
            "const id = parseId(c.req.param('id'));",
            ...parseInclude,
            ...scopeOf('get'),
            `const ${record} = await ${readExpression(plan, 'get')};`,
            `if (!${record}) throw ${notFound}();`,
            ...getResult,
          ])}
          ${route('update', 'patch', '/:id', [
            "const id = parseId(c.req.param('id'));",
            `const input = parseWith(${names.updateSchema}, await readJson(c));`,
            ...scopeOf('update'),
            `const ${record} = await ${writeExpression(plan, 'update')};`,
            `if (!${record}) throw ${notFound}();`,
            ...plan.afterWrite.update,
            `return c.json({ data: ${record} });`,
          ])}
          ${route('delete', 'delete', '/:id', [
            "const id = parseId(c.req.param('id'));",
            ...scopeOf('delete'),
            `if (!(await ${writeExpression(plan, 'delete')})) throw ${notFound}();`,
            ...plan.afterWrite.delete,
            'return c.body(null, 204);',
          ])}${[...relationRoutes(relations).map(printRelationRoute), ...plan.routes.map(extraRoute)].map((text) => `\n${text}`).join('')};`;
  // The repository is created only when a route still uses it: a feature may route every read and write elsewhere.
  const usesRepository = [...plan.setup, routes].some((code) => new RegExp(`\\b${repository}\\.`).test(code));
  const repositoryImport: ImportMap = usesRepository ? { [`./${model.names.kebab}.repository.js`]: { names: [names.repositoryFactory] } } : {};
  return printSourceFile({
    statements: [
      ...importsOf(mergeImports(mergeImports(baseImports, repositoryImport), plan.imports)),
      constant(notFound, `() => new HttpError(404, 'not_found', '${names.label} not found')`),
      func('parseId', [param('value', 'string')], `${names.type}Id`, [
        `const result = ${names.idSchema}.safeParse(value);`,
        `if (!result.success) throw ${notFound}();`,
        'return result.data;',
      ], { docs: ['An id that cannot exist is answered like a missing row: 404, not 400.'] }),
      func(names.routesFactory, [param('deps', 'AppDependencies')], undefined, [
        ...(usesRepository ? [`const ${repository} = ${names.repositoryFactory}(deps.db);`] : []),
        ...plan.setup,
        routes,
      ], { exported: true, docs: [`CRUD routes for ${names.label.toLowerCase()} records, mounted at ${names.urlPath}.`] }),
    ],
  });
}

/** `{ a: x, b: y }` on one line; an entry with an empty value is written as is (a spread). */
function objectOf(entries: [string, string][]): string {
  return `{ ${entries.map(([key, value]) => (value === '' ? key : `${key}: ${value}`)).join(', ')} }`;
}
