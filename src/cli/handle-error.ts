import { ExitCode, KilnError, KilnErrors, type ExitCodeValue } from '../errors.js';
import type { Output } from './report.js';

/** The one place errors become output: a message naming the problem, a hint for the fix, an exit code. */
export function handleError(error: unknown, output: Output): ExitCodeValue {
  if (error instanceof KilnErrors) {
    output.err(`error: ${error.problems.length === 1 ? 'there is a problem' : `there are ${error.problems.length} problems`} in kiln.json`);
    for (const problem of error.problems) {
      output.err(`  ${problem.path}: ${problem.message}`);
      if (problem.hint) output.err(`    hint: ${problem.hint}`);
    }
    output.err('Nothing was written.');
    return error.exitCode;
  }
  if (error instanceof KilnError) {
    output.err(`error: ${error.message}`);
    if (error.hint) output.err(`  hint: ${error.hint}`);
    if (error.exitCode === ExitCode.badInput) output.err('Nothing was written.');
    return error.exitCode;
  }
  output.err('internal error: this is a bug in Kiln; please report it with the output below.');
  output.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return ExitCode.internal;
}
