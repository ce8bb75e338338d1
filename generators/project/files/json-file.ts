import { printSourceFile } from '../../../src/ast/project.js';
import { func, param, typeAlias } from '../../../src/ast/structures.js';
import type { Dialect } from '../../../src/dialect/index.js';

/** src/lib/json.ts: the JSON value type of json fields (and, on MySQL/MariaDB, reading them back). */
export function jsonFile(dialect: Dialect): string {
  return printSourceFile({
    statements: [
      typeAlias('Json', 'string | number | boolean | null | Json[] | { [key: string]: Json }'),
      ...(dialect.kind === 'mysql'
        ? [
            func('parseJson', [param('value', 'Json | string')], 'Json', [
              'return typeof value === \'string\' ? (JSON.parse(value) as Json) : value;',
            ], { exported: true, docs: ['MariaDB stores JSON as text and returns a string; MySQL returns the parsed value.'] }),
          ]
        : []),
    ],
  });
}
