import { describe, expect, it } from 'vitest';
import { memorySource } from '../tree/tree.js';
import { migrationSum, verifyMigrationChecksums } from './checksum.js';

const dir = 'src/db/migrations';
const first = { name: '20240101000000_create_posts.ts', text: 'export async function up() {}\n' };
const second = { name: '20240201000000_update_posts.ts', text: 'export async function up() {}\n// two\n' };
const project = (files: Record<string, string>) => memorySource({ [`${dir}/migrations.sum`]: migrationSum([first, second]), ...files });
const both = { [`${dir}/${first.name}`]: first.text, [`${dir}/${second.name}`]: second.text };

describe('migration checksums', () => {
  it('write one line per migration under a hash of the lines', () => {
    expect(migrationSum([second, first]).split('\n')).toEqual([
      expect.stringMatching(/^h1:[A-Za-z0-9+/]{43}=$/),
      expect.stringMatching(/^20240101000000_create_posts\.ts h1:/),
      expect.stringMatching(/^20240201000000_update_posts\.ts h1:/),
      '',
    ]);
  });

  it('find nothing when the files are as recorded', () => {
    expect(verifyMigrationChecksums(project(both))).toEqual([]);
  });

  it('catch an edited, a deleted and an out-of-order migration', () => {
    const drift = verifyMigrationChecksums(
      project({ [`${dir}/${first.name}`]: `${first.text}// edited\n`, [`${dir}/20240115000000_sneaky.ts`]: 'export async function up() {}\n' }),
    );
    expect(drift).toEqual([
      expect.objectContaining({ kind: 'migration-edited', path: `${dir}/${first.name}`, message: expect.stringContaining('was edited') }),
      expect.objectContaining({ path: `${dir}/${second.name}`, message: expect.stringContaining('was deleted or renamed') }),
      expect.objectContaining({ path: `${dir}/20240115000000_sneaky.ts`, message: expect.stringContaining('would run out of order') }),
    ]);
  });

  it('catch a sum file edited by hand', () => {
    const sum = migrationSum([first, second]).replace(/\n20240201.*\n/, '\n');
    expect(verifyMigrationChecksums(memorySource({ ...both, [`${dir}/migrations.sum`]: sum }))).toEqual([
      expect.objectContaining({ path: `${dir}/migrations.sum`, message: expect.stringContaining('does not add up') }),
    ]);
  });
});
