import * as z from 'zod';

/** What a client may send: `{"type":"subscribe","channel":"posts"}` (or `posts:<id>`), and `unsubscribe` alike. */
export const clientMessageSchema = z.strictObject({
  type: z.enum(['subscribe', 'unsubscribe']),
  channel: z.string().min(1).max(200),
});

export type ClientMessage = z.infer<typeof clientMessageSchema>;

/** The message, or undefined when it is not one of ours: not JSON, or another shape. */
export function parseClientMessage(data: string): ClientMessage | undefined {
  try {
    const result = clientMessageSchema.safeParse(JSON.parse(data));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a channel names a collection that publishes (`posts`) or one of its rows (`posts:<id>`). */
export function isKnownChannel(channel: string, collections: readonly string[]): boolean {
  const [collection = '', id, ...rest] = channel.split(':');
  return collections.includes(collection) && rest.length === 0 && (id === undefined || id.length > 0);
}
