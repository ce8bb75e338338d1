import { z } from 'zod';

/** `features["event-sourcing"]` in kiln.json. */
export const eventSourcingOptions = z.strictObject({
  models: z.array(z.string()).optional().describe('Models whose changes are stored as events (default: every model cqrs applies to).'),
  snapshotEvery: z
    .number()
    .int()
    .min(2)
    .max(10_000)
    .default(50)
    .describe('A snapshot of a record is taken every this many events, so loading and rebuilding it replays at most that many.'),
});

export type EventSourcingOptions = z.output<typeof eventSourcingOptions>;
