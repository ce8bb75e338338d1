import { sql, type Kysely } from 'kysely';
import { expect } from 'vitest';
import type { DatabaseKind } from '../../src/spec/field-types.js';
import type { SpecInput } from '../../src/spec/schema.js';

/**
 * A scripted history of spec edits, one migration each. Rows are written before the renames and type changes
 * and read back after them: a migration that loses them fails its step.
 */
export type Models = NonNullable<SpecInput['models']>;

export interface SequenceStep {
  does: string;
  edit(models: Models): void;
  allowDestructive?: boolean;
  /** Whether the edit changes the table on this engine (default: yes). */
  migrates?(kind: DatabaseKind): boolean;
  /** Runs against the database once the step's migration is applied. */
  check?(db: Kysely<unknown>, kind: DatabaseKind): Promise<void>;
}

export const initialModels = (): Models => ({
  Author: { fields: { name: { type: 'string', max: 100 }, email: { type: 'string', unique: true } } },
  Post: { fields: { title: { type: 'string', max: 200 }, code: { type: 'string', optional: true } } },
});

const now = '2024-01-31 12:00:00';
const kept = '11111111-1111-4111-8111-111111111111';
const untitled = '22222222-2222-4222-8222-222222222222';
const author = '33333333-3333-4333-8333-333333333333';
const missing = '55555555-5555-4555-8555-555555555555';
const leaving = '66666666-6666-4666-8666-666666666666';
const tag = '77777777-7777-4777-8777-777777777777';
const tagged = '88888888-8888-4888-8888-888888888888';
const second = '99999999-9999-4999-8999-999999999999';

const valueOf = async (db: Kysely<unknown>, query: ReturnType<typeof sql<Record<string, unknown>>>) => Object.values((await query.execute(db)).rows[0] ?? {})[0];

