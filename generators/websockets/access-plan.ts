import type { ServerImports } from '../project/server-plan.js';

/**
 * The `websockets.access` extension point: who may connect to the websocket endpoint, and what each connection
 * receives. `access` is an expression of type RealtimeAccess (src/features/realtime/realtime-access.ts), evaluated
 * in src/main.ts with `config`, `logger`, `db` and the app's services in scope. An auth feature replaces the
 * default (everyone reads everything) with one that authenticates the upgrade request's access token and filters
 * events by the models' read rules, adding its imports (relative to src/).
 */
export const accessPoint = 'websockets.access';

export interface RealtimeAccessPlan {
  imports: ServerImports;
  access: string;
}

export const defaultAccessPlan = (): RealtimeAccessPlan => ({
  imports: { './features/realtime/realtime-access.js': { names: ['publicAccess'] } },
  access: 'publicAccess',
});
