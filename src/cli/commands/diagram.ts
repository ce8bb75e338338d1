import type { CommandModule } from 'yargs';
import type { ExitCodeValue } from '../../errors.js';
import type { Output } from '../report.js';

export interface DiagramArgs {
  cwd: string;
}

/** `gen diagram`: prints the Mermaid ER diagram of kiln.json's models and relations (the one in the README). */
export function diagramCommand(output: Output, done: (code: ExitCodeValue) => void): CommandModule<object, DiagramArgs> {
  return {
    command: 'diagram',
    describe: 'Print a Mermaid ER diagram of the models and their relations',
    handler: async (args) => {
      const [{ erDiagram }, { parseSpec, readSpecText }, { findProjectRoot }] = await Promise.all([
        import('../../spec/diagram.js'),
        import('../../spec/load.js'),
        import('../project-root.js'),
      ]);
      output.out(erDiagram(parseSpec(readSpecText(findProjectRoot(args.cwd)))).trimEnd());
      done(0);
    },
  };
}
