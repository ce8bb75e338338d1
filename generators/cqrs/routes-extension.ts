import type { GeneratorContext } from '../../src/generator/define.js';
import { addImports, type ResourceRoutesPlan } from '../resource/routes-plan.js';
import { commandsOf, cqrsModelNames, cqrsModels } from './model.js';
import type { CqrsOptions } from './options.js';

/**
 * The cqrs feature's part of a resource's routes (`resource.routes`): reads go through the query bus, writes
 * through the command bus with the request's metadata, and each custom command gets `POST /:id/<name>`.
 */
export function cqrsRoutes(plan: ResourceRoutesPlan, options: CqrsOptions, { spec }: GeneratorContext): void {
  const model = cqrsModels(spec, options).find((candidate) => candidate.name === plan.model.name);
  if (!model) return;
  const commands = commandsOf(model, options);
  const names = cqrsModelNames(model);
  const byKind = (kind: string) => commands.find((command) => command.kind === kind)?.constant ?? '';
  const custom = commands.filter((command) => command.kind === 'custom');
  addImports(plan, {
    '../../features/cqrs/command-bus.js': { names: ['createCommandBus'] },
    '../../features/cqrs/command-metadata.js': { names: ['commandMetadata'] },
    '../../features/cqrs/query-bus.js': { names: ['createQueryBus'] },
    [`./${model.names.kebab}.commands.js`]: { names: [...commands.map((command) => command.constant), ...custom.map((command) => `${command.constant}Schema`)] },
    [`./${model.names.kebab}.queries.js`]: { names: [names.getQuery, names.listQuery] },
  });
  plan.setup.push('const commands = createCommandBus(deps);', 'const queries = createQueryBus(deps);');
  plan.read.list = `queries.execute(${names.listQuery}, query)`;
  plan.read.get = `queries.execute(${names.getQuery}, { id })`;
  plan.write.create = `commands.execute(${byKind('create')}, input, commandMetadata(c))`;
  plan.write.update = `commands.execute(${byKind('update')}, { id, ...input }, commandMetadata(c))`;
  plan.write.delete = `commands.execute(${byKind('delete')}, { id }, commandMetadata(c))`;
  const record = plan.names.instance;
  for (const command of custom) {
    plan.routes.push({
      method: 'post',
      path: `/:id/${command.key}`,
      as: 'update',
      body: [
        "const id = parseId(c.req.param('id'));",
        `const input = parseWith(${command.constant}Schema, await readJson(c));`,
        `const ${record} = await commands.execute(${command.constant}, { id, ...input }, commandMetadata(c));`,
        `if (!${record}) throw ${plan.names.notFound}();`,
      ],
      response: `c.json({ data: ${record} })`,
    });
  }
}
