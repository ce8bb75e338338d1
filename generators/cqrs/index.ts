import { defineGenerator } from '../../src/generator/define.js';
import { moduleFromSrc, serverPoint, type ServerPlan } from '../project/server-plan.js';
import { routesPoint } from '../resource/routes-plan.js';
import { credentialsOf, resourcePlans } from '../resource/plans.js';
import { commandsPoint, defaultCommandsPlan, type CommandsPlan } from './commands-plan.js';
import { commandBusFile, middlewareFile, queryBusFile } from './files/bus-files.js';
import { commandMetadataFile, eventBusFile, subscribersFile } from './files/event-files.js';
import { commandFile, domainEventFile, queryFile } from './files/message-files.js';
import { commandsFile, eventsFile, queriesFile } from './files/model-files.js';
import { cqrsTestFile } from './files/test-file.js';
import { cqrsModelPaths, cqrsModels, cqrsPaths, validateCqrs } from './model.js';
import { cqrsOptions } from './options.js';
import { cqrsRoutes } from './routes-extension.js';

export default defineGenerator({
  name: 'cqrs',
  summary: 'src/features/cqrs/: typed commands and queries per model on an in-process command and query bus, domain events published after commit.',
  kind: 'feature',
  options: cqrsOptions,
  requires: ['project', 'resource'],
  // Its routes see the access rules jwt-auth added; caching then wraps the reads it routes through the query bus.
  after: ['jwt-auth'],
  extend: {
    [routesPoint]: cqrsRoutes,
    [serverPoint]: (plan: ServerPlan) => {
      plan.services.push({
        name: 'events',
        type: { name: 'EventBus', from: moduleFromSrc(cqrsPaths.eventBus) },
        factory: { name: 'createEventBus', from: moduleFromSrc(cqrsPaths.eventBus) },
      });
    },
  },
  generate(tree, options, { spec, extensions, renderBlueprint }) {
    validateCqrs(spec, options);
    const models = cqrsModels(spec, options);
    tree.write(cqrsPaths.command, commandFile());
    tree.write(cqrsPaths.query, queryFile());
    tree.write(cqrsPaths.domainEvent, domainEventFile());
    tree.write(cqrsPaths.commandBus, commandBusFile());
    tree.write(cqrsPaths.queryBus, queryBusFile());
    tree.write(cqrsPaths.middleware, middlewareFile());
    tree.write(cqrsPaths.eventBus, eventBusFile());
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
    const [first] = plans;
    if (first) tree.write(cqrsPaths.test, cqrsTestFile(first, credentialsOf(resourcePlans(first.model, extensions).tests)));
    tree.write(cqrsPaths.readme, renderBlueprint('README.md.hbs', { models: plans.map((plan) => ({ name: plan.model.name, commands: plan.commands })) }));
  },
});
