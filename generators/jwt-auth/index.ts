import { editSourceFile } from '../../src/ast/project.js';
import { ensureAppDependency, removeAppDependency, type AppDependency } from '../../src/ast/app-dependency.js';
import { registerRoute, unregisterRoute } from '../../src/ast/register-route.js';
import { dialectFor } from '../../src/dialect/index.js';
import { ensurePackageEntries, removePackageScripts } from '../../src/edit/package-json.js';
import { defineGenerator } from '../../src/generator/define.js';
import { modelViews } from '../../src/spec/columns.js';
import { tablesPoint, type ContributedTables } from '../migrations/contributed-tables.js';
import { configPoint, type ConfigPlan } from '../project/config-plan.js';
import { routesPoint, type ResourceRoutesPlan } from '../resource/routes-plan.js';
import { testsPoint, type ResourceTestsPlan } from '../resource/tests-plan.js';
import { databasePoint, type DatabaseEntry } from '../tables/database-entries.js';
import { accessRules, authenticateTests, enforceAccess } from './access.js';
import { commonPasswordList } from './common-passwords.js';
import { addEnvironmentBlock, removeEnvironmentBlock } from './env-example.js';
import { authFiles } from './files/index.js';
import { authPolicy, authTables, routesFactory, routesModule, routesPath, userCreateScript } from './model.js';
import { jwtAuthOptions } from './options.js';

const appPath = 'src/app.ts';
const registration = { path: routesPath, factory: routesFactory, from: routesModule };
const mailerDependency: AppDependency = {
  name: 'mailer',
  type: 'Mailer',
  from: './features/auth/mailer.js',
  docs: 'Delivers password-reset mail; without one, development prints it and other environments log an error.',
};

export default defineGenerator({
  name: 'jwt-auth',
  summary: 'Users, JWT access tokens, rotating refresh tokens, password reset and per-model access rules (src/features/auth/).',
  kind: 'feature',
  options: jwtAuthOptions,
  requires: ['project', 'tables', 'resource', 'migrations'],
  generate(tree, options, { spec, renderBlueprint }) {
    const policy = authPolicy(options, spec);
    // Refuse unknown roles in access rules up front, even for models whose resource output is cached.
    for (const model of modelViews(spec)) accessRules(model, policy);
    for (const [path, text] of Object.entries(authFiles(policy, dialectFor(spec.database), commonPasswordList))) tree.write(path, text);
    tree.write('src/features/auth/README.md', renderBlueprint('README.md.hbs', { policy, roles: policy.roles.join(', ') }));
    tree.update(appPath, (text) =>
      editSourceFile(text, (file) => {
        ensureAppDependency(file, mailerDependency);
        registerRoute(file, registration);
      }, appPath),
    );
    tree.update('package.json', (text) => ensurePackageEntries(text, { scripts: { [userCreateScript.name]: userCreateScript.command } }));
    tree.update('.env.example', (text) => addEnvironmentBlock(text, renderBlueprint('env.example.hbs', {})));
  },
  remove(tree, { renderBlueprint }) {
    tree.update(appPath, (text) =>
      editSourceFile(text, (file) => {
        unregisterRoute(file, registration);
        removeAppDependency(file, mailerDependency);
      }, appPath),
    );
    tree.update('package.json', (text) => removePackageScripts(text, { [userCreateScript.name]: userCreateScript.command }));
    tree.update('.env.example', (text) => removeEnvironmentBlock(text, renderBlueprint('env.example.hbs', {})));
  },
  extend: {
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
