import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.js';
import { type App, createAuthTestApp, type Outbox } from '../../testing/auth.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

describe('the JWT secret', () => {
  let testApp: TestApp;
  let app: App;
  let outbox: Outbox;
  beforeEach(async () => {
    testApp = await createTestApp();
    ({ app, outbox } = createAuthTestApp(testApp));
  });
  afterEach(async () => {
    await testApp.close();
  });

  it('refuses to start when the secret is missing, shorter than 32 bytes, or a placeholder', () => {
    const start = (secret?: string) => () =>
      loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: ':memory:',
        ...(secret === undefined ? {} : { JWT_SECRET: secret }),
      });
    expect(start()).toThrow(ConfigError);
    expect(start('')).toThrow(ConfigError);
    expect(start(randomBytes(32).toString('base64url').slice(0, 31))).toThrow(/at least 32 bytes/);
    expect(start('change-me-to-a-long-random-secret-value-0123456789')).toThrow(/placeholder/);
    expect(start('your-jwt-secret-goes-here-and-is-long-enough')).toThrow(/placeholder/);
    expect(start('a'.repeat(64))).toThrow(/placeholder/);
    expect(start(randomBytes(48).toString('base64url'))).not.toThrow();
  });
});
