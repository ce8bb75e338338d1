import type { CommandModule } from 'yargs';
import type { Output } from '../report.js';
import type { ExitCodeValue } from '../../errors.js';

export interface ListArgs {
  cwd: string;
  format: 'text' | 'json';
}

/** `gen list`: every generator and feature available to the project, where it comes from, its options. */
export function listCommand(output: Output, done: (code: ExitCodeValue) => void): CommandModule<object, ListArgs> {
  return {
    command: 'list',
    describe: 'List the available generators and features: source, options, and whether each is enabled',
    builder: (yargs) => yargs.option('format', { choices: ['text', 'json'] as const, default: 'text' as const }) as never,
    handler: async (args) => {
      const [{ describeGenerators }, { findProjectRoot }] = await Promise.all([import('../list-generators.js'), import('../project-root.js')]);
      const rows = await describeGenerators(findProjectRoot(args.cwd));
      if (args.format === 'json') output.out(JSON.stringify(rows, null, 2));
      else {
        for (const row of rows) {
          output.out(`${row.name}  (${row.kind}, ${row.enabled ? 'enabled' : 'not enabled'}, ${row.source})`);
          output.out(`  ${row.summary}`);
          for (const option of row.options) output.out(`  --${option.name}${option.default === undefined ? '' : ` (default ${JSON.stringify(option.default)})`}${option.description ? `: ${option.description}` : ''}`);
        }
      }
      done(0);
    },
  };
}
