import { printSourceFile } from '../../../src/ast/project.js';
import { constant, func, importsOf, param, propertyKey, typeAlias } from '../../../src/ast/structures.js';
import type { AccessRule } from '../../../src/spec/access.js';

/** The read rule of each websocket collection, as the models' `get` access rules give it. */
export interface CollectionReadRule {
  collection: string;
  rule: AccessRule;
  /** The owner field (camelCase, as events carry rows) when the rule is `owner`. */
  owner?: string;
}

/**
 * realtime-access.ts (with the websockets feature): who may connect to the websocket endpoint and which events each
 * connection receives, by the same access token and read rules as the REST routes.
 */
export function realtimeAccessFile(rules: readonly CollectionReadRule[]): string {
  const ruleLiteral = (entry: CollectionReadRule) => {
    const { rule } = entry;
    if (rule.kind === 'owner') return `{ kind: 'owner', field: '${entry.owner ?? 'id'}' }`;
    if (rule.kind === 'role') return `{ kind: 'role', role: '${rule.role}' }`;
    return `{ kind: '${rule.kind}' }`;
  };
  return printSourceFile({
    statements: [
      ...importsOf({
        'node:http': { types: ['IncomingMessage'] },
        kysely: { types: ['Kysely'] },
        '../../config.js': { types: ['Config'] },
        '../../db/tables.js': { types: ['Database'] },
        '../realtime/realtime-access.js': { types: ['RealtimeAccess', 'RealtimeReader'] },
        '../realtime/realtime-event.js': { types: ['RealtimeEvent'] },
        './access-tokens.js': { names: ['signingKey', 'verifyAccessToken'] },
        './users.js': { names: ['createUserRepository', 'toUser'], types: ['User'] },
      }),
      typeAlias(
        'ReadRule',
        "{ kind: 'public' } | { kind: 'authenticated' } | { kind: 'owner'; field: string } | { kind: 'role'; role: string }",
        { exported: false },
      ),
      constant('readRules', `{\n${rules.map((entry) => `${propertyKey(entry.collection)}: ${ruleLiteral(entry)},`).join('\n')}\n}`, {
        type: 'Record<string, ReadRule>',
        docs: ["Who may read each collection's events: the `get` access rule of its model in kiln.json."],
      }),
      func('mayRead', [param('rule', 'ReadRule'), param('user', 'User | undefined'), param('row', 'unknown', 'undefined')], 'boolean', [
        'switch (rule.kind) {',
        "  case 'public':",
        '    return true;',
        "  case 'authenticated':",
        '    return user !== undefined;',
        "  case 'role':",
        '    return user?.role === rule.role;',
        "  case 'owner':",
        '    // Before a row is known (a subscription), any signed-in user; then only rows that are theirs. A deletion',
        '    // carries no owner, so it reaches no one: whether another user\'s row existed is not theirs to learn.',
        '    if (user === undefined) return false;',
        "    return row === undefined || (typeof row === 'object' && row !== null && (row as Record<string, unknown>)[rule.field] === user.id);",
        '}',
      ]),
      func('readerFor', [param('user', 'User | undefined')], 'RealtimeReader', [
        'const ruleOf = (channel: string) => readRules[channel.split(\':\')[0] ?? \'\'];',
        'return {',
        '  canSubscribe: (channel) => {',
        '    const rule = ruleOf(channel);',
        '    return rule !== undefined && mayRead(rule, user);',
        '  },',
        '  canReceive: (event: RealtimeEvent) => {',
        '    const rule = readRules[event.collection];',
        "    return rule !== undefined && mayRead(rule, user, event.event === 'deleted' && rule.kind === 'owner' ? null : event.data);",
        '  },',
        '};',
      ]),
      func('createRealtimeAccess', [param('db', 'Kysely<Database>'), param('config', 'Config')], 'RealtimeAccess', [
        'const key = signingKey(config.JWT_SECRET);',
        'const users = createUserRepository(db);',
        'return {',
        '  async connect(request: IncomingMessage) {',
        '    const header = request.headers.authorization;',
        '    // No token: a guest, who reads only public collections. A token that does not verify: refused (401).',
        '    if (header === undefined) return readerFor(undefined);',
        '    const token = /^Bearer ([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)$/.exec(header)?.[1];',
        '    const claims = token === undefined ? undefined : verifyAccessToken(token, key);',
        '    const account = claims && (await users.findById(claims.sub));',
        '    if (!claims || !account || account.disabled || account.tokenVersion !== claims.ver) return undefined;',
        '    return readerFor(toUser(account));',
        '  },',
        '};',
      ], {
        exported: true,
        docs: [
          'Websocket access with jwt-auth: the upgrade request may carry `Authorization: Bearer <access token>`, checked\nexactly as requireAuth checks it; each connection then receives only the events its user may read.',
        ],
      }),
    ],
  });
}
