import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../test/helpers/spec-problems.js';
import { modelViews } from './columns.js';
import { parseSpec } from './load.js';
import { relationsOf } from './relations.js';

const spec = (models: object, extra: object = {}) => JSON.stringify({ name: 'demo', models, ...extra });
const author = { fields: { name: { type: 'string' } } };
const post = (relations: object, fields: object = { title: { type: 'string' } }) => ({ fields, relations });

describe('relations in kiln.json', () => {
  it('resolve: a belongsTo creates its foreign key, typed like the target id; hasMany finds its inverse; manyToMany a join table', () => {
    const parsed = parseSpec(
      spec({
        Author: { ...author, id: 'increments', relations: { posts: { type: 'hasMany', model: 'Post' } } },
        Post: post({ author: { type: 'belongsTo', model: 'Author', onDelete: 'cascade' }, tags: { type: 'manyToMany', model: 'Tag' } }),
        Tag: { fields: {}, relations: { posts: { type: 'manyToMany', model: 'Post' } } },
      }),
    );
    const postView = modelViews(parsed).find((model) => model.name === 'Post')!;
    expect(postView.fields.at(-1)).toMatchObject({ field: 'authorId', name: 'author_id', type: 'integer', nullable: false, index: true, references: { table: 'authors', onDelete: 'cascade' } });
    expect(relationsOf(parsed, 'Author')).toEqual([{ name: 'posts', target: 'Post', kind: 'hasMany', foreignKey: 'authorId', column: 'author_id' }]);
    const [tags] = relationsOf(parsed, 'Post').filter((relation) => relation.kind === 'manyToMany');
    const [tagPosts] = relationsOf(parsed, 'Tag');
    expect(tags).toMatchObject({ joinTable: { table: 'post_tags' }, ownColumn: 'post_id', targetColumn: 'tag_id' });
    expect(tagPosts).toMatchObject({ joinTable: { table: 'post_tags' }, ownColumn: 'tag_id', targetColumn: 'post_id' });
  });

  it('make the foreign key of a hasOne unique (one index, a unique one), and leave a hasMany key a plain index', () => {
    const models = (kind: string, fields: object = {}) =>
      parseSpec(
        spec({
          User: { fields: { name: { type: 'string' } }, relations: { profile: { type: kind, model: 'Profile' } } },
          Profile: { fields: { bio: { type: 'text' }, ...fields }, relations: { user: { type: 'belongsTo', model: 'User', onDelete: 'cascade' } } },
        }),
      );
    const key = (kind: string, fields?: object) => modelViews(models(kind, fields)).find((model) => model.name === 'Profile')!.fields.find((column) => column.field === 'userId');
    expect(key('hasOne')).toMatchObject({ unique: true, index: false, references: { table: 'users' } });
    expect(key('hasOne', { userId: { type: 'uuid', index: true } })).toMatchObject({ unique: true, index: false });
    expect(key('hasMany')).toMatchObject({ unique: false, index: true });
  });

  it('refuse a hasOne and a hasMany over the same foreign key', () => {
    const [problem] = problemsOf(
      spec({
        User: { fields: {}, relations: { profile: { type: 'hasOne', model: 'Profile' }, profiles: { type: 'hasMany', model: 'Profile' } } },
        Profile: { fields: {}, relations: { user: { type: 'belongsTo', model: 'User' } } },
      }),
    );
    expect(problem).toContain('models.User.relations.profile: the hasOne "profile" and the hasMany "profiles" read the same foreign key Profile.userId');
  });

  it('name an unknown target model with a suggestion', () => {
    expect(problemsOf(spec({ Author: author, Post: post({ author: { type: 'belongsTo', model: 'Autor' } }) }))).toEqual([
      expect.stringMatching(/models\.Post\.relations\.author\.model: unknown model "Autor"\. Did you mean "Author"\?/),
    ]);
  });

  it('ask for the inverse belongsTo of a hasMany, showing it', () => {
    const [problem] = problemsOf(spec({ Author: { ...author, relations: { posts: { type: 'hasMany', model: 'Post' } } }, Post: post({}) }));
    expect(problem).toContain('models.Author.relations.posts: hasMany "posts" needs Post to hold the foreign key');
    expect(problem).toContain('"author": { "type": "belongsTo", "model": "Author" }');
  });

  it('refuse a relation named like a field', () => {
    expect(problemsOf(spec({ Author: author, Post: post({ title: { type: 'belongsTo', model: 'Author' } }) }))).toEqual([
      expect.stringContaining('models.Post.relations.title: the relation "title" has the name of a field of Post'),
    ]);
  });

  it('refuse onDelete setNull on a required foreign key', () => {
    expect(problemsOf(spec({ Author: author, Post: post({ author: { type: 'belongsTo', model: 'Author', onDelete: 'setNull' } }) }))).toEqual([
      expect.stringMatching(/models\.Post\.relations\.author\.onDelete: onDelete "setNull" needs a foreign key that may be null.*\n?.*"optional": true/),
    ]);
  });

  it('refuse a declared foreign key of the wrong type', () => {
    expect(problemsOf(spec({ Author: author, Post: post({ author: { type: 'belongsTo', model: 'Author' } }, { authorId: { type: 'string' } }) }))).toEqual([
      expect.stringContaining('models.Post.fields.authorId: the foreign key "authorId" is a string, but Author ids are uuids'),
    ]);
  });

  it('refuse options that do not apply to the relation type, and unknown keys with a suggestion', () => {
    expect(problemsOf(spec({ Author: { ...author, relations: { posts: { type: 'hasMany', model: 'Post', onDelete: 'cascade' } } }, Post: post({ author: { type: 'belongsTo', model: 'Author' } }) }))).toEqual([
      expect.stringContaining('models.Author.relations.posts.onDelete: "onDelete" does not apply to a hasMany relation'),
    ]);
    expect(problemsOf(spec({ Author: author, Post: post({ author: { type: 'belongsTo', model: 'Author', ondelete: 'cascade' } }) }))).toEqual([
      expect.stringContaining('unknown key "ondelete". Did you mean "onDelete"?'),
    ]);
  });

  it('refuse a join table that is a model table', () => {
    const [problem] = problemsOf(spec({ Post: post({ tags: { type: 'manyToMany', model: 'Tag', through: 'tags' } }), Tag: { fields: {} } }));
    expect(problem).toContain('the join table "tags" is already the table of model "Tag"');
  });

  it('accept an includeDepth of 1 to 3, and refuse any other value or one on a model without relations', () => {
    const withDepth = (includeDepth: unknown, relations: object = { author: { type: 'belongsTo', model: 'Author' } }) =>
      problemsOf(spec({ Author: author, Post: { ...post(relations), includeDepth } }));
    expect(withDepth(3)).toEqual([]);
    expect(withDepth(4)).toEqual(['models.Post.includeDepth: unknown value 4. (allowed: 1, 2, 3)']);
    expect(withDepth('2')).toEqual(['models.Post.includeDepth: unknown value "2". (allowed: 1, 2, 3)']);
    expect(withDepth(2, {})).toEqual([
      'models.Post.includeDepth: Post has no relations, so `?include=` has nothing to go deep into (remove "includeDepth", or declare relations in models.Post.relations)',
    ]);
  });

  it('refuse an ambiguous inverse, naming the candidates', () => {
    const [problem] = problemsOf(
      spec({
        Author: { ...author, relations: { posts: { type: 'hasMany', model: 'Post' } } },
        Post: post({ author: { type: 'belongsTo', model: 'Author' }, editor: { type: 'belongsTo', model: 'Author', optional: true, onDelete: 'setNull' } }),
      }),
    );
    expect(problem).toContain('Post has 2 belongsTo Author relations (author, editor)');
    expect(problem).toContain('"foreignKey": "authorId"');
  });
});
