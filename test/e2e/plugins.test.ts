import { copyFileSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gen, linkNodeModules, linkNodeModulesShallow, tempDir, toolkitRoot } from '../helpers/cli.js';
import { runInProject } from '../helpers/project.js';

/**
 * Generators that are not part of the toolkit, written against its public API only (fixtures/plugins/): installed
 * into a generated project, run, type-checked and tested there, then removed cleanly.
 */
describe('the project-local audit-log generator', () => {
  it('adds an audit table that records writes, and goes away cleanly', async () => {
    const project = tempDir('kiln-audit-log-');
    copyFileSync(join(toolkitRoot, 'fixtures/specs/blog.json'), join(project, 'kiln.json'));
    expect((await gen(project, [])).code).toBe(0);
    mkdirSync(join(project, 'generators/audit-log'), { recursive: true });
    copyFileSync(join(toolkitRoot, 'fixtures/plugins/audit-log/index.ts'), join(project, 'generators/audit-log/index.ts'));
    linkNodeModules(project);

    const enabled = await gen(project, ['feature', 'audit-log']);
    expect(enabled.stderr).toBe('');
    expect(enabled.stdout).toMatch(/create {2}src\/db\/migrations\/\d{14}_create_audit_log\.ts/);
    await runInProject(project, 'tsc', ['--noEmit']);
    await runInProject(project, 'tsx', ['src/db/migrate.ts'], { DATABASE_URL: join(project, 'data/e2e.sqlite') });
    expect(await runInProject(project, 'vitest', ['run', '--dir', 'src'])).toMatch(/audit-log\.test\.ts/);
    expect((await gen(project, ['check'])).code).toBe(0);

    expect((await gen(project, ['feature', 'remove', 'audit-log'])).code).toBe(2);
    const removed = await gen(project, ['feature', 'remove', 'audit-log', '--allow-destructive']);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain('delete  src/features/audit-log/audit-log.ts');
    await runInProject(project, 'tsc', ['--noEmit']);
    await runInProject(project, 'vitest', ['run', '--dir', 'src']);
    expect((await gen(project, ['check'])).code).toBe(0);
  });
});

describe('the packaged kiln-generator-soft-delete', () => {
  it('is found once installed, hides deleted rows from every read, and goes away cleanly', async () => {
    const project = tempDir('kiln-soft-delete-');
    copyFileSync(join(toolkitRoot, 'fixtures/specs/blog.json'), join(project, 'kiln.json'));
    expect((await gen(project, [])).code).toBe(0);
    // What `npm install kiln-generator-soft-delete` leaves behind: the package in the project's node_modules.
    linkNodeModulesShallow(project);
    const installed = join(project, 'node_modules/kiln-generator-soft-delete');
    cpSync(join(toolkitRoot, 'fixtures/plugins/kiln-generator-soft-delete'), installed, { recursive: true });

    expect((await gen(project, ['list'])).stdout).toMatch(/soft-delete +\(feature, not enabled, package kiln-generator-soft-delete@1\.0\.0\)/);
    const enabled = await gen(project, ['feature', 'soft-delete']);
    expect(enabled.stderr).toBe('');
    expect(enabled.stdout).toMatch(/create {2}src\/db\/migrations\/\d{14}_update_3_tables\.ts/);
    expect(enabled.stdout).toContain('create  src/features/soft-delete/soft-delete.test.ts');
    await runInProject(project, 'tsc', ['--noEmit']);
    const database = { DATABASE_URL: join(project, 'data/e2e.sqlite') };
    await runInProject(project, 'tsx', ['src/db/migrate.ts'], database);
    expect(await runInProject(project, 'vitest', ['run', '--dir', 'src'])).toMatch(/soft-delete\.test\.ts/);
    expect((await gen(project, ['check'])).code).toBe(0);

    // Dropping the deletedAt columns loses data: refused until confirmed.
    const refused = await gen(project, ['feature', 'remove', 'soft-delete']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('deleted_at');
    const removed = await gen(project, ['feature', 'remove', 'soft-delete', '--allow-destructive']);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain('delete  src/features/soft-delete/soft-delete.test.ts');
    rmSync(installed, { recursive: true });
    await runInProject(project, 'tsc', ['--noEmit']);
    await runInProject(project, 'tsx', ['src/db/migrate.ts'], database);
    await runInProject(project, 'vitest', ['run', '--dir', 'src']);
    expect((await gen(project, ['check'])).code).toBe(0);
  });
});
