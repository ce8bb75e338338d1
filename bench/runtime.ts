import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import SQLite from 'better-sqlite3';
import { build } from 'esbuild';
import { execa, type ResultPromise } from 'execa';
import { packageRoot } from '../src/package-root.js';
import { answersPing } from '../test/helpers/redis-ping.js';
import { waitFor } from '../test/helpers/wait.js';
import { median, renderTable } from './measure.js';

/**
 * The generated app at run time, against a hand-written hono + kysely + zod reference and a raw node:http server
 * (the ceiling), on the same SQLite database of 1,000 seeded posts: GET /posts/:id, GET /posts?limit=20 and POST
 * /posts. autocannon (50 connections, loopback) runs in a process of its own, so load generation does not share
 * the server's event loop; contenders alternate round by round so machine noise spreads evenly; every
 * measurement starts a fresh server and warms it up first. Also: resident memory idle and under load, and the
 * generated app's start-up (process start to first answered request).
 */
export interface ThroughputSample {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  idleRssMiB: number;
  loadedRssMiB: number;
}

export interface ThroughputSummary {
  name: string;
  route: string;
  contender: string;
  /** Median over rounds, with the spread. */
  requestsPerSecond: { median: number; min: number; max: number };
  p50Ms: number;
  p99Ms: number;
  idleRssMiB: number;
  loadedRssMiB: number;
  rounds: number;
  /** Median req/s divided by the hand-written reference's on the same route, measured in the same run. */
  ratio?: number;
  /** p99 divided by the reference's p99 on the same route. */
  p99Ratio?: number;
}

export interface StartupSummary {
  name: string;
  milliseconds: { median: number; min: number; max: number };
}

interface Contender {
  name: string;
  /** Starts the server on `port` with the database at `database`. */
  start(port: number, database: string): ResultPromise;
}

interface Route {
  name: string;
  path(id: string): string;
  post?: string;
}

const connections = 50;
const warmupSeconds = 1;
const seededPosts = 1_000;
const authorId = '0190a6c4-5b8e-7000-8000-000000000001';

const routes: Route[] = [
  { name: 'GET /posts/:id', path: (id) => `/posts/${id}` },
  { name: 'GET /posts?limit=20', path: () => '/posts?limit=20' },
  { name: 'POST /posts', path: () => '/posts', post: JSON.stringify({ title: 'Benchmark', body: 'Written under load.', authorId }) },
];

