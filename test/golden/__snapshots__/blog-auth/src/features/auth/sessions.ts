import type { AppDependencies } from '../../app.js';
import { issueAccessToken, signingKey } from './access-tokens.js';
import { createRefreshTokenStore } from './refresh-tokens.js';
import { type Account, createUserRepository } from './users.js';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
}

export function createSessions(deps: AppDependencies) {
  const key = signingKey(deps.config.JWT_SECRET);
  const users = createUserRepository(deps.db);
  const refreshTokens = createRefreshTokenStore(deps.db);
  const pair = (account: Account, refreshToken: string): TokenPair => {
    const { token, expiresIn } = issueAccessToken(account, key);
    return { accessToken: token, refreshToken, expiresIn };
  };
  return {
    /** A new sign-in: a new refresh-token family and an access token. */
    async start(account: Account): Promise<TokenPair> {
      return pair(account, await refreshTokens.issue(account.id));
    },
    /** Rotates the refresh token; undefined when it cannot be used (and then its family is revoked). */
    async refresh(refreshToken: string): Promise<TokenPair | undefined> {
      const rotated = await refreshTokens.rotate(refreshToken);
      const account = rotated && (await users.findById(rotated.userId));
      if (!rotated || !account || account.disabled) return undefined;
      return pair(account, rotated.token);
    },
    /** Logout: the refresh token's family is revoked; its access tokens expire within minutes. */
    async end(refreshToken: string): Promise<void> {
      await refreshTokens.revokeFamilyOf(refreshToken);
    },
    userOf: (refreshToken: string) => refreshTokens.userOf(refreshToken),
  };
}
