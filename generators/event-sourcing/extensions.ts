import type { GeneratorContext } from '../../src/generator/define.js';
import { eventFactory, handlerLocal, type CommandsPlan } from '../cqrs/commands-plan.js';
import { addImports, readExpression, type ResourceRoutesPlan } from '../resource/routes-plan.js';
import { esModelNames, esModels } from './model.js';
import type { EventSourcingOptions } from './options.js';

const isEventSourced = (name: string, options: EventSourcingOptions, { spec }: GeneratorContext) =>
  esModels(spec, options).some((model) => model.name === name);

/**
 * `cqrs.commands`: an event-sourced model's handlers load the record from its events, emit the command's event,
 * and append it (409 when another command appended first), which also projects the read table.
 */
export function eventSourcedCommands(plan: CommandsPlan, options: EventSourcingOptions, context: GeneratorContext): void {
  const { model } = plan;
  if (!isEventSourced(model.name, options, context)) return;
  const names = esModelNames(model);
  const type = model.names.pascal;
  const record = handlerLocal(model);
  const stamps = model.timestamps ? ', createdAt: context.now, updatedAt: context.now' : '';
  const changes = model.timestamps ? '{ ...changes, updatedAt: context.now }' : 'changes';
  const load = [`const loaded = await ${names.load}(context.db, id);`];
  plan.imports = {
    '../../lib/uuid.js': { names: ['uuidv7'] },
    [`./${model.names.kebab}.aggregate.js`]: { names: [names.load, names.save] },
    [`./${model.names.kebab}.schema.js`]: { types: [type] },
  };
  for (const command of plan.commands) {
    const emit = (argument: string) => `[context.emit(${eventFactory(command)}(${argument}))]`;
    switch (command.kind) {
      case 'create':
        plan.bodies[command.key] = [
          `const ${record}: ${type} = { id: uuidv7(), ...input${stamps} };`,
          `await ${names.save}(context, ${record}.id, { state: undefined, version: 0 }, ${emit(record)});`,
          `return ${record};`,
        ];
        break;
      case 'delete':
        plan.bodies[command.key] = [...load, 'if (!loaded.state) return false;', `await ${names.save}(context, id, loaded, ${emit('id')});`, 'return true;'];
        break;
      default:
        plan.bodies[command.key] = [...load, 'if (!loaded.state) return undefined;', `return ${names.save}(context, id, loaded, ${emit(`id, ${changes}`)});`];
    }
  }
}

/** `resource.routes`: `GET /:id/history` (the audit trail) and `GET /:id?asOf=<time>` (the state at that time). */
export function eventSourcedRoutes(plan: ResourceRoutesPlan, options: EventSourcingOptions, context: GeneratorContext): void {
  if (!isEventSourced(plan.model.name, options, context)) return;
  const names = esModelNames(plan.model);
  addImports(plan, {
    '../../features/event-sourcing/as-of.js': { names: ['readAsOf'] },
    [`./${plan.model.names.kebab}.history.js`]: { names: [names.asOfQuery, names.historyQuery] },
  });
  // Wraps whatever reads the present (the query bus, the cache): a past state is never cached under the record's id.
  plan.read.get = `readAsOf(c, () => ${readExpression(plan, 'get')}, (asOf) => queries.execute(${names.asOfQuery}, { id, asOf }))`;
  plan.routes.push({
    method: 'get',
    path: '/:id/history',
    as: 'get',
    body: [
      "const id = parseId(c.req.param('id'));",
      `const events = await queries.execute(${names.historyQuery}, { id });`,
      `if (events.length === 0) throw ${plan.names.notFound}();`,
    ],
    response: 'c.json({ data: events })',
  });
}
