import { identifier, type ColumnSnapshot, type TableSnapshot } from '../../src/migrate/snapshot.js';
import type { DatabaseKind } from '../../src/spec/field-types.js';
import type { Spec } from '../../src/spec/schema.js';
import type { JwtAuthOptions } from './options.js';

/** Where the feature's code lives in the generated project. */
export const authDir = 'src/features/auth';
export const authFile = (name: string) => `${authDir}/${name}.ts`;
export const routesModule = './features/auth/auth.routes.js';
export const routesPath = '/auth';
export const routesFactory = 'createAuthRoutes';
export const userCreateScript = { name: 'user:create', command: 'tsx src/features/auth/create-user.ts' };

/** The policy the generated code is built with: options with the project-dependent defaults filled in. */
export function authPolicy(options: JwtAuthOptions, spec: Spec) {
  return {
    issuer: options.issuer ?? spec.name,
    audience: options.audience ?? `${spec.name}-api`,
    accessTokenSeconds: options.accessTokenMinutes * 60,
    clockLeewaySeconds: options.clockLeewaySeconds,
    refreshTokenDays: options.refreshTokenDays,
    resetTokenMinutes: options.resetTokenMinutes,
    password: { minLength: options.password.minLength, maxLength: options.password.maxLength },
    scrypt: { logN: options.password.scryptLogN, r: 8, p: 1 },
    roles: [...new Set([...options.roles, options.defaultRole, options.adminRole])],
    defaultRole: options.defaultRole,
    adminRole: options.adminRole,
    rateLimit: { windowSeconds: options.rateLimit.windowMinutes * 60, perAccount: options.rateLimit.perAccount, perAddress: options.rateLimit.perAddress },
  };
}

export type AuthPolicy = ReturnType<typeof authPolicy>;

/** A column of the feature's tables, in the snapshot form the migrations generator diffs. */
const column = (name: string, type: ColumnSnapshot['type'], extra: Partial<ColumnSnapshot> = {}): ColumnSnapshot => ({
  name,
  type,
  nullable: false,
  ...extra,
});
const id = column('id', 'uuid', { primaryKey: true, idStrategy: 'uuid' });
const owner = 'jwt-auth';

/** The feature's tables: users, refresh tokens (grouped in families) and password-reset tokens. */
export function authTables(database: DatabaseKind): Record<string, TableSnapshot> {
  const index = (table: string, columns: string[], unique: boolean) => ({
    name: identifier(`${table}_${columns.join('_')}_${unique ? 'unique' : 'index'}`, database),
    columns,
    unique,
  });
  return {
    password_reset_tokens: {
      model: owner,
      columns: [id, column('user_id', 'uuid'), column('token_hash', 'string', { max: 64 }), column('expires_at', 'datetime'), column('used_at', 'datetime', { nullable: true }), column('created_at', 'datetime')],
      indexes: [index('password_reset_tokens', ['token_hash'], true), index('password_reset_tokens', ['user_id'], false)],
    },
    refresh_tokens: {
      model: owner,
      columns: [
        id,
        column('user_id', 'uuid'),
        column('family_id', 'uuid'),
        column('token_hash', 'string', { max: 64 }),
        column('expires_at', 'datetime'),
        column('used_at', 'datetime', { nullable: true }),
        column('revoked_at', 'datetime', { nullable: true }),
        column('created_at', 'datetime'),
      ],
      indexes: [index('refresh_tokens', ['token_hash'], true), index('refresh_tokens', ['family_id'], false), index('refresh_tokens', ['user_id'], false)],
    },
    users: {
      model: owner,
      columns: [
        id,
        column('email', 'string', { max: 254 }),
        column('password_hash', 'string', { max: 255 }),
        column('role', 'string', { max: 32 }),
        column('token_version', 'integer', { default: 0 }),
        column('disabled_at', 'datetime', { nullable: true }),
        column('created_at', 'datetime'),
        column('updated_at', 'datetime'),
      ],
      indexes: [index('users', ['email'], true)],
    },
  };
}
