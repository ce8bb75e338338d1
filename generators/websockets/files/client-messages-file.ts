import { printSourceFile } from '../../../src/ast/project.js';
import { constant, func, importsOf, param, typeAlias } from '../../../src/ast/structures.js';

/** client-messages.ts: what a client may send, parsed without ever throwing. */
export function clientMessagesFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ zod: { names: ['z'] } }),
      constant('clientMessageSchema', "z.strictObject({ type: z.enum(['subscribe', 'unsubscribe']), channel: z.string().min(1).max(200) })", {
        exported: true,
        docs: ['What a client may send: `{"type":"subscribe","channel":"posts"}` (or `posts:<id>`), and `unsubscribe` alike.'],
      }),
      typeAlias('ClientMessage', 'z.infer<typeof clientMessageSchema>'),
      func('parseClientMessage', [param('data', 'string')], 'ClientMessage | undefined', [
        'try {',
        '  const result = clientMessageSchema.safeParse(JSON.parse(data));',
        '  return result.success ? result.data : undefined;',
        '} catch {',
        '  return undefined;',
        '}',
      ], { exported: true, docs: ['The message, or undefined when it is not one of ours: not JSON, or another shape.'] }),
      func('isKnownChannel', [param('channel', 'string'), param('collections', 'readonly string[]')], 'boolean', [
        "const [collection = '', id, ...rest] = channel.split(':');",
        'return collections.includes(collection) && rest.length === 0 && (id === undefined || id.length > 0);',
      ], { exported: true, docs: ['Whether a channel names a collection that publishes (`posts`) or one of its rows (`posts:<id>`).'] }),
    ],
  });
}
