import type { ModelView } from '../../src/spec/columns.js';
import type { Spec } from '../../src/spec/schema.js';
import { selectedModels } from '../../src/spec/selected-models.js';
import type { WebsocketsOptions } from './options.js';

/** Where the websockets feature writes, and the names its code uses. Pure: spec and options in, names out. */
export const realtimeDir = 'src/features/realtime';

const file = (name: string) => `${realtimeDir}/${name}`;
export const realtimePaths = {
  readme: file('README.md'),
  event: file('realtime-event.ts'),
  hub: file('realtime-hub.ts'),
  redisHub: file('redis-hub.ts'),
  access: file('realtime-access.ts'),
  clientMessages: file('client-messages.ts'),
  endpoint: file('websocket-endpoint.ts'),
  settings: file('realtime-settings.ts'),
  createRealtime: file('create-realtime.ts'),
  test: file('realtime.test.ts'),
};

export const publishedModels = (spec: Spec, options: WebsocketsOptions): ModelView[] => selectedModels(spec, 'websockets', options.models);

/** The channel of a model's events: its URL segment, e.g. `blog-posts` (and `blog-posts:<id>` for one row). */
export const channelOf = (model: ModelView): string => model.names.kebabPlural;
