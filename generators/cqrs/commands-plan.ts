import type { ModelView } from '../../src/spec/columns.js';
import type { ImportMap } from '../resource/routes-plan.js';
import { commandsOf, type CommandView } from './model.js';
import type { CqrsOptions } from './options.js';

/**
 * The `cqrs.commands` extension point: a model's command handlers before they are printed. By default each writes
 * through the model's repository; a feature that stores changes differently (event sourcing) replaces the bodies.
 *
 * Names in scope in a body: `context` (CommandContext), and `input` (create), `id` and `changes` (update and custom
 * commands), `id` (delete). Create returns the record, update and custom commands the record or undefined when it is
 * missing, delete whether it existed; each emits its event through `context.emit`.
 */
export interface CommandsPlan {
  readonly model: ModelView;
  readonly commands: readonly CommandView[];
  imports: ImportMap;
  /** Statements of each handler, by command key (`create`, `update`, `delete`, `publish`, …). */
  bodies: Record<string, string[]>;
}

export const commandsPoint = 'cqrs.commands';

export function defaultCommandsPlan(model: ModelView, options: CqrsOptions): CommandsPlan {
  const commands = commandsOf(model, options);
  const record = handlerLocal(model);
  const repository = `create${model.names.pascal}Repository(context.db)`;
  const changes = model.timestamps ? `{ ...changes, updatedAt: ${record}.updatedAt }` : 'changes';
  const bodies = Object.fromEntries(
    commands.map((command) => {
      const emit = `context.emit(${eventFactory(command)}(id, ${changes}))`;
      switch (command.kind) {
        case 'create':
          return [command.key, [`const ${record} = await ${repository}.create(input);`, `context.emit(${eventFactory(command)}(${record}));`, `return ${record};`]];
        case 'delete':
          return [command.key, [`const deleted = await ${repository}.delete(id);`, `if (deleted) context.emit(${eventFactory(command)}(id));`, 'return deleted;']];
        default:
          return [command.key, [`const ${record} = await ${repository}.update(id, changes);`, `if (${record}) ${emit};`, `return ${record};`]];
      }
    }),
  );
  return {
    model,
    commands,
    imports: { [`./${model.names.kebab}.repository.js`]: { names: [`create${model.names.pascal}Repository`] } },
    bodies,
  };
}

/** The function in <model>.events.ts that builds a command's event: `PostCreated` → `postCreated`. */
export const eventFactory = (command: Pick<CommandView, 'event'>): string => command.event.charAt(0).toLowerCase() + command.event.slice(1);

/** A handler's local for the record, never shadowing its parameters (a model named `Context`). */
export const handlerLocal = (model: ModelView): string =>
  ['changes', 'context', 'deleted', 'id', 'input'].includes(model.names.camel) ? 'record' : model.names.camel;
