import { printSourceFile } from '../../../src/ast/project.js';
import { func, importsOf, interfaceOf, param, property, typeAlias } from '../../../src/ast/structures.js';

/**
 * src/app.ts, written once and owned by the user afterwards. `gen resource` registers routes here with an AST
 * edit just before `return app`, so anything the user adds around them stays.
 */
export function appFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({
        hono: { names: ['Hono'] },
        'hono/request-id': { names: ['requestId'], types: ['RequestIdVariables'] },
        kysely: { types: ['Kysely'] },
        './config.js': { types: ['Config'] },
        './db/tables.js': { types: ['Database'] },
        './lib/body-limit.js': { names: ['limitBody'] },
        './lib/cors.js': { names: ['cors'] },
        './lib/errors.js': { names: ['errorHandler', 'notFoundHandler', 'payloadTooLarge'] },
        './lib/logger.js': { names: ['createLogger'] },
        './lib/request-logger.js': { names: ['requestLogger'] },
        './lib/security-headers.js': { names: ['securityHeaders'] },
      }),
      interfaceOf('AppDependencies', [property('config', 'Config'), property('db', 'Kysely<Database>')], {
        docs: ['What the app needs from outside; tests pass an in-memory database.'],
      }),
      typeAlias('AppEnv', '{ Variables: RequestIdVariables }'),
      func('createApp', [param('deps', 'AppDependencies')], 'Hono<AppEnv>', [
        'const { config } = deps;',
        'const logger = createLogger(config.LOG_LEVEL);',
        'const app = new Hono<AppEnv>();',
        '',
        'app.use(requestId());',
        'app.use(requestLogger(logger));',
        'app.use(securityHeaders());',
        'app.use(cors(config.CORS_ORIGINS));',
        '// Only requests with a body: reading the body stream of every GET would cost each of them a full Request.',
        "app.on(['POST', 'PUT', 'PATCH'], '*', limitBody(config.BODY_LIMIT_BYTES, payloadTooLarge));",
        'app.onError(errorHandler(logger));',
        'app.notFound(notFoundHandler());',
        '',
        "app.get('/health', (c) => c.json({ status: 'ok' }));",
        '',
        'return app;',
      ], { exported: true, docs: ['Builds the HTTP app. Generated resources are registered just before `return app`.'] }),
    ],
  });
}
