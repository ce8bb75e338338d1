import { z } from 'zod';
import { editSourceFile } from '../../src/ast/project.js';
import { registerRoutes, registeredRoutesFrom, unregisterRoute } from '../../src/ast/register-route.js';
import { dialectFor } from '../../src/dialect/index.js';
import { defineGenerator } from '../../src/generator/define.js';
import { modelViews, type ModelView } from '../../src/spec/columns.js';
import type { Spec } from '../../src/spec/schema.js';
import { resourceNames, resourcePaths } from './model.js';
import { repositoryFile } from './repository-file.js';
import { relationQueries } from './relation-queries.js';
import { addRelationTests } from './relation-tests.js';
import { includable } from './include-plan.js';
import { includesLibFile, includesLibPath, relationsFile } from './relations-file.js';
import { routesFile, type RouteRelations } from './routes-file.js';
import { repositoryPlan, resourcePlans } from './plans.js';
import { scopeFields } from './routes-plan.js';
import { schemaFile } from './schema-file.js';
import { seededModels, seedFile, seedPath } from './seed-file.js';
import { testFile } from './test-file.js';

const appPath = 'src/app.ts';
/** Route modules this generator writes, as imported from src/app.ts. */
const generatedRoutesModule = /^\.\/resources\/[a-z0-9-]+\/[a-z0-9-]+\.routes\.js$/;

export default defineGenerator({
  name: 'resource',
  summary: 'Per model: zod serializers, a kysely repository, hono CRUD routes and their tests, registered in src/app.ts.',
  kind: 'core',
  options: z.strictObject({}),
  requires: ['tables'],
  generateModel(tree, model, _options, { spec, extensions }) {
    const dialect = dialectFor(spec.database);
    const names = resourceNames(model);
    const paths = resourcePaths(model);
    const { routes, tests } = resourcePlans(model, extensions);
    const serverAssigned = Object.keys(routes.serverAssigned);
    const relations = relationQueries(model, modelViews(spec));
    const { visibleWhere, deleteSets } = repositoryPlan(model, dialect, extensions);
    addRelationTests(tests, modelViews(spec), spec, { softDelete: deleteSets !== undefined });
    tree.write(paths.schema, schemaFile(model, names, serverAssigned));
    tree.write(paths.repository, repositoryFile(model, names, dialect, { serverAssigned, scopeFields: scopeFields(routes), visibleWhere, deleteSets, relations }));
    tree.write(paths.routes, routesFile(routes, routeRelations(model, spec)));
    if (model.relations.length > 0) tree.write(relationsPath(model), relationsFile(model, spec));
    tree.write(paths.test, testFile(model, names, tests));
  },
  generate(tree, _options, { spec }) {
    const models = modelViews(spec);
    if (seededModels(models).length > 0) tree.write(seedPath, seedFile(models, dialectFor(spec.database)));
    if (models.some((model) => model.relations.length > 0)) tree.write(includesLibPath, includesLibFile());
    tree.update(appPath, (text) => editSourceFile(text, (file) => syncRoutes(file, models), appPath));
  },
});

const relationsPath = (model: ModelView) => `${resourcePaths(model).dir}/${model.names.kebab}.relations.ts`;

function routeRelations(model: ModelView, spec: Spec): RouteRelations {
  const visible = model.relations.filter((relation) => includable(spec, relation));
  return {
    includes: model.relations.length > 0,
    loads: visible.length > 0,
    nested: visible.flatMap((relation) => (relation.kind === 'hasMany' ? [relation] : [])),
    links: model.relations.flatMap((relation) => (relation.kind === 'manyToMany' ? [relation] : [])),
  };
}

/** Registers every model's routes and removes registrations of generated routes whose model is gone. */
function syncRoutes(file: Parameters<typeof registerRoutes>[0], models: ModelView[]): void {
  const wanted = models.map(registration);
  const wantedPaths = new Set(wanted.map((route) => route.path));
  for (const stale of registeredRoutesFrom(file, generatedRoutesModule)) {
    if (!wantedPaths.has(stale.path)) unregisterRoute(file, stale);
  }
  registerRoutes(file, wanted);
}

function registration(model: ModelView) {
  const names = resourceNames(model);
  return {
    path: names.urlPath,
    factory: names.routesFactory,
    from: `./${resourcePaths(model).routes.replace(/^src\//, '').replace(/\.ts$/, '.js')}`,
  };
}
