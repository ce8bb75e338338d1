import { randomUUID } from 'node:crypto';
import { createApp } from '../app.js';
import type { Config } from '../config.js';
import { issueAccessToken, signingKey } from '../features/auth/access-tokens.js';
import { authSettings, type Role } from '../features/auth/auth-settings.js';
import type { Mailer, MailMessage } from '../features/auth/mailer.js';
import type { TokenPair } from '../features/auth/sessions.js';
import { createUserRepository } from '../features/auth/users.js';
import type { TestApp } from './test-app.js';

export type App = ReturnType<typeof createApp>;

/** Long enough, and on no common-password list. */
export const testPassword = 'plausible quail lantern 42';

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  /** `Authorization: Bearer <access token>`, to spread into a request. */
  headers: Record<string, string>;
}

/** A user with a valid access token, inserted directly. */
export async function createTestUser(testApp: TestApp, options: { role?: Role } = {}): Promise<TestUser> {
  const role = options.role ?? authSettings.defaultRole;
  // No password: the hash cannot match any (resource tests never sign in, so they never pay for scrypt).
  const account = await createUserRepository(testApp.db).create({
    email: `${role}-${randomUUID()}@example.test`,
    passwordHash: '!',
    role,
  });
  const { token } = issueAccessToken(account, signingKey(testApp.deps.config.JWT_SECRET));
  return {
    id: account.id,
    email: account.email,
    role: account.role,
    headers: { authorization: `Bearer ${token}` },
  };
}

export interface Outbox extends Mailer {
  messages: MailMessage[];
}

/** A mailer that keeps what it is given. */
export function createOutbox(): Outbox {
  const messages: MailMessage[] = [];
  return {
    messages,
    send: async (message) => {
      messages.push(message);
    },
    close: async () => {},
  };
}

/** The app on the test database, with cheap password hashing and mail captured in `outbox`. */
export function createAuthTestApp(
  testApp: TestApp,
  config: Partial<Config> = {},
): { app: ReturnType<typeof createApp>; outbox: Outbox } {
  const outbox = createOutbox();
  // Fast hashing for tests only. The environment can never lower the cost (config refuses it); a test builds
  // its Config object directly. One test checks the real default.
  const app = createApp({
    ...testApp.deps,
    config: { ...testApp.deps.config, PASSWORD_SCRYPT_LOG_N: 10, ...config },
    mailer: outbox,
  });
  return { app, outbox };
}

export function bearer(token: string): Record<string, string> {
  return { authorization: 'Bearer ' + token };
}

/** The Node bindings of a request from `address`, as @hono/node-server passes them (third argument of app.request). */
export function fromAddress(address: string): object {
  return { incoming: { socket: { remoteAddress: address } } };
}

export async function postJson(
  app: App,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
  bindings: object = {},
): Promise<Response> {
  return app.request(
    path,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    },
    bindings,
  );
}

/** Registers through the API and signs in: a user with a real password and token pair. */
export async function signUp(
  app: App,
  email: string = 'user-' + randomUUID() + '@example.test',
  password: string = testPassword,
): Promise<{ id: string; email: string; password: string; tokens: TokenPair }> {
  const registered = await postJson(app, '/auth/register', { email, password });
  if (registered.status !== 201) throw new Error('register answered ' + registered.status);
  const { data } = (await registered.json()) as { data: { id: string } };
  const tokens = (await (await postJson(app, '/auth/login', { email, password })).json()) as TokenPair;
  return { id: data.id, email, password, tokens };
}
