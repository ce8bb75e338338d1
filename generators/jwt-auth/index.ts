import { editSourceFile } from '../../src/ast/project.js';
import { registerRoute, unregisterRoute } from '../../src/ast/register-route.js';
import { dialectFor } from '../../src/dialect/index.js';
import { ensurePackageEntries, removePackageScripts } from '../../src/edit/package-json.js';
import { defineGenerator } from '../../src/generator/define.js';
import { modelViews } from '../../src/spec/columns.js';
import { tablesPoint, type ContributedTables } from '../migrations/contributed-tables.js';
import { configPoint, type ConfigPlan } from '../project/config-plan.js';
import { serverPoint, type AppService, type ServerPlan } from '../project/server-plan.js';
import { routesPoint, type ResourceRoutesPlan } from '../resource/routes-plan.js';
import { testsPoint, type ResourceTestsPlan } from '../resource/tests-plan.js';
import { databasePoint, type DatabaseEntry } from '../tables/database-entries.js';
import { accessRules, authenticateTests, enforceAccess } from './access.js';
import { commonPasswordList } from './common-passwords.js';
import { addEnvironmentBlock, removeEnvironmentBlock } from './env-example.js';
import { authFiles } from './files/index.js';
import { realtimeAccessFile, type CollectionReadRule } from './files/realtime-files.js';
import { accessPoint, type RealtimeAccessPlan } from '../websockets/access-plan.js';
import { channelOf } from '../websockets/model.js';
import { mergeImports } from '../../src/ast/structures.js';
import type { Spec } from '../../src/spec/schema.js';
import { authFile, authPolicy, authTables, type AuthPolicy, routesFactory, routesModule, routesPath, userCreateScript } from './model.js';
import { jwtAuthOptions } from './options.js';
import { documentAuth } from './openapi-extension.js';
import { openApiPoint } from '../openapi/plan.js';

const appPath = 'src/app.ts';
const websocketsFeature = 'websockets';

/** The websocket collections' read rules: each model's `get` rule. */
function collectionReadRules(spec: Spec, policy: AuthPolicy): CollectionReadRule[] {
  return modelViews(spec).map((model) => ({
    collection: channelOf(model),
    rule: accessRules(model, policy).get,
    ...(model.spec.owner ? { owner: model.spec.owner } : {}),
  }));
}
const registration = { path: routesPath, factory: routesFactory, from: routesModule };
/** Password-reset mail goes through the app's `mailer` dependency, created in src/main.ts like every service. */
const mailerService: AppService = {
  name: 'mailer',
  type: { name: 'Mailer', from: './features/auth/mailer.js' },
  factory: { name: 'createMailer', from: './features/auth/mailer.js' },
};

export default defineGenerator({
  name: 'jwt-auth',
  summary: 'Users, JWT access tokens, rotating refresh tokens, password reset and per-model access rules (src/features/auth/).',
  kind: 'feature',
  options: jwtAuthOptions,
  requires: ['project', 'tables', 'resource', 'migrations'],
  generate(tree, options, { spec, features, renderBlueprint }) {
    const policy = authPolicy(options, spec);
    // Refuse unknown roles in access rules up front, even for models whose resource output is cached.
    for (const model of modelViews(spec)) accessRules(model, policy);
    for (const [path, text] of Object.entries(authFiles(policy, dialectFor(spec.database), commonPasswordList))) tree.write(path, text);
    if (features.includes(websocketsFeature)) tree.write(authFile('realtime-access'), realtimeAccessFile(collectionReadRules(spec, policy)));
    tree.write('src/features/auth/README.md', renderBlueprint('README.md.hbs', { policy, roles: policy.roles.join(', ') }));
    tree.update(appPath, (text) =>
      editSourceFile(text, (file) => registerRoute(file, registration), appPath),
    );
    tree.update('package.json', (text) => ensurePackageEntries(text, { scripts: { [userCreateScript.name]: userCreateScript.command } }));
    tree.update('.env.example', (text) => addEnvironmentBlock(text, renderBlueprint('env.example.hbs', {})));
  },
  remove(tree, { renderBlueprint }) {
    tree.update(appPath, (text) =>
      editSourceFile(text, (file) => unregisterRoute(file, registration), appPath),
    );
    tree.update('package.json', (text) => removePackageScripts(text, { [userCreateScript.name]: userCreateScript.command }));
    tree.update('.env.example', (text) => removeEnvironmentBlock(text, renderBlueprint('env.example.hbs', {})));
  },
  extend: {
    [openApiPoint]: documentAuth,
    [serverPoint]: (plan: ServerPlan) => {
      plan.services.push(mailerService);
    },
    // With the websockets feature: connections authenticate with the access token and see what its user may read.
    [accessPoint]: (plan: RealtimeAccessPlan) => {
      plan.imports = mergeImports(plan.imports, { './features/auth/realtime-access.js': { names: ['createRealtimeAccess'] } });
      plan.access = 'createRealtimeAccess(db, config)';
    },
    [configPoint]: (plan: ConfigPlan) => {
      plan.imports['./features/auth/auth-environment.js'] = ['authEnvironment'];
      plan.environment.push('authEnvironment');
      // A test-only secret: long and random-looking enough to pass the same checks production does.
      plan.testEnvironment.JWT_SECRET = 'kiln-tests-only-7f3a9c1e5b2d8046f1e9a3c7b5d2e8f0a4c6';
    },
    [tablesPoint]: (tables: ContributedTables, _options, { spec }) => {
      Object.assign(tables, authTables(spec.database));
    },
    [databasePoint]: (entries: DatabaseEntry[]) => {
      const from = '../features/auth/auth-tables.js';
      entries.push(
        { table: 'password_reset_tokens', type: 'PasswordResetTokensTable', from },
        { table: 'refresh_tokens', type: 'RefreshTokensTable', from },
        { table: 'users', type: 'UsersTable', from },
      );
    },
    [routesPoint]: (plan: ResourceRoutesPlan, options, { spec }) => enforceAccess(plan, authPolicy(options, spec)),
    [testsPoint]: (plan: ResourceTestsPlan, options, { spec }) => authenticateTests(plan, authPolicy(options, spec)),
  },
});
