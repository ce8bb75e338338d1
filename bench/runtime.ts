import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { packageRoot } from '../src/package-root.js';
import { answersPing } from '../test/helpers/redis-ping.js';
import { waitFor } from '../test/helpers/wait.js';
import { median, renderTable } from './measure.js';

/**
 * The generated app at run time: GET /posts/:id of the blog fixture, without caching and with it (in-memory LRU,
 * and Redis when one answers), measured in the same run. autocannon (50 connections, loopback) runs in a process
 * of its own, so load generation does not share the server's event loop; contenders alternate round by round so
 * machine noise spreads evenly. Each measurement starts a fresh server and warms it up first.
 */
export interface ThroughputSample {
  requestsPerSecond: number;
  p99Ms: number;
}

export interface ThroughputSummary {
  name: string;
  /** Median over rounds, with the spread. */
  requestsPerSecond: { median: number; min: number; max: number };
  p99Ms: number;
  rounds: number;
  /** Median req/s divided by the uncached app's, measured in the same run. */
  ratio?: number;
}

interface Contender {
  name: string;
  project: string;
  env: Record<string, string>;
}

const connections = 50;
const warmupSeconds = 2;

export async function benchRuntime(genBin: string, options: { rounds: number; durationSeconds: number }): Promise<ThroughputSummary[]> {
  const root = mkdtempSync(join(tmpdir(), 'kiln-bench-runtime-'));
  try {
    const plain = await prepareProject(genBin, join(root, 'plain'), {});
    const cached = await prepareProject(genBin, join(root, 'cached'), { caching: {} });
    const redisUrl = await answersPing(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    const contenders: Contender[] = [
      { name: 'GET /posts/:id, no caching', project: plain, env: {} },
      { name: 'GET /posts/:id, caching in memory', project: cached, env: {} },
      ...(redisUrl ? [{ name: 'GET /posts/:id, caching in Redis', project: cached, env: { REDIS_URL: redisUrl } }] : []),
    ];
    if (!redisUrl) console.warn('no Redis answers at REDIS_URL or 127.0.0.1:6379: caching in Redis is not measured');
    const samples = new Map<string, ThroughputSample[]>();
    let port = 40_000 + Math.floor(Math.random() * 10_000);
    for (let round = 0; round < options.rounds; round++) {
      for (const contender of contenders) {
        const sample = await measure(contender, port++, options.durationSeconds);
        samples.set(contender.name, [...(samples.get(contender.name) ?? []), sample]);
      }
    }
    const summaries = contenders.map((contender) => summarizeThroughput(contender.name, samples.get(contender.name) ?? []));
    const baseline = summaries[0]?.requestsPerSecond.median;
    return summaries.map((summary) => (baseline ? { ...summary, ratio: summary.requestsPerSecond.median / baseline } : summary));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The blog fixture with `features`, generated, migrated and built, on the toolkit's node_modules. */
async function prepareProject(genBin: string, dir: string, features: object): Promise<string> {
  const spec = JSON.parse(readFileSync(join(packageRoot, 'fixtures/specs/blog.json'), 'utf8')) as object;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'kiln.json'), `${JSON.stringify({ ...spec, name: 'kiln-bench', features }, null, 2)}\n`);
  await execa('node', [genBin], { cwd: dir, env: { KILN_NOW: '2024-01-31T12:00:00.000Z' } });
  symlinkSync(join(packageRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  await execa('node_modules/.bin/tsx', ['src/db/migrate.ts'], { cwd: dir, env: { DATABASE_URL: 'data/bench.sqlite' } });
  await execa('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json'], { cwd: dir });
  return dir;
}

/** One fresh server: a post to read, a warm-up, then `durationSeconds` of load. */
async function measure(contender: Contender, port: number, durationSeconds: number): Promise<ThroughputSample> {
  const env = { ...contender.env, PORT: String(port), DATABASE_URL: 'data/bench.sqlite', LOG_LEVEL: 'silent', NODE_ENV: 'production' };
  const server = execa('node', ['dist/main.js'], { cwd: contender.project, env, reject: false });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitFor(() => fetch(`${base}/health`));
    const created = await fetch(`${base}/posts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Benchmark', body: 'A post read over and over.', authorId: '0190a6c4-5b8e-7000-8000-000000000001' }),
    });
    const { data } = (await created.json()) as { data: { id: string } };
    const target = `${base}/posts/${data.id}`;
    await autocannon(target, warmupSeconds);
    return await autocannon(target, durationSeconds);
  } finally {
    server.kill('SIGTERM');
    await server;
  }
}

async function autocannon(url: string, seconds: number): Promise<ThroughputSample> {
  const bin = join(packageRoot, 'node_modules/autocannon/autocannon.js');
  const { stdout } = await execa('node', [bin, '-c', String(connections), '-d', String(seconds), '-j', url]);
  const result = JSON.parse(stdout) as { duration: number; requests: { total: number }; latency: { p99: number }; non2xx: number; errors: number };
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  return { requestsPerSecond: result.requests.total / result.duration, p99Ms: result.latency.p99 };
}

function summarizeThroughput(name: string, samples: ThroughputSample[]): ThroughputSummary {
  const rates = samples.map((sample) => sample.requestsPerSecond).sort((a, b) => a - b);
  const p99s = samples.map((sample) => sample.p99Ms).sort((a, b) => a - b);
  return {
    name,
    requestsPerSecond: { median: median(rates), min: rates[0] ?? 0, max: rates.at(-1) ?? 0 },
    p99Ms: median(p99s),
    rounds: samples.length,
  };
}

export function formatThroughputTable(rows: ThroughputSummary[]): string {
  const header = ['benchmark', 'req/s median', 'min–max', 'p99 ms', 'ratio'];
  const lines = rows.map((row) => [
    row.name,
    row.requestsPerSecond.median.toFixed(0),
    `${row.requestsPerSecond.min.toFixed(0)}–${row.requestsPerSecond.max.toFixed(0)}`,
    row.p99Ms.toFixed(0),
    row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}×`,
  ]);
  return renderTable(header, lines);
}
