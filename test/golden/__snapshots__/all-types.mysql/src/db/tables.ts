import type { ColumnType, Generated } from 'kysely';
import type { Json } from '../lib/json.js';

/** The `samples` table (model Sample). */
export interface SampleTable {
  id: string;
  label: string;
  notes: string | null;
  quantity: number;
  ratio: number | null;
  price: string;
  active: ColumnType<number, boolean, boolean>;
  flagged: ColumnType<number | null, boolean | null, boolean | null>;
  released_on: string | null;
  published_at: Date | null;
  external_id: string | null;
  metadata: ColumnType<Json | string, string, string>;
  settings: ColumnType<Json | string | null, string | null, string | null>;
  kind: 'basic' | 'premium' | 'legacy';
  order: number | null;
  select: string | null;
  from: string | null;
  created_at: Date;
  updated_at: Date;
}

/** The `groups` table (model Group). */
export interface GroupTable {
  id: Generated<number>;
  name: string;
  created_at: Date;
  updated_at: Date;
}

/** The `users` table (model User). */
export interface UserTable {
  id: string;
  handle: string;
  group: number | null;
}

/** Every table, as kysely sees them. */
export interface Database {
  samples: SampleTable;
  groups: GroupTable;
  users: UserTable;
}
