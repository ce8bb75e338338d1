import { z } from 'zod';
import { editSourceFile } from '../../src/ast/project.js';
import { syncAppDependencies } from '../../src/ast/app-dependencies.js';
import { dialectFor } from '../../src/dialect/index.js';
import { ensurePackageEntries } from '../../src/edit/package-json.js';
import { defineGenerator } from '../../src/generator/define.js';
import { modelViews, type ModelView } from '../../src/spec/columns.js';
import { erDiagram } from '../../src/spec/diagram.js';
import { appFile } from './files/app-file.js';
import { configFile } from './files/config-file.js';
import { databaseErrorsFile, databaseFile } from './files/database-file.js';
import { errorsFile } from './files/errors-file.js';
import { bodyLimitFile } from './files/body-limit-file.js';
import { buildScriptFile } from './files/build-script-file.js';
import { corsFile, securityHeadersFile } from './files/http-header-files.js';
import { jsonFile } from './files/json-file.js';
import { loggerFile } from './files/logger-file.js';
import { mainFile } from './files/main-file.js';
import { migrateScriptFile } from './files/migrate-script-file.js';
import { migratorFile } from './files/migrator-file.js';
import { paginationFile } from './files/pagination-file.js';
import { listQueryFile } from './files/list-query-file.js';
import { listSqlFile } from './files/list-sql-file.js';
import { cursorFile } from './files/cursor-file.js';
import { listingOf } from '../../src/spec/listing.js';
import { requestLoggerFile } from './files/request-logger-file.js';
import { appTestFile, testAppFile, testUrlExample } from './files/testing-files.js';
import { uuidFile } from './files/uuid-file.js';
import { validationFile } from './files/validation-file.js';
import { projectPackages, projectScripts, withVersions } from './model.js';
import { tsconfig, tsconfigBuild } from './files/tsconfig-files.js';
import { configPoint, emptyConfigPlan, type ConfigPlan } from './config-plan.js';
import { emptyServerPlan, serverPoint, type ServerPlan } from './server-plan.js';

/** Modules of Kiln features that src/app.ts may import a dependency's type from. */
const featureModule = /^\.\/features\/[a-z0-9-]+\/[a-z0-9-]+\.js$/;

export default defineGenerator({
  name: 'project',
  summary: 'The project scaffold: package.json, config, server, database connection, migrator and shared helpers.',
  kind: 'core',
  options: z.strictObject({}),
  generate(tree, _options, { spec, renderBlueprint, extensions }) {
    const dialect = dialectFor(spec.database);
    const config = emptyConfigPlan();
    for (const extend of extensions<ConfigPlan>(configPoint)) extend(config);
    const server = emptyServerPlan();
    for (const extend of extensions<ServerPlan>(serverPoint)) extend(server);
    const models = modelViews(spec);
    const packages = projectPackages(dialect);

    tree.writeOnce('package.json', `${JSON.stringify({ name: spec.name, version: '0.1.0', private: true, type: 'module' }, null, 2)}\n`);
    tree.update('package.json', (text) =>
      ensurePackageEntries(text, {
        scripts: projectScripts,
        dependencies: withVersions(packages.dependencies),
        devDependencies: withVersions(packages.devDependencies),
      }),
    );
    tree.writeOnce('tsconfig.json', tsconfig());
    tree.writeOnce('tsconfig.build.json', tsconfigBuild());
    tree.write('scripts/build.ts', buildScriptFile());
    tree.writeOnce('.prettierrc.json', `${JSON.stringify({ singleQuote: true, printWidth: 110 }, null, 2)}\n`);
    tree.writeOnce('.gitignore', renderBlueprint('gitignore.hbs', {}));
    tree.writeOnce('.prettierignore', renderBlueprint('prettierignore.hbs', {}));
    tree.writeOnce('.github/workflows/ci.yml', renderBlueprint('ci.yml.hbs', { postgres: dialect.kind === 'postgres', mysql: dialect.kind === 'mysql' }));
    tree.writeOnce(
      '.env.example',
      renderBlueprint('env.example.hbs', {
        databaseUrl: dialect.defaultUrl ?? exampleUrl[dialect.kind],
        testDatabaseUrl: dialect.kind === 'sqlite' ? undefined : testUrlExample[dialect.kind],
      }),
    );
    tree.write(
      'README.md',
      renderBlueprint('README.md.hbs', {
        name: spec.name,
        databaseLabel: databaseLabel[dialect.kind],
        resources: models.map((model) => ({ name: model.name, path: model.names.kebabPlural, folder: model.names.kebab })),
        diagram: models.length > 0 ? erDiagram(spec).trimEnd() : undefined,
      }),
    );

    tree.writeOnce('src/app.ts', appFile());
    const dependencies = server.services.map((service) => ({ name: service.name, type: service.type.name, from: service.type.from }));
    tree.update('src/app.ts', (text) =>
      // Parsing costs milliseconds: skip it when there is nothing to add and no feature's member left to remove.
      dependencies.length === 0 && !text.includes("'./features/")
        ? text
        : editSourceFile(text, (file) => syncAppDependencies(file, dependencies, featureModule), 'src/app.ts'),
    );
    tree.write('src/main.ts', mainFile(server));
    tree.write('src/config.ts', configFile(dialect, config));
    tree.write('src/db/database.ts', databaseFile(dialect));
    tree.write('src/db/errors.ts', databaseErrorsFile(dialect));
    tree.write('src/db/migrator.ts', migratorFile(dialect));
    tree.write('src/db/migrate.ts', migrateScriptFile());
    tree.write('src/lib/errors.ts', errorsFile());
    tree.write('src/lib/logger.ts', loggerFile());
    tree.write('src/lib/request-logger.ts', requestLoggerFile());
    tree.write('src/lib/security-headers.ts', securityHeadersFile());
    tree.write('src/lib/cors.ts', corsFile());
    tree.write('src/lib/body-limit.ts', bodyLimitFile());
    tree.write('src/lib/validation.ts', validationFile());
    tree.write('src/lib/pagination.ts', paginationFile());
    tree.write('src/lib/list-query.ts', listQueryFile());
    tree.write('src/lib/list-sql.ts', listSqlFile(dialect, dialect.kind === 'sqlite' && models.some(listsDecimals)));
    tree.write('src/lib/cursor.ts', cursorFile());
    if (models.some((model) => model.idStrategy === 'uuid')) tree.write('src/lib/uuid.ts', uuidFile());
    if (models.some((model) => model.fields.some((field) => field.type === 'json'))) tree.write('src/lib/json.ts', jsonFile(dialect));
    tree.write('src/testing/test-app.ts', testAppFile(dialect, config.testEnvironment, server.services));
    tree.write('src/app.test.ts', appTestFile());
  },
});

/** Whether a model filters or sorts on a decimal, which SQLite stores as text. */
const listsDecimals = (model: ModelView) => listingOf(model).fields.some((field) => field.column.type === 'decimal');

const databaseLabel = { sqlite: 'SQLite', postgres: 'PostgreSQL', mysql: 'MySQL/MariaDB' } as const;
const exampleUrl = { sqlite: 'data/dev.sqlite', postgres: 'postgres://postgres@127.0.0.1:5432/app', mysql: 'mysql://root@127.0.0.1:3306/app' } as const;
