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
  active: boolean;
  flagged: boolean | null;
  released_on: string | null;
  published_at: ColumnType<Date | null, string | null, string | null>;
  external_id: string | null;
  metadata: ColumnType<Json, string, string>;
  settings: ColumnType<Json | null, string | null, string | null>;
  kind: 'basic' | 'premium' | 'legacy';
  order: number | null;
  select: string | null;
  from: string | null;
  created_at: ColumnType<Date, string, string>;
  updated_at: ColumnType<Date, string, string>;
}
