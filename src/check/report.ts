import type { Output } from '../cli/report.js';
import type { Drift } from './drift.js';
import type { CheckFormat } from './formats.js';


/** Prints drift for people (text with diffs), tools (json) or GitHub Actions (annotations). */
export function reportDrift(output: Output, drift: readonly Drift[], format: CheckFormat): void {
  if (format === 'json') {
    output.out(JSON.stringify({ ok: drift.length === 0, drift }, null, 2));
    return;
  }
  if (format === 'github') {
    for (const item of drift) output.out(`::error file=${escapeProperty(item.path)},title=kiln ${item.kind}::${escapeData(`${item.path} ${item.message}`)}`);
    output.out(drift.length === 0 ? 'kiln: in sync with kiln.json' : `kiln: ${drift.length} drift(s); run gen and commit the result`);
    return;
  }
  if (drift.length === 0) {
    output.out('In sync: gen would change nothing.');
    return;
  }
  for (const item of drift) {
    output.out(`${item.kind.padStart(17)}  ${item.path} ${item.message}`);
  }
  const diffs = drift.filter((item) => item.diff);
  if (diffs.length > 0) output.out('');
  for (const item of diffs) output.out(item.diff ?? '');
  output.out(`${drift.length} drift(s): run gen, resolve any conflicts, and commit the result.`);
}

// GitHub workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
