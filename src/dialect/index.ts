import type { DatabaseKind } from '../spec/field-types.js';
import type { Dialect } from './dialect.js';
import { mysql } from './mysql.js';
import { postgres } from './postgres.js';
import { sqlite } from './sqlite.js';

export type { Dialect } from './dialect.js';

const dialects: Record<DatabaseKind, Dialect> = { sqlite, postgres, mysql };

export const dialectFor = (kind: DatabaseKind): Dialect => dialects[kind];
