import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { packageRoot } from '../src/package-root.js';
import { renderTable, summarize, timeCommand, type Sample, type Summary } from './measure.js';

/**
 * `npm run bench -- --peers`: other tools' generators on the input of `gen resource Post title:string body:text?
 * published:boolean=false`, installed on demand into bench/peers/ (pinned in its package.json and lock; not toolkit
 * dependencies). Every run is a fresh process on a fresh copy of a prepared project, contenders alternate round by
 * round, and each row gets a ratio against `node -e 0` and against Kiln's closest command measured in the same rounds.
 * A peer that cannot be installed, prepared or run is reported and left out; the bench goes on.
 */
export interface PeerSummary extends Summary {
  /** What the row measures and how it differs from Kiln's command. */
  note: string;
  /** The Kiln row this one is compared with. */
  kiln?: string;
  /** Median divided by that Kiln row's median, measured in the same run (below 1: faster than Kiln). */
  kilnRatio?: number;
}

const peersDir = join(packageRoot, 'bench/peers');
const modules = join(peersDir, 'node_modules');
const templates = join(peersDir, 'templates');
const fields = 'title:string body:text? published:boolean=false';
const KILN_NOW = '2024-01-31T12:00:00.000Z';
/** Generous: nest's resource takes seconds; a run stuck at a prompt ends here. */
const timeoutSeconds = 120;

const BASELINE = 'baseline: node -e 0';
const KILN_RESOURCE = 'kiln: gen resource Post (cold)';
const KILN_MIGRATION = 'kiln: gen (Post added to kiln.json)';

interface Contender {
  name: string;
  note: string;
  kiln?: string;
  /** Once, untimed: builds the project every round starts from, in `dir`. */
  prepare(dir: string): Promise<void>;
  /** Per round, untimed, on the fresh copy (e.g. link the peers' node_modules). */
  fresh?(dir: string): void;
  command: [string, ...string[]];
  env?: Record<string, string>;
  /** Files (relative to the project) the run must have written, and text each must contain. */
  expects: { file: string; contains?: string }[];
}

