import { describe, expect, it } from 'vitest';
import { dialectFor } from '../../dialect/index.js';
import { snapshotOf } from '../../migrate/snapshot.js';
import { validateSpecValue } from '../../spec/load.js';
import { compareMigrations, compareSchema, normalizeType } from './compare.js';
import type { LiveSchema } from './introspect.js';

const spec = validateSpecValue({
  name: 'demo',
  database: 'postgres',
  models: { Post: { timestamps: false, fields: { title: { type: 'string', max: 200, unique: true }, status: { type: 'enum', values: ['a', 'b'], default: 'a' } } } },
});
const live = (): LiveSchema => ({
  applied: [],
  tables: new Map([
    [
      'posts',
      {
        columns: [
          { name: 'id', type: 'uuid', nullable: false, hasDefault: false },
          { name: 'title', type: 'character varying(200)', nullable: false, hasDefault: false },
          { name: 'status', type: 'text', nullable: false, hasDefault: true },
        ],
        indexes: [{ name: 'posts_title_unique', columns: ['title'], unique: true, valid: true }],
        checks: ['posts_status_check'],
        foreignKeys: [],
      },
    ],
  ]),
});

describe('compareSchema', () => {
  it('finds nothing when the database matches the spec', () => {
    expect(compareSchema(snapshotOf(spec), live(), dialectFor('postgres'))).toEqual([]);
  });

  it('names extra and missing columns, type and nullability changes, and missing indexes and checks', () => {
    const database = live();
    const posts = database.tables.get('posts')!;
    posts.columns = [
      { name: 'id', type: 'uuid', nullable: false, hasDefault: false },
      { name: 'title', type: 'character varying(100)', nullable: true, hasDefault: false },
      { name: 'sneaky', type: 'integer', nullable: true, hasDefault: false },
    ];
    posts.indexes = [];
    posts.checks = [];
    database.tables.set('legacy', { columns: [], indexes: [], checks: [], foreignKeys: [] });
    expect(compareSchema(snapshotOf(spec), database, dialectFor('postgres'))).toEqual([
      { kind: 'db-mismatch', path: 'posts.title', message: 'is character varying(100) in the database, varchar(200) in kiln.json' },
      { kind: 'db-mismatch', path: 'posts.title', message: 'is nullable in the database, required in kiln.json' },
      { kind: 'db-missing', path: 'posts.status', message: 'column is in kiln.json but not in the database' },
      { kind: 'db-extra', path: 'posts.sneaky', message: 'column (integer, nullable) is in the database but not in kiln.json' },
      { kind: 'db-missing', path: 'posts index posts_title_unique', message: 'unique (title) is in kiln.json but not in the database' },
      expect.objectContaining({ kind: 'db-missing', path: 'posts check posts_status_check' }),
      { kind: 'db-extra', path: 'legacy', message: 'table is in the database but not in kiln.json' },
    ]);
  });
});

describe('compareMigrations', () => {
  it('lists migrations not applied, and applied ones without a file', () => {
    expect(compareMigrations(['20240101000000_a.ts', '20240102000000_b.ts'], ['20240101000000_a', '20231231000000_gone'])).toEqual([
      expect.objectContaining({ kind: 'db-unapplied', path: 'src/db/migrations/20240102000000_b.ts' }),
      expect.objectContaining({ kind: 'db-extra', path: 'kysely_migration 20231231000000_gone' }),
    ]);
  });
});

describe('normalizeType', () => {
  it.each([
    ['character varying(255)', 'varchar(255)'],
    ['int(11)', 'integer'],
    ['tinyint(1)', 'boolean'],
    ['numeric(10,2)', 'decimal(10, 2)'],
    ['timestamp with time zone', 'timestamptz'],
    ['double', 'double precision'],
    ['longtext', 'json'],
  ])('spells %s and %s the same', (reported, declared) => {
    expect(normalizeType(reported)).toBe(normalizeType(declared));
  });
});
