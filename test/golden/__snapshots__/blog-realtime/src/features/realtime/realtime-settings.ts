/** The websockets options of kiln.json (`features.websockets`): change them there and run `gen`. */
export const realtimeSettings = {
  endpoint: {
    path: '/ws',
    collections: ['authors', 'posts', 'comments'],
    heartbeatMs: 30000,
    maxBufferedBytes: 1048576,
  },
  /** The Redis channel every instance publishes to and listens on. */
  redisChannel: 'blog:realtime',
} as const;
