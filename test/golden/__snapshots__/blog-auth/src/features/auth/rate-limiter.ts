export interface RateLimiter {
  /** Counts an attempt; returns the seconds to wait when over the limit. */
  hit: (key: string) => number | undefined;
}

/**
 * Counts attempts per key in fixed windows. Kept in this process's memory: with several instances behind a load
 * balancer each counts on its own; move the counters to a shared store (Redis) if that matters.
 */
export function createRateLimiter(
  limit: number,
  windowSeconds: number,
  now: () => number = () => Date.now(),
): RateLimiter {
  const windows = new Map<string, { count: number; resetsAt: number }>();
  return {
    hit(key) {
      const time = now();
      let window = windows.get(key);
      if (!window || window.resetsAt <= time) {
        // Forget expired windows now and then, so an attacker cycling keys cannot grow the map without bound.
        if (windows.size > 10_000)
          for (const [stale, { resetsAt }] of windows) if (resetsAt <= time) windows.delete(stale);
        window = { count: 0, resetsAt: time + windowSeconds * 1000 };
        windows.set(key, window);
      }

      window.count += 1;
      return window.count > limit ? Math.ceil((window.resetsAt - time) / 1000) : undefined;
    },
  };
}
