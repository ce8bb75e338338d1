import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { KilnError } from '../errors.js';
import { specFileName } from '../spec/load.js';

/** The nearest directory at or above `start` that holds a kiln.json, like git finds its repository. */
export function findProjectRoot(start: string): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, specFileName))) return dir;
    if (dirname(dir) === dir) {
      throw new KilnError('spec/missing', `no ${specFileName} in ${resolve(start)} or any parent directory`, 'run this inside a Kiln project, or create one with `gen new <dir>`');
    }
  }
}
