import type { ColumnType } from 'kysely';
import type { Json } from '../../lib/json.js';

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
