import { describe, expect, it } from 'vitest';
import { validateSpecValue } from '../spec/load.js';
import { diffSchema } from './diff.js';
import { emptySnapshot, snapshotOf } from './snapshot.js';

/** Two models; `relations` are Post's (Author is always there). */
const blog = (database: string, relations: object = {}, postFields: object = {}) =>
  validateSpecValue({
    name: 'demo',
    database,
    models: {
      Post: { fields: { title: { type: 'string' }, ...postFields }, relations },
      Author: { fields: { name: { type: 'string' } } },
      Tag: { fields: { name: { type: 'string' } } },
    },
  });
const belongsTo = { author: { type: 'belongsTo', model: 'Author', optional: true, onDelete: 'setNull' } };
const kinds = (operations: { kind: string }[]) => operations.map((operation) => operation.kind);

describe('diffSchema with relations', () => {
  it('creates referenced tables first, the join table last, with foreign keys in the table definition', () => {
    const { operations } = diffSchema(emptySnapshot, blog('postgres', { ...belongsTo, tags: { type: 'manyToMany', model: 'Tag' } }), { allowDestructive: false });
    const created = operations.flatMap((operation) => (operation.kind === 'createTable' ? [operation] : []));
    expect(created.map((operation) => operation.table)).toEqual(['authors', 'posts', 'tags', 'post_tags']);
    expect(created[1]!.definition.foreignKeys).toEqual([{ name: 'posts_author_id_fkey', column: 'author_id', references: 'authors', onDelete: 'setNull' }]);
    expect(created[3]!.definition).toMatchObject({ primaryKey: ['post_id', 'tag_id'], foreignKeys: [{ references: 'posts', onDelete: 'cascade' }, { references: 'tags', onDelete: 'cascade' }] });
  });

  it('adds a relation to an existing table: the column, its index, then the foreign key (PostgreSQL, MySQL)', () => {
    for (const database of ['postgres', 'mysql']) {
      const { operations } = diffSchema(snapshotOf(blog(database)), blog(database, belongsTo), { allowDestructive: false });
      expect(kinds(operations)).toEqual(['addColumn', 'createIndex', 'addForeignKey']);
    }
  });

  it('removes a relation: the foreign key goes first, then its index and column', () => {
    const { operations } = diffSchema(snapshotOf(blog('mysql', belongsTo)), blog('mysql'), { allowDestructive: true });
    expect(kinds(operations)).toEqual(['dropForeignKey', 'dropIndex', 'dropColumn']);
  });

  it('changes onDelete by dropping and adding the foreign key', () => {
    const cascade = { author: { ...belongsTo.author, onDelete: 'cascade' } };
    const { operations } = diffSchema(snapshotOf(blog('postgres', belongsTo)), blog('postgres', cascade), { allowDestructive: false });
    expect(operations).toMatchObject([{ kind: 'dropForeignKey', foreignKey: { onDelete: 'setNull' } }, { kind: 'addForeignKey', foreignKey: { onDelete: 'cascade' } }]);
  });

  it('rebuilds the table on SQLite, which can neither add a foreign key nor drop a column that has one', () => {
    expect(kinds(diffSchema(snapshotOf(blog('sqlite')), blog('sqlite', belongsTo), { allowDestructive: false }).operations)).toEqual(['rebuildTable']);
    expect(kinds(diffSchema(snapshotOf(blog('sqlite', belongsTo)), blog('sqlite'), { allowDestructive: true }).operations)).toEqual(['rebuildTable']);
  });

  it('adds and drops a join table with a manyToMany relation', () => {
    const tags = { tags: { type: 'manyToMany', model: 'Tag' } };
    expect(kinds(diffSchema(snapshotOf(blog('postgres')), blog('postgres', tags), { allowDestructive: false }).operations)).toEqual(['createTable', 'createIndex']);
    expect(kinds(diffSchema(snapshotOf(blog('postgres', tags)), blog('postgres'), { allowDestructive: true }).operations)).toEqual(['dropForeignKey', 'dropForeignKey', 'dropIndex', 'dropTable']);
  });

  it('refuses a new required relation on an existing table, like any required field without a default', () => {
    expect(() => diffSchema(snapshotOf(blog('sqlite')), blog('sqlite', { author: { type: 'belongsTo', model: 'Author' } }), { allowDestructive: false })).toThrow(
      /models\.Post\.fields\.authorId: a new required field needs a default/,
    );
  });

  it('makes the foreign key unique when a hasOne points to it, and plain again when it goes; on MySQL the key keeps an index throughout', () => {
    const users = (database: string, kind?: string) =>
      validateSpecValue({
        name: 'demo',
        database,
        models: {
          User: { fields: { name: { type: 'string' } }, ...(kind ? { relations: { profile: { type: kind, model: 'Profile' } } } : {}) },
          Profile: { fields: { bio: { type: 'text' } }, relations: { user: { type: 'belongsTo', model: 'User', onDelete: 'cascade' } } },
        },
      });
    const indexes = (operations: ReturnType<typeof diffSchema>['operations']) =>
      operations.map((operation) => (operation.kind === 'createIndex' || operation.kind === 'dropIndex' ? `${operation.kind} ${operation.index.name}` : operation.kind));
    expect(snapshotOf(users('postgres', 'hasOne')).tables.profiles!.indexes).toEqual([{ name: 'profiles_user_id_unique', columns: ['user_id'], unique: true }]);
    for (const database of ['postgres', 'sqlite']) {
      expect(indexes(diffSchema(snapshotOf(users(database)), users(database, 'hasOne'), { allowDestructive: false }).operations)).toEqual([
        'dropIndex profiles_user_id_index',
        'createIndex profiles_user_id_unique',
      ]);
    }
    expect(indexes(diffSchema(snapshotOf(users('mysql', 'hasMany')), users('mysql', 'hasOne'), { allowDestructive: false }).operations)).toEqual([
      'createIndex profiles_user_id_unique',
      'dropIndex profiles_user_id_index',
    ]);
    expect(indexes(diffSchema(snapshotOf(users('mysql', 'hasOne')), users('mysql'), { allowDestructive: false }).operations)).toEqual([
      'createIndex profiles_user_id_index',
      'dropIndex profiles_user_id_unique',
    ]);
  });
});
