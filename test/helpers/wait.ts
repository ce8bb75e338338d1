/** Retries a probe (e.g. a fetch of a server that is starting) until it resolves or the time is up. */
export async function waitFor(probe: () => Promise<unknown>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await probe();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Waits until a condition holds, failing with `what` when it does not within the time. */
export async function eventually(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  await waitFor(async () => {
    if (!condition()) throw new Error(`${what}: not within ${timeoutMs} ms`);
  }, timeoutMs);
}
