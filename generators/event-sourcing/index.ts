import { dialectFor } from '../../src/dialect/index.js';
import { ensurePackageEntries, removePackageScripts } from '../../src/edit/package-json.js';
import { defineGenerator } from '../../src/generator/define.js';
import { commandsPoint, defaultCommandsPlan, type CommandsPlan } from '../cqrs/commands-plan.js';
import { cqrsOptions } from '../cqrs/options.js';
import { tablesPoint, type ContributedTables } from '../migrations/contributed-tables.js';
import { resourcePlans } from '../resource/plans.js';
import { routesPoint } from '../resource/routes-plan.js';
import { databasePoint, type DatabaseEntry } from '../tables/database-entries.js';
import { eventSourcedCommands, eventSourcedRoutes } from './extensions.js';
import { documentEventSourcing } from './openapi-extension.js';
import { openApiPoint } from '../openapi/plan.js';
import { aggregateModelFile, historyFile, projectionFile } from './files/model-files.js';
import {
  aggregateFile,
  asOfFile,
  eventStoreFile,
  eventTablesFile,
  rebuildFile,
  rebuildScriptFile,
  settingsFile,
  snapshotsFile,
} from './files/store-files.js';
import { eventSourcingTestFile } from './files/test-file.js';
import { esModelNames, esModelPaths, esModels, esPaths, esTables, eventsTable, rebuildScript, snapshotsTable } from './model.js';
import { eventSourcingOptions } from './options.js';

export default defineGenerator({
  name: 'event-sourcing',
  summary: 'Per model: every change an append-only event (409 on a concurrent write), the read table a projection, GET /:id/history, ?asOf=, snapshots and npm run events:rebuild.',
  kind: 'feature',
  options: eventSourcingOptions,
  requires: ['cqrs', 'migrations'],
  // Its asOf read wraps whatever reads the present, the cache included.
  after: ['jwt-auth', 'caching'],
  extend: {
    [commandsPoint]: eventSourcedCommands,
    [routesPoint]: eventSourcedRoutes,
    [openApiPoint]: documentEventSourcing,
    [tablesPoint]: (tables: ContributedTables, _options, { spec }) => {
      Object.assign(tables, esTables(spec.database));
    },
    [databasePoint]: (entries: DatabaseEntry[]) => {
      const from = '../features/event-sourcing/event-tables.js';
      entries.push({ table: eventsTable, type: 'DomainEventsTable', from }, { table: snapshotsTable, type: 'DomainSnapshotsTable', from });
    },
  },
  generate(tree, options, { spec, extensions, renderBlueprint }) {
    const dialect = dialectFor(spec.database);
    const models = esModels(spec, options);
    const commanded = cqrsOptions.parse(spec.features?.cqrs ?? {});
    tree.write(esPaths.tables, eventTablesFile(dialect));
    tree.write(esPaths.store, eventStoreFile());
    tree.write(esPaths.snapshots, snapshotsFile());
    tree.write(esPaths.settings, settingsFile(options.snapshotEvery));
    tree.write(esPaths.aggregate, aggregateFile());
    tree.write(esPaths.asOf, asOfFile());
    for (const model of models) {
      const paths = esModelPaths(model);
      tree.write(paths.aggregate, aggregateModelFile(model, commanded));
      tree.write(paths.projection, projectionFile(model, dialect));
      tree.write(paths.history, historyFile(model));
    }
    tree.write(
      esPaths.rebuild,
      rebuildFile(models.map((model) => ({ aggregate: esModelNames(model).aggregate, from: `../../${esModelPaths(model).aggregate.replace(/^src\//, '').replace(/\.ts$/, '.js')}`, streamType: model.names.pascal }))),
    );
    tree.write(esPaths.rebuildScript, rebuildScriptFile());
    const [first] = models;
    if (first) {
      const plan = defaultCommandsPlan(first, commanded);
      for (const extend of extensions<CommandsPlan>(commandsPoint)) extend(plan);
      tree.write(esPaths.test, eventSourcingTestFile(plan, resourcePlans(first, extensions).tests));
    }
    tree.write(esPaths.readme, renderBlueprint('README.md.hbs', { models: models.map((model) => ({ name: model.name, collection: model.names.kebabPlural })), snapshotEvery: options.snapshotEvery }));
    tree.update('package.json', (text) => ensurePackageEntries(text, { scripts: { [rebuildScript.name]: rebuildScript.command } }));
  },
  remove(tree) {
    tree.update('package.json', (text) => removePackageScripts(text, { [rebuildScript.name]: rebuildScript.command }));
  },
});
