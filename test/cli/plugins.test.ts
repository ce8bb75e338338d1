import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { gen, linkNodeModulesShallow, tempDir, treeHash } from '../helpers/cli.js';

/** Generators from outside the toolkit: project-local, packaged, and what happens when one misbehaves. */
let project: string;
const write = (path: string, text: string) => {
  mkdirSync(join(project, path, '..'), { recursive: true });
  writeFileSync(join(project, path), text);
};
const read = (path: string) => readFileSync(join(project, path), 'utf8');

const localGenerator = (name: string, body: string, options = 'z.strictObject({ greeting: z.string().default("hello") })') => `
import { defineGenerator } from 'kiln';
import { z } from 'zod';
export default defineGenerator({
  name: '${name}',
  summary: 'A test generator that lives in the project.',
  kind: 'feature',
  options: ${options},
  generate(tree, options) { ${body} },
});
`;

beforeEach(async () => {
  const parent = tempDir('kiln-plugins-');
  expect((await gen(parent, ['new', 'demo', '--skip-install'])).code).toBe(0);
  project = join(parent, 'demo');
  // Plugins import zod (and 'kiln', which resolves to the running toolkit) from the project's node_modules.
  linkNodeModulesShallow(project);
});

describe('project-local generators', () => {
  it('are discovered, listed with their source and options, and run when enabled', async () => {
    write('generators/greeter/index.ts', localGenerator('greeter', "tree.write('src/features/greeter/greeting.ts', `export const greeting = '${options.greeting}';\\n`);"));
    const list = await gen(project, ['list', '--format', 'json']);
    const greeter = (JSON.parse(list.stdout) as { name: string; source: string; enabled: boolean; options: { name: string; default: unknown }[] }[]).find((row) => row.name === 'greeter');
    expect(greeter).toMatchObject({ source: 'project generators/greeter', enabled: false, options: [{ name: 'greeting', default: 'hello' }] });
    expect((await gen(project, ['feature', 'greeter'])).code).toBe(0);
    expect(read('src/features/greeter/greeting.ts')).toBe("export const greeting = 'hello';\n");
    expect((await gen(project, ['check'])).code).toBe(0);
    expect((await gen(project, ['feature', 'remove', 'greeter'])).code).toBe(0);
    expect(existsSync(join(project, 'src/features/greeter/greeting.ts'))).toBe(false);
  });

  it('override a built-in generator of the same name', async () => {
    write('generators/tables/index.ts', localGenerator('tables', "tree.write('src/db/tables.ts', 'export interface Database {}\\n');").replace("kind: 'feature'", "kind: 'core'"));
    const list = await gen(project, ['list', '--format', 'json']);
    expect((JSON.parse(list.stdout) as { name: string; source: string }[]).find((row) => row.name === 'tables')?.source).toBe('project generators/tables');
    expect((await gen(project, [])).code).toBe(0);
    expect(read('src/db/tables.ts')).toBe('export interface Database {}\n');
  });

  it('gen generator scaffolds one that works', async () => {
    expect((await gen(project, ['generator', 'model-list'])).code).toBe(0);
    expect((await gen(project, ['feature', 'model-list'])).code).toBe(0);
    expect(read('src/features/model-list/model-list.ts')).toContain('export function modelNames(): string[]');
  });
});

describe('packaged generators', () => {
  it('are found in node_modules as kiln-generator-*', async () => {
    write('node_modules/kiln-generator-hello/package.json', JSON.stringify({ name: 'kiln-generator-hello', version: '1.2.3', type: 'module', main: 'index.js' }));
    write(
      'node_modules/kiln-generator-hello/index.js',
      `import { z } from 'zod';\nexport default { name: 'hello', summary: 'Says hello from a package.', kind: 'feature', options: z.strictObject({}), generate(tree) { tree.write('src/features/hello.ts', "export const hello = 'package';\\n"); } };\n`,
    );
    const list = await gen(project, ['list']);
    expect(list.stdout).toContain('hello  (feature, not enabled, package kiln-generator-hello@1.2.3)');
    expect((await gen(project, ['feature', 'hello'])).code).toBe(0);
    expect(read('src/features/hello.ts')).toContain("'package'");
  });
});

describe('blueprint overrides', () => {
  it('gen eject copies a generator’s blueprints; an edited copy changes exactly that output', async () => {
    const ejected = await gen(project, ['eject', 'project']);
    expect(ejected.stdout).toContain('copy  blueprints/project/README.md.hbs');
    expect((await gen(project, ['check'])).code).toBe(0);
    write('blueprints/project/README.md.hbs', read('blueprints/project/README.md.hbs').replace('## Run it', '## Running it'));
    const result = await gen(project, []);
    expect(result.stdout.split('\n').filter((line) => /^\s+(create|update|delete)\s/.test(line)).map((line) => line.trim())).toEqual(['update  README.md', 'update  kiln.lock.json']);
    expect(read('README.md')).toContain('## Running it');
    expect((await gen(project, ['check'])).code).toBe(0);
  });
});

describe('a plugin that misbehaves gets an error naming it, and nothing is written', () => {
  const rejects = async (plugin: string, message: RegExp) => {
    write('generators/bad/index.ts', plugin);
    const before = treeHash(project);
    const result = await gen(project, ['feature', 'bad']);
    expect(result.stderr).toMatch(message);
    expect(result.code).not.toBe(0);
    expect(treeHash(project)).toBe(before);
  };

  it('invalid options', async () => {
    write('kiln.json', read('kiln.json').replace('"models": {}', '"models": {},\n  "features": { "bad": { "greeting": 42 } }'));
    await rejects(localGenerator('bad', "tree.write('x.ts', '');"), /features\.bad\.greeting: .*expected string/i);
  });
  it('a missing generate', async () => {
    await rejects(localGenerator('bad', '').replace('generate(tree, options) {  },', ''), /generators\/bad does not default-export a generator \(missing: generate\)/);
  });
  it('a write outside the project root', async () => {
    await rejects(localGenerator('bad', "tree.write('../escape.ts', 'x');"), /generator "bad": refusing to write "\.\.\/escape\.ts": the path leaves the project root/);
  });
});
