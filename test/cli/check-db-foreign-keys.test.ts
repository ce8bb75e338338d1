import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseKind } from '../../src/spec/field-types.js';
import { gen, linkNodeModules, tempDir } from '../helpers/cli.js';
import { runInProject } from '../helpers/project.js';
import { mysqlAvailable, postgresAvailable } from '../helpers/services.js';
import { createTestDatabase, type TestDatabase } from '../migrations/engines.js';

const models = {
  Author: { fields: { name: { type: 'string' } }, relations: { posts: { type: 'hasMany', model: 'Post' } } },
  Post: {
    fields: { title: { type: 'string' } },
    relations: { author: { type: 'belongsTo', model: 'Author', onDelete: 'restrict' }, comments: { type: 'hasMany', model: 'Comment' } },
  },
  Comment: {
    fields: { body: { type: 'text' }, replyTo: { type: 'uuid', optional: true, index: true } },
    relations: { post: { type: 'belongsTo', model: 'Post', onDelete: 'cascade' } },
  },
};

const engines: { kind: DatabaseKind; up: boolean }[] = [
  { kind: 'sqlite', up: true },
  { kind: 'postgres', up: await postgresAvailable() },
  { kind: 'mysql', up: await mysqlAvailable() },
];

/**
 * gen check --db compares foreign keys on every engine: a key dropped by hand, one whose ON DELETE was changed by
 * hand and one added by hand are each reported with the table, the column and the fix, and the check exits 1.
 */
describe.each(engines)('gen check --db: foreign keys on $kind', ({ kind, up }) => {
  let project: string;
  let database: TestDatabase;

  beforeAll(async () => {
    if (!up) return;
    project = tempDir(`kiln-check-fk-${kind}-`);
    writeFileSync(join(project, 'kiln.json'), JSON.stringify({ name: 'fk', database: kind, models }, null, 2));
    const generated = await gen(project, []);
    expect(generated.stderr).toBe('');
    linkNodeModules(project);
    database = await createTestDatabase(kind);
    await runInProject(project, 'tsx', ['src/db/migrate.ts'], { DATABASE_URL: database.url });
  });
  afterAll(() => database?.drop());

  it.skipIf(!up)('exits 0 while the foreign keys are as migrated', async () => {
    const result = await gen(project, ['check', '--db', database.url]);
    expect(result.stdout).toContain('In sync');
    expect(result.code).toBe(0);
  });

  it.skipIf(!up)('exits 1 naming a missing, a different and an extra foreign key, and how to fix each', async () => {
    await editForeignKeys(kind, database.url);
    const result = await gen(project, ['check', '--db', database.url]);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    const line = (start: string) => lines.find((candidate) => candidate.trim().startsWith(start)) ?? `(no line starting ${start} in)\n${result.stdout}`;
    expect(line('db-missing  comments.post_id foreign key')).toContain('→ posts.id on delete cascade is in kiln.json but not in the database:');
    expect(line('db-mismatch  posts.author_id foreign key')).toContain('is on delete cascade in the database, on delete restrict in kiln.json:');
    expect(line('db-extra  comments.reply_to foreign key')).toContain('→ comments.id on delete restrict is in the database but not in kiln.json: declare the belongsTo relation');
    if (kind === 'sqlite') {
      expect(line('db-missing  comments.post_id')).toContain('SQLite cannot add a foreign key to a table, so rebuild comments with it in a migration of your own (gen migrate:new <name>)');
    } else {
      const drop = kind === 'mysql' ? 'drop foreign key' : 'drop constraint';
      expect(line('db-missing  comments.post_id')).toContain('alter table comments add constraint comments_post_id_fkey foreign key (post_id) references posts (id) on delete cascade');
      expect(line('db-mismatch  posts.author_id')).toContain(`alter table posts ${drop} posts_author_id_fkey; alter table posts add constraint posts_author_id_fkey`);
      expect(line('db-extra  comments.reply_to')).toContain(`alter table comments ${drop} comments_reply_to_fkey`);
    }
    expect(result.stdout.match(/foreign key/g)?.length).toBeGreaterThanOrEqual(3);
  });
});

/** By hand, as someone with a SQL console would: drop comments → posts, make posts → authors cascade, add comments → comments. */
async function editForeignKeys(kind: DatabaseKind, url: string): Promise<void> {
  switch (kind) {
    case 'sqlite': {
      const { default: SQLite } = await import('better-sqlite3');
      const db = new SQLite(url);
      try {
        db.pragma('foreign_keys = off');
        // SQLite cannot alter a table's foreign keys: rebuild the table from its edited definition.
        const rebuild = (table: string, edit: (definition: string) => string) => {
          const { sql } = db.prepare("select sql from sqlite_master where type = 'table' and name = ?").get(table) as { sql: string };
          const indexes = (db.prepare("select sql from sqlite_master where type = 'index' and tbl_name = ? and sql is not null").all(table) as { sql: string }[]).map((row) => row.sql);
          db.exec(edit(sql).replace(`"${table}"`, `"${table}__edited"`));
          db.exec(`insert into "${table}__edited" select * from "${table}"; drop table "${table}"; alter table "${table}__edited" rename to "${table}";`);
          for (const index of indexes) db.exec(index);
        };
        rebuild('comments', (sql) =>
          sql
            .replace(/,\s*constraint "comments_post_id_fkey" foreign key \("post_id"\) references "posts" \("id"\) on delete cascade/, '')
            .replace(/\)$/, ', constraint "comments_reply_to_fkey" foreign key ("reply_to") references "comments" ("id") on delete restrict)'),
        );
        rebuild('posts', (sql) => sql.replace('references "authors" ("id") on delete restrict', 'references "authors" ("id") on delete cascade'));
      } finally {
        db.close();
      }
      return;
    }
    case 'postgres': {
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`alter table comments drop constraint comments_post_id_fkey;
          alter table posts drop constraint posts_author_id_fkey;
          alter table posts add constraint posts_author_id_fkey foreign key (author_id) references authors (id) on delete cascade;
          alter table comments add constraint comments_reply_to_fkey foreign key (reply_to) references comments (id) on delete restrict`);
      } finally {
        await client.end();
      }
      return;
    }
    case 'mysql': {
      const { createConnection } = await import('mysql2/promise');
      const connection = await createConnection({ uri: url, multipleStatements: true });
      try {
        await connection.query(`alter table comments drop foreign key comments_post_id_fkey;
          alter table posts drop foreign key posts_author_id_fkey;
          alter table posts add constraint posts_author_id_fkey foreign key (author_id) references authors (id) on delete cascade;
          alter table comments add constraint comments_reply_to_fkey foreign key (reply_to) references comments (id) on delete restrict`);
      } finally {
        await connection.end();
      }
    }
  }
}
