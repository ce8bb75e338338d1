/**
 * The hand-written reference: what a careful engineer writes by hand with hono + kysely + zod for the blog's posts
 * (GET by id, a page of 20, POST with validation), on the same SQLite database as the generated app. The generated
 * app is measured against it (target ≥ 0.9× its throughput). Run: tsx bench/reference/reference-app.ts
 */
import { randomUUID } from 'node:crypto';
import { serve } from '@hono/node-server';
import SQLite from 'better-sqlite3';
import { Hono } from 'hono';
import { Kysely, SqliteDialect } from 'kysely';
import { z } from 'zod';

interface PostRow {
  id: string;
  title: string;
  body: string | null;
  published: number;
  status: string;
  author_id: string;
  created_at: string;
  updated_at: string;
}

const db = new Kysely<{ posts: PostRow }>({ dialect: new SqliteDialect({ database: new SQLite(process.env.DATABASE_URL ?? 'data/bench.sqlite') }) });

const createPost = z.strictObject({
  title: z.string().max(200),
  body: z.string().nullable().default(null),
  published: z.boolean().default(false),
  status: z.enum(['draft', 'published', 'archived']).default('draft'),
  authorId: z.uuid(),
});

const toPost = (row: PostRow) => ({
  id: row.id,
  title: row.title,
  body: row.body,
  published: row.published === 1,
  status: row.status,
  authorId: row.author_id,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const app = new Hono()
  .get('/posts/:id', async (c) => {
    const row = await db.selectFrom('posts').selectAll().where('id', '=', c.req.param('id')).executeTakeFirst();
    return row ? c.json({ data: toPost(row) }) : c.json({ error: 'not found' }, 404);
  })
  .get('/posts', async (c) => {
    const limit = Math.min(Number(c.req.query('limit') ?? 20), 100);
    const offset = Number(c.req.query('offset') ?? 0);
    const [rows, count] = await Promise.all([
      db.selectFrom('posts').selectAll().orderBy('id').limit(limit).offset(offset).execute(),
      db.selectFrom('posts').select((eb) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow(),
    ]);
    return c.json({ data: rows.map(toPost), meta: { total: Number(count.total), limit, offset } });
  })
  .post('/posts', async (c) => {
    const parsed = createPost.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json({ error: parsed.error.issues }, 400);
    const now = new Date().toISOString();
    const { authorId, published, ...fields } = parsed.data;
    const row = await db
      .insertInto('posts')
      .values({ id: randomUUID(), ...fields, published: published ? 1 : 0, author_id: authorId, created_at: now, updated_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    return c.json({ data: toPost(row) }, 201);
  })
  .get('/health', (c) => c.json({ status: 'ok' }));

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) });