export const sequence: SequenceStep[] = [
  {
    does: 'adds an optional field',
    edit: (models) => {
      models.Post!.fields.body = { type: 'text', optional: true };
    },
  },
  {
    does: 'adds a required field with a default',
    edit: (models) => {
      models.Post!.fields.views = { type: 'integer', default: 0 };
    },
    async check(db) {
      await sql`insert into posts (id, title, code, views, created_at, updated_at) values (${kept}, ${'keep me'}, ${'42'}, ${3}, ${now}, ${now})`.execute(db);
      await sql`insert into authors (id, name, email, created_at, updated_at) values (${author}, ${'Ada'}, ${'ada@example.com'}, ${now}, ${now})`.execute(db);
    },
  },
  {
    does: 'renames a field, keeping its data',
    edit: (models) => {
      const { title, ...rest } = models.Post!.fields;
      models.Post!.fields = { headline: { ...title!, renamedFrom: 'title' }, ...rest };
    },
    async check(db) {
      expect(await valueOf(db, sql`select headline from posts where id = ${kept}`)).toBe('keep me');
    },
  },
  {
    does: 'widens a type (integer to float), keeping the values',
    edit: (models) => {
      models.Post!.fields.views = { type: 'float', default: 0 };
    },
    async check(db) {
      expect(Number(await valueOf(db, sql`select views from posts where id = ${kept}`))).toBe(3);
    },
  },
  {
    does: 'makes a field optional',
    edit: (models) => {
      models.Post!.fields.headline = { type: 'string', max: 200, optional: true };
    },
    async check(db) {
      await sql`insert into posts (id, views, created_at, updated_at) values (${untitled}, ${0}, ${now}, ${now})`.execute(db);
    },
  },
  {
    does: 'adds an index and a composite index',
    edit: (models) => {
      models.Post!.fields.views = { type: 'float', default: 0, index: true };
      models.Post!.indexes = [['headline', 'createdAt']];
    },
  },
  {
    does: 'adds a model',
    edit: (models) => {
      models.Comment = { fields: { postId: { type: 'uuid', index: true }, body: { type: 'text' } } };
    },
  },
  {
    does: 'drops a field with --allow-destructive',
    allowDestructive: true,
    edit: (models) => {
      delete models.Post!.fields.body;
    },
  },
  {
    does: 'renames a model, its indexes with it, keeping its rows',
    edit: (models) => {
      models.Writer = { ...models.Author!, renamedFrom: 'Author' };
      delete models.Author;
    },
    async check(db) {
      expect(await valueOf(db, sql`select email from writers where id = ${author}`)).toBe('ada@example.com');
    },
  },
  {
    does: 'changes a default',
    edit: (models) => {
      models.Post!.fields.views = { type: 'float', default: 1, index: true };
    },
    async check(db) {
      await sql`insert into posts (id, created_at, updated_at) values (${'44444444-4444-4444-8444-444444444444'}, ${now}, ${now})`.execute(db);
      expect(Number(await valueOf(db, sql`select views from posts where id = ${'44444444-4444-4444-8444-444444444444'}`))).toBe(1);
    },
  },
  {
    does: 'adds an enum field to a table with rows',
    edit: (models) => {
      models.Post!.fields.status = { type: 'enum', values: ['draft', 'published'], default: 'draft' };
    },
  },
  {
    does: 'adds an enum value, and the check still refuses others',
    edit: (models) => {
      models.Post!.fields.status = { type: 'enum', values: ['draft', 'published', 'archived'], default: 'draft' };
    },
    async check(db) {
      await sql`update posts set status = ${'archived'} where id = ${kept}`.execute(db);
      await expect(sql`update posts set status = ${'bogus'} where id = ${kept}`.execute(db)).rejects.toThrow();
      // Rolling this migration back would fail on an archived row (the old check refuses it): put it back.
      await sql`update posts set status = ${'draft'} where id = ${kept}`.execute(db);
    },
  },
  {
    does: 'narrows a type (string to integer) with --allow-destructive, converting the values',
    allowDestructive: true,
    edit: (models) => {
      models.Post!.fields.code = { type: 'integer', optional: true };
    },
    async check(db) {
      expect(Number(await valueOf(db, sql`select code from posts where id = ${kept}`))).toBe(42);
    },
  },
  {
    does: 'makes a field required with a default, filling the rows without a value',
    edit: (models) => {
      models.Post!.fields.headline = { type: 'string', max: 200, default: '' };
    },
    async check(db) {
      expect(await valueOf(db, sql`select headline from posts where id = ${untitled}`)).toBe('');
      expect(await valueOf(db, sql`select headline from posts where id = ${kept}`)).toBe('keep me');
    },
  },
  {
    does: 'lengthens a string (SQLite stores text of any length: no migration there)',
    migrates: (kind) => kind !== 'sqlite',
    edit: (models) => {
      models.Writer!.fields.name = { type: 'string', max: 150 };
    },
  },
  {
    does: 'adds a relation to a table with rows: its foreign key is enforced, onDelete setNull',
    edit: (models) => {
      models.Post!.relations = { writer: { type: 'belongsTo', model: 'Writer', optional: true, onDelete: 'setNull' } };
    },
    async check(db) {
      await expect(sql`update posts set writer_id = ${missing} where id = ${kept}`.execute(db)).rejects.toThrow();
      await sql`insert into writers (id, name, email, created_at, updated_at) values (${leaving}, ${'Bo'}, ${'bo@example.com'}, ${now}, ${now})`.execute(db);
      await sql`update posts set writer_id = ${leaving} where id = ${kept}`.execute(db);
      await sql`delete from writers where id = ${leaving}`.execute(db);
      expect(await valueOf(db, sql`select writer_id from posts where id = ${kept}`)).toBeNull();
      expect(await valueOf(db, sql`select headline from posts where id = ${kept}`)).toBe('keep me');
    },
  },
  {
    does: 'adds a model with a manyToMany relation: a join table whose rows go with either end',
    edit: (models) => {
      models.Tag = { fields: { name: { type: 'string', max: 50 } }, relations: { posts: { type: 'manyToMany', model: 'Post' } } };
      models.Writer!.relations = { posts: { type: 'hasMany', model: 'Post' } };
    },
    async check(db) {
      await sql`insert into tags (id, name, created_at, updated_at) values (${tag}, ${'news'}, ${now}, ${now})`.execute(db);
      await sql`insert into posts (id, created_at, updated_at) values (${tagged}, ${now}, ${now})`.execute(db);
      await sql`insert into post_tags (post_id, tag_id) values (${tagged}, ${tag})`.execute(db);
      await expect(sql`insert into post_tags (post_id, tag_id) values (${tagged}, ${tag})`.execute(db)).rejects.toThrow();
      await sql`delete from posts where id = ${tagged}`.execute(db);
      expect(Number(await valueOf(db, sql`select count(*) from post_tags`))).toBe(0);
    },
  },
  {
    does: 'changes onDelete to cascade, keeping the rows',
    edit: (models) => {
      models.Post!.relations = { writer: { type: 'belongsTo', model: 'Writer', optional: true, onDelete: 'cascade' } };
    },
    async check(db) {
      await sql`insert into writers (id, name, email, created_at, updated_at) values (${leaving}, ${'Bo'}, ${'bo@example.com'}, ${now}, ${now})`.execute(db);
      await sql`insert into posts (id, writer_id, created_at, updated_at) values (${tagged}, ${leaving}, ${now}, ${now})`.execute(db);
      await sql`delete from writers where id = ${leaving}`.execute(db);
      expect(Number(await valueOf(db, sql`select count(*) from posts where id = ${tagged}`))).toBe(0);
      expect(await valueOf(db, sql`select headline from posts where id = ${kept}`)).toBe('keep me');
    },
  },
  {
    does: 'turns the hasMany into a hasOne: the foreign key becomes unique, so a second post of one writer is refused',
    edit: (models) => {
      models.Writer!.relations = { post: { type: 'hasOne', model: 'Post' } };
    },
    async check(db) {
      await sql`insert into writers (id, name, email, created_at, updated_at) values (${leaving}, ${'Bo'}, ${'bo@example.com'}, ${now}, ${now})`.execute(db);
      await sql`insert into posts (id, writer_id, created_at, updated_at) values (${tagged}, ${leaving}, ${now}, ${now})`.execute(db);
      await expect(sql`insert into posts (id, writer_id, created_at, updated_at) values (${second}, ${leaving}, ${now}, ${now})`.execute(db)).rejects.toThrow();
      // Posts without a writer stay allowed: NULLs never collide in a unique index.
      expect(Number(await valueOf(db, sql`select count(*) from posts where writer_id is null`))).toBeGreaterThan(1);
      await sql`delete from writers where id = ${leaving}`.execute(db);
    },
  },
  {
    does: 'turns the hasOne back into a hasMany: the unique index gives way to a plain one',
    edit: (models) => {
      models.Writer!.relations = { posts: { type: 'hasMany', model: 'Post' } };
    },
    async check(db) {
      await sql`insert into writers (id, name, email, created_at, updated_at) values (${leaving}, ${'Bo'}, ${'bo@example.com'}, ${now}, ${now})`.execute(db);
      await sql`insert into posts (id, writer_id, created_at, updated_at) values (${tagged}, ${leaving}, ${now}, ${now})`.execute(db);
      await sql`insert into posts (id, writer_id, created_at, updated_at) values (${second}, ${leaving}, ${now}, ${now})`.execute(db);
      await sql`delete from writers where id = ${leaving}`.execute(db);
      expect(Number(await valueOf(db, sql`select count(*) from posts where id in (${tagged}, ${second})`))).toBe(0);
    },
  },
  {
    does: 'removes the relations with --allow-destructive: the foreign key, its column and the join table go',
    allowDestructive: true,
    edit: (models) => {
      delete models.Post!.relations;
      delete models.Writer!.relations;
      delete models.Tag!.relations;
    },
    async check(db) {
      await sql`insert into posts (id, created_at, updated_at) values (${tagged}, ${now}, ${now})`.execute(db);
      expect(await valueOf(db, sql`select headline from posts where id = ${kept}`)).toBe('keep me');
    },
  },
];
