/**
 * `npm run bench`: measures the toolkit (CLI timings) and the generated app (GET-by-id throughput with and without
 * caching) and prints tables of medians with min–max and ratios against a baseline measured in the same run.
 * Results go to bench/results.json. Never a timed unit test: this machine is shared and noisy, so only ratios
 * within one run are meaningful.
 *
 * Options: --rounds N (default 3), --sizes 10,100,500, --duration S (seconds of load per runtime measurement,
 * default 8), --only cli|runtime
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from '../src/package-root.js';
import { benchCli } from './cli.js';
import { formatTable, type Summary } from './measure.js';
import { benchRuntime, formatThroughputTable, type ThroughputSummary } from './runtime.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '10,100,500' },
    duration: { type: 'string', default: '8' },
    only: { type: 'string' },
  },
});
const rounds = Number(values.rounds);
const sizes = values.sizes.split(',').map(Number);
const runs = (section: 'cli' | 'runtime') => values.only === undefined || values.only === section;

/** The targets from the regeneration issue, on this 2-core machine. */
const targets: Record<string, number> = {
  'gen resource (cold, 1 model)': 1,
  'gen check (fast, 100 models)': 0.5,
  'gen check --full (100 models)': 6,
  'gen (incremental, 1 of 500 models edited)': 2,
};

const started = Date.now();
const genBin = join(packageRoot, 'dist/bin/gen.js');
let cliRows: Summary[] = [];
if (runs('cli')) {
  const cli = await benchCli(genBin, { rounds, sizes });
  const baseline = cli.find((row) => row.name.startsWith('baseline'));
  cliRows = cli.map((row) => {
    const target = targets[row.name];
    return {
      ...row,
      ...(baseline ? { ratio: row.median / baseline.median } : {}),
      ...(target === undefined ? {} : { target: { seconds: target, met: row.median < target } }),
    };
  });
  console.log(`\nKiln CLI — ${rounds} round(s), ratios against \`node -e 0\` in the same run\n`);
  console.log(formatTable(cliRows));
}

let runtimeRows: ThroughputSummary[] = [];
if (runs('runtime')) {
  runtimeRows = await benchRuntime(genBin, { rounds, durationSeconds: Number(values.duration) });
  console.log(`\nGenerated app (blog fixture) — autocannon, 50 connections, ${values.duration} s per round, ${rounds} round(s), ratios against no caching\n`);
  console.log(formatThroughputTable(runtimeRows));
}

// A section left out with --only keeps its previous results.
const resultsFile = join(packageRoot, 'bench/results.json');
const previous = (existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {}) as { cli?: Summary[]; runtime?: ThroughputSummary[] };
const results = {
  date: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  rounds,
  cli: runs('cli') ? cliRows : (previous.cli ?? []),
  runtime: runs('runtime') ? runtimeRows : (previous.runtime ?? []),
};
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote bench/results.json (${((Date.now() - started) / 1000).toFixed(0)} s)`);