export async function benchRuntime(genBin: string, options: { rounds: number; durationSeconds: number }): Promise<{ throughput: ThroughputSummary[]; startup: StartupSummary[] }> {
  const root = mkdtempSync(join(tmpdir(), 'kiln-bench-runtime-'));
  try {
    const plain = await prepareProject(genBin, join(root, 'plain'), {});
    const cached = await prepareProject(genBin, join(root, 'cached'), { caching: {} });
    const seeded = join(root, 'seeded.sqlite');
    copyFileSync(join(plain, 'data/bench.sqlite'), seeded);
    const id = seed(seeded);
    const redisUrl = await answersPing(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    if (!redisUrl) console.warn('no Redis answers at REDIS_URL or 127.0.0.1:6379: caching in Redis is not measured');
    const app = generated('generated', plain, {});
    const contenders: Contender[] = [
      await script('raw node:http (ceiling)', 'bench/reference/raw-server.ts'),
      await script('hand-written hono (reference)', 'bench/reference/reference-app.ts'),
      app,
      generated('generated + caching (memory)', cached, {}),
      ...(redisUrl ? [generated('generated + caching (Redis)', cached, { REDIS_URL: redisUrl })] : []),
    ];
    const samples = new Map<string, ThroughputSample[]>();
    const startups = { generated: [] as number[], reference: [] as number[] };
    const reference = contenders[1]!;
    let port = 40_000 + Math.floor(Math.random() * 10_000);
    for (let round = 0; round < options.rounds; round++) {
      startups.generated.push(await measureStartup(app, port++, copyOf(seeded, root, `startup-${round}`)));
      startups.reference.push(await measureStartup(reference, port++, copyOf(seeded, root, `startup-reference-${round}`)));
      for (const route of routes) {
        for (const contender of contenders) {
          const key = `${route.name}\0${contender.name}`;
          const database = copyOf(seeded, root, `${round}-${contenders.indexOf(contender)}`);
          const sample = await measure(contender, route, port++, database, id, options.durationSeconds);
          samples.set(key, [...(samples.get(key) ?? []), sample]);
        }
      }
    }
    const throughput = routes.flatMap((route) => {
      const rows = contenders.map((contender) => summarize(route.name, contender.name, samples.get(`${route.name}\0${contender.name}`) ?? []));
      const reference = rows.find((row) => row.contender.includes('reference'));
      return rows.map((row) =>
        reference ? { ...row, ratio: row.requestsPerSecond.median / reference.requestsPerSecond.median, p99Ratio: row.p99Ms / reference.p99Ms } : row,
      );
    });
    return {
      throughput,
      startup: [
        { name: 'generated app: process start → first answered request', milliseconds: spread(startups.generated) },
        { name: 'hand-written reference: process start → first answered request', milliseconds: spread(startups.reference) },
      ],
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * A hand-written server, built the way the generated app is (`npm run build` bundles hono, kysely and zod into one
 * file; better-sqlite3 stays in node_modules) and run with plain node, so start-up and memory compare like for like.
 */
async function script(name: string, file: string): Promise<Contender> {
  // Inside the toolkit, so the bundle's one external import (better-sqlite3) resolves from its node_modules.
  const outfile = join(packageRoot, 'bench/reference/dist', `${basename(file, '.ts')}.js`);
  await build({
    entryPoints: [join(packageRoot, file)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    minifySyntax: true,
    minifyWhitespace: true,
    logLevel: 'warning',
  });
  return {
    name,
    start: (port, database) => execa('node', [outfile], { cwd: packageRoot, env: { PORT: String(port), DATABASE_URL: database }, reject: false }),
  };
}

const generated = (name: string, project: string, env: Record<string, string>): Contender => ({
  name,
  start: (port, database) =>
    execa('node', ['dist/main.js'], {
      cwd: project,
      env: { ...env, PORT: String(port), DATABASE_URL: database, LOG_LEVEL: 'warn', NODE_ENV: 'production' },
      reject: false,
    }),
});

/** The blog fixture with `features`, generated, migrated and built (`npm run build`, as users do), on the toolkit's node_modules. */
async function prepareProject(genBin: string, dir: string, features: object): Promise<string> {
  const spec = JSON.parse(readFileSync(join(packageRoot, 'fixtures/specs/blog.json'), 'utf8')) as object;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'kiln.json'), `${JSON.stringify({ ...spec, name: 'kiln-bench', features }, null, 2)}\n`);
  await execa('node', [genBin], { cwd: dir, env: { KILN_NOW: '2024-01-31T12:00:00.000Z' } });
  symlinkSync(join(packageRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  await execa('node_modules/.bin/tsx', ['src/db/migrate.ts'], { cwd: dir, env: { DATABASE_URL: 'data/bench.sqlite' } });
  await execa('npm', ['run', 'build'], { cwd: dir });
  return dir;
}

/** One author and 1,000 posts by them, inserted directly; returns the id of a post in the middle. */
function seed(file: string): string {
  const db = new SQLite(file);
  const created = new Date(Date.UTC(2024, 0, 1)).toISOString();
  db.prepare('insert into authors (id, name, email, created_at, updated_at) values (?, ?, ?, ?, ?)').run(authorId, 'Bench Author', 'bench@example.com', created, created);
  const insert = db.prepare('insert into posts (id, title, body, published, status, author_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)');
  const ids: string[] = [];
  db.transaction(() => {
    for (let i = 0; i < seededPosts; i++) {
      const id = `0190a6c4-5b8e-7000-8000-${String(i).padStart(12, '0')}`;
      const now = new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString();
      insert.run(id, `Post ${i}`, `Body of post ${i}`, i % 2, 'published', authorId, now, now);
      ids.push(id);
    }
  })();
  db.close();
  return ids[seededPosts / 2]!;
}

function copyOf(file: string, root: string, name: string): string {
  const copy = join(root, `${name}.sqlite`);
  copyFileSync(file, copy);
  return copy;
}

/** One fresh server: a warm-up, then `durationSeconds` of load; memory read before and after. */
async function measure(contender: Contender, route: Route, port: number, database: string, id: string, durationSeconds: number): Promise<ThroughputSample> {
  const server = contender.start(port, database);
  try {
    const url = `http://127.0.0.1:${port}${route.path(id)}`;
    await waitFor(() => fetch(`http://127.0.0.1:${port}/health`).then((response) => response.ok || Promise.reject(new Error(String(response.status)))));
    const idleRssMiB = rssMiB(server.pid);
    await autocannon(url, warmupSeconds, route.post);
    const result = await autocannon(url, durationSeconds, route.post);
    return { ...result, idleRssMiB, loadedRssMiB: rssMiB(server.pid) };
  } finally {
    server.kill('SIGTERM');
    await server;
  }
}

async function measureStartup(contender: Contender, port: number, database: string): Promise<number> {
  const started = performance.now();
  const server = contender.start(port, database);
  try {
    for (;;) {
      if (server.exitCode !== null) throw new Error(`${contender.name} exited before answering:\n${String((await server).stderr)}`);
      const ok = await fetch(`http://127.0.0.1:${port}/health`).then((response) => response.ok, () => false);
      if (ok) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    server.kill('SIGTERM');
    await server;
  }
}

function rssMiB(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

async function autocannon(url: string, seconds: number, body?: string): Promise<Pick<ThroughputSample, 'requestsPerSecond' | 'p50Ms' | 'p99Ms'>> {
  const bin = join(packageRoot, 'node_modules/autocannon/autocannon.js');
  const post = body ? ['-m', 'POST', '-H', 'content-type=application/json', '-b', body] : [];
  const { stdout } = await execa('node', [bin, '-c', String(connections), '-d', String(seconds), '-j', ...post, url]);
  const result = JSON.parse(stdout) as { duration: number; requests: { total: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number };
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  return { requestsPerSecond: result.requests.total / result.duration, p50Ms: result.latency.p50, p99Ms: result.latency.p99 };
}

const spread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: median(sorted), min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0 };
};

function summarize(route: string, contender: string, samples: ThroughputSample[]): ThroughputSummary {
  const of = (pick: (sample: ThroughputSample) => number) => median(samples.map(pick).sort((a, b) => a - b));
  return {
    name: `${route}, ${contender}`,
    route,
    contender,
    requestsPerSecond: spread(samples.map((sample) => sample.requestsPerSecond)),
    p50Ms: of((sample) => sample.p50Ms),
    p99Ms: of((sample) => sample.p99Ms),
    idleRssMiB: of((sample) => sample.idleRssMiB),
    loadedRssMiB: of((sample) => sample.loadedRssMiB),
    rounds: samples.length,
  };
}

export function formatThroughputTable(rows: ThroughputSummary[]): string {
  const header = ['route', 'contender', 'req/s median', 'min–max', 'p50 ms', 'p99 ms', 'vs reference', 'p99 vs ref', 'RSS idle/loaded MiB'];
  const lines = rows.map((row) => [
    row.route,
    row.contender,
    row.requestsPerSecond.median.toFixed(0),
    `${row.requestsPerSecond.min.toFixed(0)}–${row.requestsPerSecond.max.toFixed(0)}`,
    row.p50Ms.toFixed(0),
    row.p99Ms.toFixed(0),
    row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}×`,
    row.p99Ratio === undefined ? '' : `${row.p99Ratio.toFixed(2)}×`,
    `${row.idleRssMiB}/${row.loadedRssMiB}`,
  ]);
  return renderTable(header, lines);
}
