import { KilnErrors } from '../../src/errors.js';
import { parseSpec } from '../../src/spec/load.js';

/** Every problem parseSpec reports for a kiln.json text, as `path: message (hint)`; empty when it is valid. */
export function problemsOf(text: string): string[] {
  try {
    parseSpec(text);
  } catch (error) {
    if (error instanceof KilnErrors) return error.problems.map((p) => `${p.path}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`);
    throw error;
  }
  return [];
}
