import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarize, timeCommand, type Sample, type Summary } from './measure.js';

/**
 * The CLI benchmarks: cold `gen resource`, full `gen`, `gen check` (fast path and --full) on synthetic specs of
 * 10, 100 and 500 models, and an incremental `gen` after editing one model of the 500-model project. Every run is a
 * fresh process (cold start included), alternating contenders round by round so machine noise spreads evenly.
 */
export async function benchCli(genBin: string, options: { rounds: number; sizes: number[] }): Promise<Summary[]> {
  const gen = (args: string[], cwd: string) => timeCommand('node', [genBin, ...args], cwd, { KILN_NOW: '2024-01-31T12:00:00.000Z' });
  const root = mkdtempSync(join(tmpdir(), 'kiln-bench-'));
  const samples = new Map<string, Sample[]>();
  const record = (name: string, sample: Sample) => samples.set(name, [...(samples.get(name) ?? []), sample]);

  try {
    for (let round = 0; round < options.rounds; round++) {
      record('baseline: node -e 0', await timeCommand('node', ['-e', '0'], root));
      const parent = join(root, `new-${round}`);
      mkdirSync(parent);
      await gen(['new', 'app', '--skip-install'], parent);
      record('gen resource (cold, 1 model)', await gen(['resource', 'Post', 'title:string', 'body:text?', 'published:boolean=false'], join(parent, 'app')));
    }
    for (const size of options.sizes) {
      // Full generation of a large spec is slow by nature (prettier on every file): measured once per size.
      const project = join(root, `synthetic-${size}`);
      writeSyntheticSpec(project, size);
      record(`gen (full, ${size} models)`, await gen([], project));
      for (let round = 0; round < options.rounds; round++) {
        record(`gen check (fast, ${size} models)`, await gen(['check'], project));
        record(`gen check --full (${size} models)`, await gen(['check', '--full'], project));
      }
    }
    const largest = Math.max(...options.sizes);
    for (let round = 0; round < options.rounds; round++) {
      const project = join(root, `synthetic-${largest}`);
      editOneModel(project, round);
      record(`gen (incremental, 1 of ${largest} models edited)`, await gen([], project));
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return [...samples].map(([name, runs]) => summarize(name, runs));
}

export function writeSyntheticSpec(dir: string, models: number): void {
  const spec = {
    name: 'synthetic',
    models: Object.fromEntries(
      Array.from({ length: models }, (_, i) => [
        `Model${i}`,
        {
          fields: {
            title: { type: 'string', max: 200 },
            body: { type: 'text', optional: true },
            count: { type: 'integer', default: 0 },
            active: { type: 'boolean', default: true },
            status: { type: 'enum', values: ['draft', 'live'], default: 'draft' },
          },
        },
      ]),
    ),
  };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'kiln.json'), `${JSON.stringify(spec, null, 2)}\n`);
}

function editOneModel(dir: string, round: number): void {
  const file = join(dir, 'kiln.json');
  const spec = JSON.parse(readFileSync(file, 'utf8')) as { models: Record<string, { fields: Record<string, object> }> };
  spec.models[`Model${round}`]!.fields.subtitle = { type: 'string', optional: true };
  writeFileSync(file, `${JSON.stringify(spec, null, 2)}\n`);
}
