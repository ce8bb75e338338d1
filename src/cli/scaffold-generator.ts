import { printSourceFile } from '../ast/project.js';
import { importsOf } from '../ast/structures.js';
import { KilnError } from '../errors.js';
import { diskSource } from '../tree/disk-source.js';
import { Tree, type Change } from '../tree/tree.js';

const namePattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The files of a new project-local generator: a working feature that writes one file, and its test. */
export function scaffoldGenerator(root: string, name: string): Change[] {
  if (!namePattern.test(name)) {
    throw new KilnError('cli/bad-generator-name', `"${name}" is not a valid generator name`, 'use kebab-case, like "audit-log"');
  }
  const tree = new Tree(diskSource(root));
  const dir = `generators/${name}`;
  if (tree.exists(`${dir}/index.ts`)) throw new KilnError('cli/generator-exists', `${dir}/index.ts already exists`, 'choose another name');
  const origin = { generator: 'kiln', kind: 'seed' } as const;
  tree.write(`${dir}/index.ts`, indexFile(name), origin);
  tree.write(`${dir}/index.test.ts`, testFile(name), origin);
  return tree.changes();
}

function indexFile(name: string): string {
  return printSourceFile({
    statements: [
      ...importsOf({ kiln: { names: ['defineGenerator', 'func', 'modelViews', 'printSourceFile'] }, zod: { names: ['z'] } }),
      `/**
        * ${name}: a project-local generator. Enable it with \`gen feature ${name}\`; its options are the
        * "${name}" block under "features" in kiln.json. See "Writing a generator" in Kiln's README.
        */
      export default defineGenerator({
        name: '${name}',
        summary: 'Describe in one line what ${name} adds to the project.',
        kind: 'feature',
        options: z.strictObject({
          exportName: z.string().default('modelNames').describe('Name of the exported function'),
        }),
        generate(tree, options, { spec }) {
          const names = modelViews(spec).map((model) => model.name);
          tree.write(
            'src/features/${name}/${name}.ts',
            printSourceFile({
              statements: [func(options.exportName, [], 'string[]', [\`return \${JSON.stringify(names)};\`], { exported: true })],
            }),
          );
        },
      });`,
    ],
  });
}

function testFile(name: string): string {
  return printSourceFile({
    statements: [
      ...importsOf({ kiln: { names: ['checkConformance', 'runGenerator'] }, vitest: { names: ['describe', 'expect', 'it'] }}),
      `import generator from './index.js';`,
      `const spec = { name: 'demo', models: { Post: { fields: { title: { type: 'string' } } } }, features: { '${name}': {} } };

      describe('${name}', () => {
        it('writes the list of models', async () => {
          const { files } = await runGenerator(generator, spec);
          expect(files['src/features/${name}/${name}.ts']).toContain("return ['Post'];");
        });

        it('passes the conformance suite every generator passes', async () => {
          expect(await checkConformance({ generator, spec })).toEqual([]);
        });
      });`,
    ],
  });
}
