import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-root.js';
import { dependencyVersions } from './versions.js';

describe('generated dependency versions', () => {
  it('match what the toolkit itself installs, so the end-to-end suite tests what users get', () => {
    const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const toolkit = { ...manifest.dependencies, ...manifest.devDependencies };
    for (const [name, version] of Object.entries(dependencyVersions)) expect(`${name}@${toolkit[name]}`).toBe(`${name}@${version}`);
  });
});
