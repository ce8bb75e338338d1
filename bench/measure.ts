import { execa } from 'execa';

export interface Sample {
  seconds: number;
  /** Peak resident memory of the process, in MiB. */
  peakMiB: number;
}

export interface Summary {
  name: string;
  median: number;
  min: number;
  max: number;
  peakMiB: number;
  runs: number;
  /** Median divided by the baseline's median, measured in the same run. */
  ratio?: number;
  target?: { seconds: number; met: boolean };
}

/**
 * Runs a command once under GNU time and returns its wall time and peak RSS. With `timeoutSeconds` (other tools'
 * generators, which may stop at a prompt): stdin is closed, coreutils `timeout` ends a run that takes longer, and any
 * exit code but 0 is a failure.
 */
export async function timeCommand(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
  options: { timeoutSeconds?: number } = {},
): Promise<Sample> {
  const strict = options.timeoutSeconds !== undefined;
  const timed = strict ? ['timeout', String(options.timeoutSeconds), command, ...args] : [command, ...args];
  const result = await execa('/usr/bin/time', ['-f', 'KILN_BENCH %e %M', ...timed], { cwd, reject: false, stdin: strict ? 'ignore' : 'pipe', all: strict, env: { NO_COLOR: '1', ...env } });
  const match = /KILN_BENCH ([\d.]+) (\d+)/.exec(String(result.stderr));
  if (strict && result.exitCode === 124) throw new Error(`${command} ${args.join(' ')} timed out after ${options.timeoutSeconds} s`);
  if (!match || (result.exitCode !== 0 && (strict || result.exitCode !== 1))) {
    const output = strict ? String(result.all).replace(/^.*KILN_BENCH.*$/m, '') : String(result.stderr);
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.exitCode}):\n${output.trim().slice(-2000)}`);
  }
  return { seconds: Number(match[1]), peakMiB: Math.round(Number(match[2]) / 1024) };
}

export function summarize(name: string, samples: Sample[]): Summary {
  const seconds = samples.map((sample) => sample.seconds).sort((a, b) => a - b);
  return { name, median: median(seconds), min: seconds[0]!, max: seconds.at(-1)!, peakMiB: Math.max(...samples.map((sample) => sample.peakMiB)), runs: samples.length };
}

/** The median of numbers sorted in ascending order. */
export function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function formatTable(rows: Summary[]): string {
  const header = ['benchmark', 'median s', 'min–max s', 'ratio', 'peak MiB', 'target'];
  const lines = rows.map((row) => [
    row.name,
    row.median.toFixed(2),
    `${row.min.toFixed(2)}–${row.max.toFixed(2)}`,
    row.ratio === undefined ? '' : `${row.ratio.toFixed(1)}×`,
    String(row.peakMiB),
    row.target ? `< ${row.target.seconds} s ${row.target.met ? 'met' : 'MISSED'}` : '',
  ]);
  return renderTable(header, lines);
}

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function renderTable(header: string[], lines: string[][]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  const render = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [render(header), widths.map((width) => '-'.repeat(width)).join('  '), ...lines.map(render)].join('\n');
}
