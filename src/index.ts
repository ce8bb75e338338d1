/**
 * Kiln's public API for generator authors: what a project-local generator (`generators/<name>/index.ts`) or a
 * `kiln-generator-*` package imports from 'kiln'. The built-in generators use exactly these.
 */
export { defineGenerator } from './generator/define.js';
export type { AnyGenerator, Clock, Extension, Generator, GeneratorContext, GeneratorKind, GeneratorState } from './generator/define.js';
export type { GeneratorTree, ModelTree } from './generator/generator-tree.js';

export { editSourceFile, printSourceFile } from './ast/project.js';
export { classOf, constant, func, importDefault, importFrom, importNamespace, importsOf, interfaceOf, objectLiteral, param, property, propertyKey, typeAlias } from './ast/structures.js';
export { ensureNamedImport, ensureNamedImports, removeNamedImport } from './ast/ensure-import.js';
export { registerRoute, registerRoutes, unregisterRoute } from './ast/register-route.js';
export { ensurePackageEntries } from './edit/package-json.js';

export { modelViews, type Column, type ModelView } from './spec/columns.js';
export { modelNames, type ModelNames } from './spec/names.js';
export { camelCase, kebabCase, pascalCase, pluralize, snakeCase } from './spec/naming.js';
export type { FieldSpec, ModelSpec, Spec } from './spec/schema.js';
export { dialectFor, type Dialect } from './dialect/index.js';
export { KilnError } from './errors.js';

export { addImports, readExpression, routesPoint, writeExpression, type Action, type ExtraRoute, type ResourceRoutesPlan, type WriteAction } from '../generators/resource/routes-plan.js';
export { testsPoint, type ResourceTestsPlan } from '../generators/resource/tests-plan.js';
export { credentialsOf, resourcePlans, type Credentials } from '../generators/resource/plans.js';
export { repositoryPoint, type ResourceRepositoryPlan } from '../generators/resource/repository-plan.js';
export { modelFieldsPoint, type ModelFieldsPlan } from './generator/model-fields.js';
export { sampleValue } from '../generators/resource/model.js';
export { tablesPoint, type ContributedTables } from '../generators/migrations/contributed-tables.js';
export { databasePoint, type DatabaseEntry } from '../generators/tables/database-entries.js';
export { configPoint, type ConfigPlan } from '../generators/project/config-plan.js';
export { identifier, type ColumnSnapshot, type IndexSnapshot, type TableSnapshot } from './migrate/snapshot.js';
export { serverPoint, type AppService, type ServerPlan } from '../generators/project/server-plan.js';
export { accessPoint, type RealtimeAccessPlan } from '../generators/websockets/access-plan.js';

export { createTestTree, fixedClock, generateInMemory, runGenerator, type InMemoryRun } from './testing.js';
export { checkConformance } from './conformance.js';
