import { authSettings } from './auth-settings.js';
import { createRateLimiter } from './rate-limiter.js';

export type LimitedAction = 'login' | 'refresh' | 'forgot-password' | 'register';

/** The limits of one app instance: login, refresh and forgot-password per account and address; register per address. */
export function createAuthRateLimits() {
  const { perAccount, perAddress, windowSeconds } = authSettings.rateLimit;
  const byAccount = createRateLimiter(perAccount, windowSeconds);
  const byAddress = createRateLimiter(perAddress, windowSeconds);
  return {
    /** Counts an attempt against both limits; the seconds to wait (for Retry-After) when either is exceeded. */
    hit(action: LimitedAction, address: string, account?: string): number | undefined {
      const addressWait = byAddress.hit(`${action}:${address}`);
      const accountWait = account === undefined ? undefined : byAccount.hit(`${action}:${account}`);
      return addressWait === undefined && accountWait === undefined
        ? undefined
        : Math.max(addressWait ?? 0, accountWait ?? 0);
    },
  };
}
