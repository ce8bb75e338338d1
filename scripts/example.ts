/**
 * `npm run example`: generates an example blog API into ./example-app and starts it on SQLite, as a new user
 * would with `gen new` + `gen resource`. It reuses the toolkit's node_modules (same versions) instead of running
 * npm install, so it starts in seconds.
 */
import { existsSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { packageRoot } from '../src/package-root.js';

const app = join(packageRoot, 'example-app');
const gen = (args: string[], cwd: string) =>
  execa('node', [join(packageRoot, 'dist/bin/gen.js'), ...args], { cwd, stdio: 'inherit' });

if (existsSync(app)) rmSync(app, { recursive: true });
await gen(['new', 'example-app', '--skip-install'], packageRoot);
symlinkSync(join(packageRoot, 'node_modules'), join(app, 'node_modules'), 'dir');
await gen(['resource', 'Post', 'title:string', 'body:text?', 'published:boolean=false'], app);
await gen(['resource', 'Comment', 'postId:uuid:index', 'body:text'], app);
await execa('npm', ['run', 'db:migrate'], { cwd: app, stdio: 'inherit' });
console.log('\nStarting the example API on http://localhost:3000 (Ctrl-C to stop). Try:');
console.log(`  curl -X POST localhost:3000/posts -H 'content-type: application/json' -d '{"title":"Hello"}'`);
console.log('  curl localhost:3000/posts\n');
await execa('npm', ['start'], { cwd: app, stdio: 'inherit', env: { PORT: process.env.PORT ?? '3000' } }).catch(() => undefined);
