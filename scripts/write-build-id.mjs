// Runs after `tsc` in `npm run build`: fingerprints the compiled toolkit (dist/) and its blueprints, so a lock
// written by one build is never taken as up to date by another that may generate different text.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
const hash = createHash('sha256');
for (const file of [...files(join(root, 'dist')), ...files(join(root, 'blueprints'))]) {
  if (file.endsWith('build-id.json')) continue;
  hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
}
writeFileSync(join(root, 'dist/build-id.json'), `${JSON.stringify({ id: hash.digest('hex').slice(0, 16) })}\n`);
