import { Hono } from 'hono';
import { requestId, type RequestIdVariables } from 'hono/request-id';
import type { Kysely } from 'kysely';
import type { Config } from './config.js';
import type { Database } from './db/tables.js';
import { limitBody } from './lib/body-limit.js';
import { cors } from './lib/cors.js';
import { errorHandler, notFoundHandler, payloadTooLarge } from './lib/errors.js';
import { createLogger } from './lib/logger.js';
import { requestLogger } from './lib/request-logger.js';
import { securityHeaders } from './lib/security-headers.js';
import { createSampleRoutes } from './resources/sample/sample.routes.js';
import { createGroupRoutes } from './resources/group/group.routes.js';
import { createUserRoutes } from './resources/user/user.routes.js';
import { createProfileRoutes } from './resources/profile/profile.routes.js';
import { createOpenApiRoutes } from './openapi/openapi.routes.js';

/** What the app needs from outside; tests pass an in-memory database. */
export interface AppDependencies {
  config: Config;
  db: Kysely<Database>;
}

export type AppEnv = { Variables: RequestIdVariables };

/** Builds the HTTP app. Generated resources are registered just before `return app`. */
export function createApp(deps: AppDependencies): Hono<AppEnv> {
  const { config } = deps;
  const logger = createLogger(config.LOG_LEVEL);
  const app = new Hono<AppEnv>();

  app.use(requestId());
  app.use(requestLogger(logger));
  app.use(securityHeaders());
  app.use(cors(config.CORS_ORIGINS));
  // Only requests with a body: reading the body stream of every GET would cost each of them a full Request.
  app.on(['POST', 'PUT', 'PATCH'], '*', limitBody(config.BODY_LIMIT_BYTES, payloadTooLarge));
  app.onError(errorHandler(logger));
  app.notFound(notFoundHandler());

  app.get('/health', (c) => c.json({ status: 'ok' }));
  app.route('/samples', createSampleRoutes(deps));
  app.route('/groups', createGroupRoutes(deps));
  app.route('/users', createUserRoutes(deps));
  app.route('/profiles', createProfileRoutes(deps));
  app.route('/', createOpenApiRoutes(deps));

  return app;
}
