import { describe, expect, it } from 'vitest';
import { syncAppDependencies } from './app-dependencies.js';
import { editSourceFile } from './project.js';

const app = `import type { Kysely } from 'kysely';
import type { Mailer } from './mail.js';

export interface AppDependencies {
  db: Kysely<Database>;
  mailer: Mailer; // user code
}

export function createApp(deps: AppDependencies) {
  return deps;
}
`;
const cache = { name: 'cache', type: 'ResourceCache', from: './features/cache/resource-cache.js' };
const featureModule = /^\.\/features\//;
const sync = (text: string, wanted: (typeof cache)[]) => editSourceFile(text, (file) => syncAppDependencies(file, wanted, featureModule), 'src/app.ts');

describe('syncAppDependencies', () => {
  it('adds a member with a type import, and keeps what the user wrote', () => {
    const edited = sync(app, [cache]);
    expect(edited).toContain("import type { ResourceCache } from './features/cache/resource-cache.js';");
    expect(edited).toContain('  mailer: Mailer; // user code\ncache: ResourceCache;\n}');
  });

  it('is idempotent', () => {
    const once = sync(app, [cache]);
    expect(sync(once, [cache])).toBe(once);
  });

  it('removes a member it added, with its import, once no feature wants it', () => {
    expect(sync(sync(app, [cache]), [])).toBe(app);
  });

  it('leaves members the user typed themselves', () => {
    const retyped = sync(app, [cache]).replace('cache: ResourceCache;', 'cache: MyCache;');
    expect(sync(retyped, [])).toBe(retyped);
  });

  it('adds a separator after a last member that has none', () => {
    const oneLine = app.replace(/\{\n  db: Kysely<Database>;\n  mailer: Mailer; \/\/ user code\n\}/, '{ db: Kysely<Database> }');
    expect(sync(oneLine, [cache])).toContain('{ db: Kysely<Database>; cache: ResourceCache;\n}');
  });

  it('explains what to add by hand when there is no AppDependencies interface', () => {
    const edit = () => sync('export const app = 1;\n', [cache]);
    expect(edit).toThrow(/cannot add cache to the app's dependencies in src\/app\.ts/);
    expect(edit).toThrow(expect.objectContaining({ hint: expect.stringContaining('cache: ResourceCache') }));
  });
});
