import { printSourceFile } from '../../../src/ast/project.js';
import { constant } from '../../../src/ast/structures.js';
import type { WebsocketsOptions } from '../options.js';

/** realtime-settings.ts: the options from kiln.json, as the constants the endpoint and the hub use. */
export function realtimeSettingsFile(options: WebsocketsOptions, collections: readonly string[], redisChannel: string): string {
  const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return printSourceFile({
    statements: [
      constant(
        'realtimeSettings',
        `{
          endpoint: {
            path: ${quote(options.path)},
            collections: [${collections.map(quote).join(', ')}],
            heartbeatMs: ${options.heartbeatSeconds * 1000},
            maxBufferedBytes: ${options.maxBufferedBytes},
          },
          /** The Redis channel every instance publishes to and listens on. */
          redisChannel: ${quote(redisChannel)},
        } as const`,
        { exported: true, docs: ['The websockets options of kiln.json (`features.websockets`): change them there and run `gen`.'] },
      ),
    ],
  });
}
