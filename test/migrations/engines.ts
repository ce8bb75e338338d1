import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { DatabaseKind } from '../../src/spec/field-types.js';
import { tempDir } from '../helpers/cli.js';
import { mysqlUrl, postgresUrl } from '../helpers/services.js';

/** A database of its own for one test: a SQLite file, a PostgreSQL schema or a MySQL database. */
export interface TestDatabase {
  /** What the generated project takes as DATABASE_URL. */
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const name = `kiln_migrations_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  switch (kind) {
    case 'sqlite':
      return { url: join(tempDir('kiln-migrations-db-'), 'test.sqlite'), drop: async () => {} };
    case 'postgres': {
      await onPostgres(`create schema ${name}`);
      const url = new URL(postgresUrl);
      url.searchParams.set('options', `-c search_path=${name}`);
      return { url: url.toString(), drop: () => onPostgres(`drop schema ${name} cascade`) };
    }
    case 'mysql': {
      await onMysql(`create database ${name}`);
      const url = new URL(mysqlUrl);
      url.pathname = `/${name}`;
      return { url: url.toString(), drop: () => onMysql(`drop database ${name}`) };
    }
  }
}

async function onPostgres(statement: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function onMysql(statement: string): Promise<void> {
  const { createConnection } = await import('mysql2/promise');
  const connection = await createConnection({ uri: mysqlUrl });
  try {
    await connection.query(statement);
  } finally {
    await connection.end();
  }
}
