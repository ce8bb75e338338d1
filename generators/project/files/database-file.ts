import { printSourceFile } from '../../../src/ast/project.js';
import { constant, func, importDefault, importFrom, importsOf, param } from '../../../src/ast/structures.js';
import type { Dialect } from '../../../src/dialect/index.js';

/** src/db/database.ts: the kysely instance for the project's dialect, connected from DATABASE_URL. */
export function databaseFile(dialect: Dialect): string {
  const tables = importFrom('./tables.js', ['Database'], { typeOnly: true });
  switch (dialect.kind) {
    case 'sqlite':
      return printSourceFile({
        statements: [
          ...importsOf({ 'node:fs': { names: ['mkdirSync'] }, 'node:path': { names: ['dirname'] } }),
          importDefault('better-sqlite3', 'SQLite'),
          ...importsOf({ kysely: { names: ['Kysely', 'SqliteDialect'], types: ['SqliteDatabase', 'SqliteStatement'] } }),
          tables,
          func('createDatabase', [param('url', 'string')], 'Kysely<Database>', [
            "const filename = url.replace(/^file:/, '');",
            "if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });",
            'const sqlite = new SQLite(filename);',
            "sqlite.pragma('journal_mode = WAL'); // readers never block the writer",
            "sqlite.pragma('foreign_keys = ON'); // SQLite leaves foreign keys unchecked unless asked",
            "sqlite.pragma('busy_timeout = 5000');",
            'return new Kysely<Database>({ dialect: new SqliteDialect({ database: reusingStatements(sqlite) }) });',
          ], { exported: true, docs: ['Opens the SQLite database at `url`: a file path, a `file:` URL, or `:memory:`.'] }),
          constant('maxStatements', '500'),
          func('reusingStatements', [param('sqlite', 'SQLite.Database')], 'SqliteDatabase', [
            'const statements = new Map<string, SqliteStatement>();',
            'return {',
            '  close: () => sqlite.close(),',
            '  prepare(sql) {',
            '    let statement = statements.get(sql);',
            '    if (!statement) {',
            '      if (statements.size >= maxStatements) statements.clear();',
            '      statement = sqlite.prepare(sql);',
            '      statements.set(sql, statement);',
            '    }',
            '    return statement;',
            '  },',
            '};',
          ], {
            docs: [
              'kysely prepares every query it runs, and preparing costs more than a point lookup: keep the prepared statements\n(the app runs a small, fixed set of SQL strings) and reuse them.',
            ],
          }),
        ],
      });
    case 'postgres':
      return printSourceFile({
        statements: [
          importDefault('pg', 'pg'),
          ...importsOf({ kysely: { names: ['Kysely', 'PostgresDialect'] } }),
          tables,
          "// node-postgres turns a DATE into a Date at local midnight; keep the 'YYYY-MM-DD' string the API uses.",
          'pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);',
          func('createDatabase', [param('url', 'string')], 'Kysely<Database>', [
            'return new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }) });',
          ], { exported: true, docs: ['Connects to PostgreSQL through a connection pool.'] }),
        ],
      });
    case 'mysql':
      return printSourceFile({
        statements: [
          ...importsOf({ kysely: { names: ['Kysely', 'MysqlDialect'] }, mysql2: { names: ['createPool'] } }),
          tables,
          func('createDatabase', [param('url', 'string')], 'Kysely<Database>', [
            "// UTC in and out, and DATE kept as the 'YYYY-MM-DD' string the API uses.",
            "const pool = createPool({ uri: url, timezone: 'Z', dateStrings: ['DATE'] });",
            'return new Kysely<Database>({ dialect: new MysqlDialect({ pool }) });',
          ], { exported: true, docs: ['Connects to MySQL or MariaDB through a connection pool.'] }),
        ],
      });
  }
}

/**
 * src/db/errors.ts: recognises the driver's constraint errors, so a duplicate becomes a 409 and a broken reference a
 * 400 or 409 (see lib/errors.ts), not a 500.
 */
export function databaseErrorsFile(dialect: Dialect): string {
  if (dialect.kind === 'sqlite') {
    return printSourceFile({
      statements: [
        importDefault('better-sqlite3', 'SQLite'),
        func('isUniqueViolation', [param('error', 'unknown')], 'boolean', [
          'return (',
          '  error instanceof SQLite.SqliteError &&',
          "  (error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY')",
          ');',
        ], { exported: true }),
        func('isForeignKeyViolation', [param('error', 'unknown')], 'boolean', [
          'if (!(error instanceof SQLite.SqliteError)) return false;',
          '// ON DELETE RESTRICT is enforced by a trigger, and reported as one.',
          "return error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || (error.code === 'SQLITE_CONSTRAINT_TRIGGER' && error.message === 'FOREIGN KEY constraint failed');",
        ], { exported: true, docs: ['A write naming a row that does not exist, or a delete of a row others still reference (restrict).'] }),
      ],
    });
  }
  const code = dialect.kind === 'postgres' ? "'23505'" : "'ER_DUP_ENTRY'";
  const foreignKey = dialect.kind === 'postgres' ? "code === '23503'" : "code === 'ER_NO_REFERENCED_ROW_2' || code === 'ER_ROW_IS_REFERENCED_2'";
  return printSourceFile({
    statements: [
      func('errorCode', [param('error', 'unknown')], 'unknown', [
        "return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;",
      ]),
      func('isUniqueViolation', [param('error', 'unknown')], 'boolean', [`return errorCode(error) === ${code};`], { exported: true }),
      func('isForeignKeyViolation', [param('error', 'unknown')], 'boolean', [
        ...(dialect.kind === 'postgres' ? [] : ['const code = errorCode(error);']),
        dialect.kind === 'postgres' ? `return errorCode(error) === '23503';` : `return ${foreignKey};`,
      ], { exported: true, docs: ['A write naming a row that does not exist, or a delete of a row others still reference (restrict).'] }),
    ],
  });
}
