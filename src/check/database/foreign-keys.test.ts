import { describe, expect, it } from 'vitest';
import { dialectFor } from '../../dialect/index.js';
import type { ForeignKeySnapshot } from '../../migrate/snapshot.js';
import { compareForeignKeys, type LiveForeignKey } from './foreign-keys.js';

const expected: ForeignKeySnapshot[] = [
  { name: 'comments_post_id_fkey', column: 'post_id', references: 'posts', onDelete: 'cascade' },
  { name: 'comments_author_id_fkey', column: 'author_id', references: 'authors', onDelete: 'setNull' },
];
const live = (name: (column: string) => string | undefined): LiveForeignKey[] => [
  { name: name('post_id'), column: 'post_id', references: 'posts', referencedColumn: 'id', onDelete: 'cascade' },
  { name: name('author_id'), column: 'author_id', references: 'authors', referencedColumn: 'id', onDelete: 'set null' },
];
const named = (column: string) => `comments_${column}_fkey`;

describe('compareForeignKeys', () => {
  it('finds nothing when the keys match (SQLite reports no names)', () => {
    expect(compareForeignKeys('comments', expected, live(named), dialectFor('postgres'))).toEqual([]);
    expect(compareForeignKeys('comments', expected, live(() => undefined), dialectFor('sqlite'))).toEqual([]);
  });

  it('names a missing, an extra and a different key with the table, the column and the fix', () => {
    const [post, author] = live(named);
    const found: LiveForeignKey[] = [
      { ...author!, onDelete: 'cascade', references: 'writers' },
      { name: 'comments_tag_id_fkey', column: 'tag_id', references: 'tags', referencedColumn: 'id', onDelete: 'restrict' },
    ];
    expect(post).toBeDefined();
    expect(compareForeignKeys('comments', expected, found, dialectFor('postgres'))).toEqual([
      {
        kind: 'db-missing',
        path: 'comments.post_id foreign key',
        message:
          '→ posts.id on delete cascade is in kiln.json but not in the database: add it back in a migration of your own (gen migrate:new <name>): ' +
          'alter table comments add constraint comments_post_id_fkey foreign key (post_id) references posts (id) on delete cascade',
      },
      {
        kind: 'db-mismatch',
        path: 'comments.author_id foreign key',
        message:
          'references writers.id in the database, authors.id in kiln.json; is on delete cascade in the database, on delete set null in kiln.json: ' +
          'replace it in a migration of your own (gen migrate:new <name>): alter table comments drop constraint comments_author_id_fkey; ' +
          'alter table comments add constraint comments_author_id_fkey foreign key (author_id) references authors (id) on delete set null',
      },
      {
        kind: 'db-extra',
        path: 'comments.tag_id foreign key',
        message:
          '→ tags.id on delete restrict is in the database but not in kiln.json: declare the belongsTo relation in kiln.json, or drop it in a migration of ' +
          'your own (gen migrate:new <name>): alter table comments drop constraint comments_tag_id_fkey',
      },
    ]);
  });

  it('uses MySQL spelling to drop, and tells SQLite to rebuild the table', () => {
    const [, author] = live(named);
    const mysql = compareForeignKeys('comments', expected.slice(1), [{ ...author!, onDelete: 'restrict' }], dialectFor('mysql'));
    expect(mysql[0]?.message).toContain('alter table comments drop foreign key comments_author_id_fkey;');
    const sqlite = compareForeignKeys('comments', expected, [], dialectFor('sqlite'));
    expect(sqlite.map((item) => item.message)).toEqual([
      '→ posts.id on delete cascade is in kiln.json but not in the database: SQLite cannot add a foreign key to a table, so rebuild comments with it in a migration of your own (gen migrate:new <name>)',
      '→ authors.id on delete set null is in kiln.json but not in the database: SQLite cannot add a foreign key to a table, so rebuild comments with it in a migration of your own (gen migrate:new <name>)',
    ]);
  });

  it('reports a key renamed by hand where the engine names keys: later migrations drop it by name', () => {
    const drift = compareForeignKeys('comments', expected, live((column) => (column === 'post_id' ? 'fk_1' : named(column))), dialectFor('postgres'));
    expect(drift).toEqual([expect.objectContaining({ kind: 'db-mismatch', path: 'comments.post_id foreign key', message: expect.stringContaining('is named fk_1 in the database, comments_post_id_fkey in kiln.json') })]);
  });
});
