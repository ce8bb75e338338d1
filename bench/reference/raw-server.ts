/**
 * The ceiling: node:http and better-sqlite3 prepared statements, no framework, no validation library — the same
 * three routes answering the same JSON. Nothing generated should be expected to beat it. Run: tsx bench/reference/raw-server.ts
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import SQLite from 'better-sqlite3';

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

const sqlite = new SQLite(process.env.DATABASE_URL ?? 'data/bench.sqlite');
const byId = sqlite.prepare<[string], PostRow>('select * from posts where id = ?');
const page = sqlite.prepare<[number, number], PostRow>('select * from posts order by id limit ? offset ?');
const count = sqlite.prepare<[], { total: number }>('select count(*) as total from posts');
const insert = sqlite.prepare('insert into posts (id, title, body, published, status, author_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)');
const statuses = new Set(['draft', 'published', 'archived']);

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

function send(response: import('node:http').ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (request.method === 'GET' && url.pathname.startsWith('/posts/')) {
    const row = byId.get(url.pathname.slice('/posts/'.length));
    return row ? send(response, 200, { data: toPost(row) }) : send(response, 404, { error: 'not found' });
  }
  if (request.method === 'GET' && url.pathname === '/posts') {
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 20), 100);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    return send(response, 200, { data: page.all(limit, offset).map(toPost), meta: { total: count.get()?.total ?? 0, limit, offset } });
  }
  if (request.method === 'POST' && url.pathname === '/posts') {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk));
    request.on('end', () => {
      let input: Record<string, unknown>;
      try {
        input = JSON.parse(text) as Record<string, unknown>;
      } catch {
        return send(response, 400, { error: 'invalid json' });
      }
      const { title, body = null, published = false, status = 'draft', authorId } = input;
      const valid =
        typeof title === 'string' && title.length <= 200 && (body === null || typeof body === 'string') && typeof published === 'boolean' &&
        typeof status === 'string' && statuses.has(status) && typeof authorId === 'string' && /^[0-9a-f-]{36}$/i.test(authorId);
      if (!valid) return send(response, 400, { error: 'invalid post' });
      const id = randomUUID();
      const now = new Date().toISOString();
      insert.run(id, title, body, published ? 1 : 0, status, authorId, now, now);
      return send(response, 201, { data: toPost(byId.get(id)!) });
    });
    return;
  }
  if (url.pathname === '/health') return send(response, 200, { status: 'ok' });
  send(response, 404, { error: 'not found' });
}).listen(Number(process.env.PORT ?? 3000));
