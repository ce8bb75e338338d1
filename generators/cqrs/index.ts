import { defineGenerator } from '../../src/generator/define.js';
import { moduleFromSrc, serverPoint, type ServerPlan } from '../project/server-plan.js';
import { routesPoint } from '../resource/routes-plan.js';
import { resourcePlans } from '../resource/plans.js';
import { commandsPoint, defaultCommandsPlan, type CommandsPlan } from './commands-plan.js';
import { commandBusFile, middlewareFile, queryBusFile } from './files/bus-files.js';
import { commandMetadataFile, eventBusFile, outboxEventBusFile, outboxTableFile, subscribersFile } from './files/event-files.js';
import { addRedisEnvironment, writeRedisSupport } from '../redis-support/use-redis.js';
import { configPoint, type ConfigPlan } from '../project/config-plan.js';
import { tablesPoint, type ContributedTables } from '../migrations/contributed-tables.js';
import { databasePoint, type DatabaseEntry } from '../tables/database-entries.js';
import { outboxTestFile } from './files/outbox-test-file.js';
import { commandFile, domainEventFile, queryFile } from './files/message-files.js';
import { commandsFile, eventsFile, queriesFile } from './files/model-files.js';
import { cqrsTestFile } from './files/test-file.js';
import { cqrsModelPaths, cqrsModels, cqrsPaths, outboxTables, validateCqrs } from './model.js';
import { cqrsOptions } from './options.js';
import { cqrsRoutes } from './routes-extension.js';
import { documentCommands } from './openapi-extension.js';
import { openApiPoint } from '../openapi/plan.js';

export default defineGenerator({
  name: 'cqrs',
  summary: 'src/features/cqrs/: typed commands and queries per model on an in-process command and query bus, domain events published after commit.',
  kind: 'feature',
  options: cqrsOptions,
  requires: ['project', 'resource', 'migrations'],
  // Its routes see the access rules jwt-auth added; caching then wraps the reads it routes through the query bus.
  after: ['jwt-auth'],
  extend: {
    [routesPoint]: cqrsRoutes,
    [openApiPoint]: documentCommands,
    [serverPoint]: (plan: ServerPlan) => {
      plan.services.push({
        name: 'events',
        type: { name: 'EventBus', from: moduleFromSrc(cqrsPaths.eventBus) },
        factory: { name: 'createEventBus', from: moduleFromSrc(cqrsPaths.eventBus) },
      });
    },
    [configPoint]: (plan: ConfigPlan, options) => {
      if (options.bus === 'redis') addRedisEnvironment(plan);
    },
    [tablesPoint]: (tables: ContributedTables, options) => {
      if (options.bus === 'redis') Object.assign(tables, outboxTables());
    },
    [databasePoint]: (entries: DatabaseEntry[], options) => {
      if (options.bus === 'redis') entries.push({ table: 'event_outbox', type: 'EventOutboxTable', from: '../features/cqrs/outbox-table.js' });
    },
  },
  generate(tree, options, { spec, extensions, renderBlueprint }) {
    validateCqrs(spec, options);
    const models = cqrsModels(spec, options);
    tree.write(cqrsPaths.command, commandFile());
    tree.write(cqrsPaths.query, queryFile());
    tree.write(cqrsPaths.domainEvent, domainEventFile());
    tree.write(cqrsPaths.commandBus, commandBusFile(options.bus));
    tree.write(cqrsPaths.queryBus, queryBusFile());
    tree.write(cqrsPaths.middleware, middlewareFile());
    tree.write(cqrsPaths.eventBus, eventBusFile(options.bus, `${spec.name}:events`));
    tree.write(cqrsPaths.subscribers, subscribersFile());
    tree.write(cqrsPaths.commandMetadata, commandMetadataFile());
    const plans = models.map((model) => {
      const plan = defaultCommandsPlan(model, options);
      for (const extend of extensions<CommandsPlan>(commandsPoint)) extend(plan);
      return plan;
    });
    for (const plan of plans) {
      const paths = cqrsModelPaths(plan.model);
      tree.write(paths.events, eventsFile(plan.model, plan.commands));
      tree.write(paths.commands, commandsFile(plan));
      tree.write(paths.queries, queriesFile(plan.model));
    }
    // Proven on a model with custom commands when there is one, so their routes are tested too.
    const first = plans.find((plan) => plan.commands.some((command) => command.kind === 'custom')) ?? plans[0];
    if (first) tree.write(cqrsPaths.test, cqrsTestFile(first, resourcePlans(first.model, extensions).tests));
    if (options.bus === 'redis') {
      tree.write(cqrsPaths.outboxEventBus, outboxEventBusFile());
      tree.write(cqrsPaths.outboxTable, outboxTableFile());
      if (first) tree.write(cqrsPaths.outboxTest, outboxTestFile(first));
      writeRedisSupport(tree);
    }
    tree.write(cqrsPaths.readme, renderBlueprint('README.md.hbs', { redis: options.bus === 'redis', models: plans.map((plan) => ({ name: plan.model.name, commands: plan.commands })) }));
  },
});
