/**
 * The one error class of the toolkit. Every failure a user can cause or fix carries a stable code, a message
 * that names the offending path or value, and a hint that says what to do. The CLI edge turns it into output
 * and an exit code; nothing else in the toolkit prints or exits.
 */
export const ExitCode = {
  ok: 0,
  drift: 1,
  badInput: 2,
  internal: 3,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

export class KilnError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly hint?: string,
    readonly exitCode: ExitCodeValue = ExitCode.badInput,
  ) {
    super(message);
    this.name = 'KilnError';
  }
}

/** Several problems found in one pass (a spec with three bad fields reports all three at once). */
export class KilnErrors extends KilnError {
  constructor(
    code: string,
    readonly problems: readonly { path: string; message: string; hint?: string }[],
  ) {
    super(code, problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  }
}

export function isKilnError(error: unknown): error is KilnError {
  return error instanceof KilnError;
}