/** Installs the pinned peers when bench/peers/node_modules is missing or holds other versions; false on failure. */
export async function installPeers(): Promise<boolean> {
  const wanted = (JSON.parse(readFileSync(join(peersDir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies;
  const installedVersion = (name: string) => {
    const file = join(modules, name, 'package.json');
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : undefined;
  };
  if (Object.entries(wanted).every(([name, version]) => installedVersion(name) === version)) return true;
  console.log('peers: installing the pinned generators into bench/peers/node_modules (npm ci, once)…');
  const result = await execa('npm', ['ci', '--prefix', peersDir, '--no-audit', '--no-fund', '--loglevel=error'], { cwd: peersDir, reject: false, all: true });
  if (result.exitCode !== 0) {
    console.log(`peers: installation failed (npm ci exit ${result.exitCode}); peers skipped:\n${String(result.all).slice(-1500)}`);
    return false;
  }
  return true;
}

const bin = (name: string, path: string) => join(modules, name, path);

function contenders(genBin: string): Contender[] {
  const kilnProject = async (dir: string) => {
    const parent = mkdtempSync(join(tmpdir(), 'kiln-peers-new-'));
    try {
      await execa('node', [genBin, 'new', 'app', '--skip-install'], { cwd: parent });
      cpSync(join(parent, 'app'), dir, { recursive: true });
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  };
  const routesRegistered = { file: 'src/app.ts', contains: 'createPostRoutes' };
  return [
    { name: BASELINE, note: 'Node start-up', prepare: async (dir) => mkdirSync(dir), command: ['node', '-e', '0'], expects: [] },
    {
      name: KILN_RESOURCE,
      note: 'the resource (table type, migration, schemas, repository, routes, test, OpenAPI, registration), prettier-formatted',
      prepare: kilnProject,
      command: ['node', genBin, 'resource', 'Post', ...fields.split(' ')],
      env: { KILN_NOW },
      expects: [{ file: 'src/resources/post/post.routes.ts' }, routesRegistered],
    },
    {
      name: KILN_MIGRATION,
      note: 'the migration (and the rest of the resource) after the model is added to kiln.json by hand',
      prepare: async (dir) => {
        await kilnProject(dir);
        const spec = JSON.parse(readFileSync(join(dir, 'kiln.json'), 'utf8')) as { models: Record<string, unknown> };
        spec.models.Post = { fields: { title: { type: 'string' }, body: { type: 'text', optional: true }, published: { type: 'boolean', default: false } } };
        writeFileSync(join(dir, 'kiln.json'), `${JSON.stringify(spec, null, 2)}\n`);
      },
      command: ['node', genBin],
      env: { KILN_NOW },
      expects: [{ file: 'src/db/migrations/20240131120000_create_posts.ts' }],
    },
    {
      name: 'nest g resource posts',
      note: 'REST CRUD skeleton (module, controller, service, DTOs, entity, 2 specs; no fields), app.module.ts edited through the TypeScript AST; no formatting',
      kiln: KILN_RESOURCE,
      prepare: async (dir) => {
        const parent = mkdtempSync(join(tmpdir(), 'kiln-peers-nest-'));
        try {
          await execa('node', [bin('@nestjs/cli', 'bin/nest.js'), 'new', 'app', '--skip-install', '--skip-git', '--package-manager', 'npm'], { cwd: parent, stdin: 'ignore' });
          cpSync(join(parent, 'app'), dir, { recursive: true });
        } finally {
          rmSync(parent, { recursive: true, force: true });
        }
        // As in any project past its first resource: otherwise the schematic adds it and runs `npm install`.
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
        pkg.dependencies['@nestjs/mapped-types'] = '*';
        writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
      },
      command: ['node', bin('@nestjs/cli', 'bin/nest.js'), 'generate', 'resource', 'posts', '--type', 'rest', '--crud'],
      expects: [{ file: 'src/posts/posts.controller.ts' }, { file: 'src/app.module.ts', contains: 'PostsModule' }],
    },
    {
      name: 'hygen resource new Post',
      note: 'EJS templates: the same 6 files as plop, 2 lines injected into src/app.ts; no formatting, no AST, no OpenAPI or lock',
      kiln: KILN_RESOURCE,
      prepare: kilnProject,
      command: ['node', bin('hygen', 'dist/bin.js'), 'resource', 'new', '--name', 'Post', '--fields', fields],
      env: { HYGEN_TMPLS: join(templates, 'hygen') },
      expects: [{ file: 'src/resources/post/post.routes.ts' }, routesRegistered],
    },
    {
      name: 'plop resource Post',
      note: 'handlebars templates: the same 6 files as hygen, 2 regex edits of src/app.ts; no formatting, no AST, no OpenAPI or lock',
      kiln: KILN_RESOURCE,
      prepare: kilnProject,
      command: ['node', bin('plop', 'bin/plop.js'), '--plopfile', join(templates, 'plop/plopfile.cjs'), '--dest', '.', 'resource', 'Post', fields],
      expects: [{ file: 'src/resources/post/post.routes.ts' }, routesRegistered],
    },
    {
      name: 'drizzle-kit generate',
      note: 'one SQL migration (+ snapshot, journal) from a schema.ts holding the posts table; no application code',
      kiln: KILN_MIGRATION,
      prepare: async (dir) => cpSync(join(templates, 'drizzle'), dir, { recursive: true }),
      fresh: (dir) => symlinkSync(modules, join(dir, 'node_modules'), 'dir'),
      command: ['node', bin('drizzle-kit', 'bin.cjs'), 'generate', '--name', 'create_posts'],
      expects: [{ file: 'drizzle/0000_create_posts.sql', contains: 'CREATE TABLE `posts`' }],
    },
  ];
}

function checkOutput(dir: string, expects: Contender['expects']): void {
  for (const { file, contains } of expects) {
    const path = join(dir, file);
    if (!existsSync(path)) throw new Error(`${file} was not written`);
    if (contains !== undefined && !readFileSync(path, 'utf8').includes(contains)) throw new Error(`${file} does not contain ${contains}`);
  }
}

const headOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).trim().split('\n').slice(0, 10).join('\n    ');

/** The rows of every contender that ran; undefined when the peers could not be installed. */
export async function benchPeers(genBin: string, options: { rounds: number }): Promise<PeerSummary[] | undefined> {
  if (!(await installPeers())) return undefined;
  const root = mkdtempSync(join(tmpdir(), 'kiln-bench-peers-'));
  const samples = new Map<string, Sample[]>();
  const ready: Contender[] = [];
  try {
    for (const contender of contenders(genBin)) {
      const template = join(root, `template-${ready.length}`);
      try {
        await contender.prepare(template);
        ready.push(contender);
      } catch (error) {
        rmSync(template, { recursive: true, force: true });
        console.log(`peers: could not prepare "${contender.name}", skipped:\n    ${headOf(error)}`);
      }
    }
    const failed = new Set<string>();
    for (let round = 0; round < options.rounds; round++) {
      for (const [index, contender] of ready.entries()) {
        if (failed.has(contender.name)) continue;
        const dir = join(root, `run-${index}-${round}`);
        cpSync(join(root, `template-${index}`), dir, { recursive: true });
        contender.fresh?.(dir);
        try {
          const [command, ...args] = contender.command;
          const sample = await timeCommand(command, args, dir, contender.env, { timeoutSeconds });
          checkOutput(dir, contender.expects);
          samples.set(contender.name, [...(samples.get(contender.name) ?? []), sample]);
        } catch (error) {
          failed.add(contender.name);
          samples.delete(contender.name);
          console.log(`peers: "${contender.name}" failed in round ${round + 1}, skipped:\n    ${headOf(error)}`);
        }
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const summaries = new Map([...samples].map(([name, runs]) => [name, summarize(name, runs)]));
  const baseline = summaries.get(BASELINE);
  return ready.flatMap((contender): PeerSummary[] => {
    const row = summaries.get(contender.name);
    if (!row) return [];
    const kiln = contender.kiln === undefined ? undefined : summaries.get(contender.kiln);
    return [
      {
        ...row,
        note: contender.note,
        ...(baseline ? { ratio: row.median / baseline.median } : {}),
        ...(contender.kiln === undefined ? {} : { kiln: contender.kiln }),
        ...(kiln ? { kilnRatio: row.median / kiln.median } : {}),
      },
    ];
  });
}

export function formatPeersTable(rows: PeerSummary[]): string {
  const header = ['benchmark', 'median s', 'min–max s', '× node -e 0', '× Kiln', 'against', 'peak MiB'];
  const lines = rows.map((row) => [
    row.name,
    row.median.toFixed(2),
    `${row.min.toFixed(2)}–${row.max.toFixed(2)}`,
    row.ratio === undefined ? '' : `${row.ratio.toFixed(1)}×`,
    row.kilnRatio === undefined ? '' : `${row.kilnRatio.toFixed(2)}×`,
    row.kiln === undefined ? '' : row.kiln.replace(/^kiln: /, ''),
    String(row.peakMiB),
  ]);
  return renderTable(header, lines);
}
