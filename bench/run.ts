/**
 * `npm run bench`: measures the toolkit (CLI timings) and the generated app (GET-by-id throughput with and without
 * caching) and prints tables of medians with min–max and ratios against a baseline measured in the same run.
 * Results go to bench/results.json. Never a timed unit test: this machine is shared and noisy, so only ratios
 * within one run are meaningful.
 *
 * Options: --rounds N (default 3), --sizes 10,100,500, --duration S (seconds of load per runtime measurement,
 * default 5), --only cli|runtime|peers, --peers (also time other tools' generators, installed on demand into
 * bench/peers/; --only peers runs just those, with Kiln's equivalent commands and the baseline)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from '../src/package-root.js';
import { benchCli } from './cli.js';
import { formatTable, type Summary } from './measure.js';
import { peersSection, resultsChart, throughputSection } from './chart.js';
import { benchPeers, formatPeersTable, type PeerSummary } from './peers.js';
import { benchRuntime, formatThroughputTable, type StartupSummary, type ThroughputSummary } from './runtime.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '10,100,500' },
    duration: { type: 'string', default: '5' },
    only: { type: 'string' },
    peers: { type: 'boolean', default: false },
  },
});
const rounds = Number(values.rounds);
const sizes = values.sizes.split(',').map(Number);
const runs = (section: 'cli' | 'runtime' | 'peers') =>
  section === 'peers' ? values.peers || values.only === 'peers' : values.only === undefined || values.only === section;

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

/** The performance issue's targets for the generated app, against the hand-written reference of the same run. */
function runtimeTargets(rows: ThroughputSummary[], startup: StartupSummary[]): string[] {
  const app = (route: string) => rows.find((row) => row.route === route && row.contender === 'generated');
  const lines: string[] = [];
  for (const route of ['GET /posts/:id', 'GET /posts?limit=20']) {
    const row = app(route);
    if (!row?.ratio || !row.p99Ratio) continue;
    lines.push(`${route}: ${row.ratio.toFixed(2)}× the reference's req/s (target ≥ 0.90×) ${row.ratio >= 0.9 ? 'met' : 'MISSED'}`);
    lines.push(`${route}: p99 ${row.p99Ratio.toFixed(2)}× the reference's (target ≤ 1.20×) ${row.p99Ratio <= 1.2 ? 'met' : 'MISSED'}`);
  }
  const idleOf = (contender: string) => Math.max(...rows.filter((row) => row.contender === contender).map((row) => row.idleRssMiB));
  const idle = idleOf('generated');
  // The floor matters here: Node itself with http and better-sqlite3 loaded is most of it.
  const context = `raw node:http ${idleOf('raw node:http (ceiling)')} MiB, hand-written reference ${idleOf('hand-written hono (reference)')} MiB`;
  lines.push(`idle RSS ${idle} MiB (target < 50 MiB; ${context}) ${idle < 50 ? 'met' : 'MISSED'}`);
  const start = startup[0]?.milliseconds.median;
  if (start !== undefined) lines.push(`start-up ${start.toFixed(0)} ms (target < 300 ms) ${start < 300 ? 'met' : 'MISSED'}`);
  return lines;
}

let runtimeRows: ThroughputSummary[] = [];
let startupRows: StartupSummary[] = [];
if (runs('runtime')) {
  ({ throughput: runtimeRows, startup: startupRows } = await benchRuntime(genBin, { rounds, durationSeconds: Number(values.duration) }));
  console.log(`\nGenerated app (blog fixture, SQLite, 1,000 posts) — autocannon, 50 connections, ${values.duration} s per round, ${rounds} round(s), ratios against the hand-written reference\n`);
  console.log(formatThroughputTable(runtimeRows));
  for (const row of startupRows) console.log(`\n${row.name}: ${row.milliseconds.median.toFixed(0)} ms (${row.milliseconds.min.toFixed(0)}–${row.milliseconds.max.toFixed(0)})`);
  console.log(`\n${runtimeTargets(runtimeRows, startupRows).join('\n')}`);
}

// undefined when not run or not installed: results.json keeps the previous rows.
let peerRows: PeerSummary[] | undefined;
if (runs('peers')) {
  peerRows = await benchPeers(genBin, { rounds });
  if (peerRows) {
    console.log(`\nOther generators on the same Post resource — ${rounds} round(s), ratios against \`node -e 0\` and against Kiln's equivalent command in the same run\n`);
    console.log(formatPeersTable(peerRows));
  }
} else {
  console.log('\npeers skipped: add --peers to time nest g resource, hygen, plop and drizzle-kit generate against Kiln (installed on demand into bench/peers/)');
}

// A section left out with --only keeps its previous results.
const resultsFile = join(packageRoot, 'bench/results.json');
const previous = (existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {}) as {
  cli?: Summary[];
  runtime?: ThroughputSummary[];
  startup?: StartupSummary[];
  peers?: PeerSummary[];
};
const results = {
  date: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  rounds,
  cli: runs('cli') ? cliRows : (previous.cli ?? []),
  runtime: runs('runtime') ? runtimeRows : (previous.runtime ?? []),
  startup: runs('runtime') ? startupRows : (previous.startup ?? []),
  peers: peerRows ?? previous.peers ?? [],
};
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
if (runs('runtime') || runs('peers')) {
  writeFileSync(join(packageRoot, 'bench/results.svg'), resultsChart([throughputSection(results.runtime), peersSection(results.peers)]));
}
console.log(`\nwrote bench/results.json${runs('runtime') || runs('peers') ? ' and bench/results.svg' : ''} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
