import type { Dialect } from '../../../src/dialect/index.js';
import { authFile, type AuthPolicy } from '../model.js';
import { accountsFile, rateLimitsFile, schemasFile, sessionsFile } from './flow-files.js';
import { clientAddressFile, mailerFile, permissionsFile, rateLimiterFile, requireAuthFile } from './http-files.js';
import { commonPasswordsFile, passwordHashingFile, passwordPolicyFile } from './password-files.js';
import { createUserScriptFile, routesFile } from './routes-files.js';
import { environmentFile, settingsFile, storedTimeFile } from './settings-files.js';
import { passwordResetsFile, refreshTokensFile, revocationFile, usersFile } from './store-files.js';
import { authTestFiles } from './test-files.js';
import { authTestingFile } from './testing-files.js';
import { accessTokensFile, jwtFile, opaqueTokensFile, tablesFile } from './token-files.js';

/** Every file the feature writes, by path: one concept per file under src/features/auth/. */
export function authFiles(policy: AuthPolicy, dialect: Dialect, commonPasswords: readonly string[]): Record<string, string> {
  return {
    [authFile('auth-settings')]: settingsFile(policy),
    [authFile('auth-environment')]: environmentFile(),
    [authFile('stored-time')]: storedTimeFile(dialect),
    [authFile('auth-tables')]: tablesFile(),
    [authFile('jwt')]: jwtFile(),
    [authFile('access-tokens')]: accessTokensFile(),
    [authFile('opaque-tokens')]: opaqueTokensFile(),
    [authFile('password-hashing')]: passwordHashingFile(),
    [authFile('password-policy')]: passwordPolicyFile(),
    [authFile('common-passwords')]: commonPasswordsFile(commonPasswords),
    [authFile('users')]: usersFile(),
    [authFile('token-revocation')]: revocationFile(),
    [authFile('refresh-tokens')]: refreshTokensFile(),
    [authFile('password-resets')]: passwordResetsFile(),
    [authFile('mailer')]: mailerFile(),
    [authFile('rate-limiter')]: rateLimiterFile(),
    [authFile('auth-rate-limits')]: rateLimitsFile(),
    [authFile('client-address')]: clientAddressFile(),
    [authFile('require-auth')]: requireAuthFile(),
    [authFile('permissions')]: permissionsFile(),
    [authFile('sessions')]: sessionsFile(),
    [authFile('accounts')]: accountsFile(),
    [authFile('auth-schemas')]: schemasFile(),
    [authFile('auth.routes')]: routesFile(),
    [authFile('create-user')]: createUserScriptFile(),
    'src/testing/auth.ts': authTestingFile(),
    ...authTestFiles(),
  };
}
