import type { ColumnType, Generated } from 'kysely';

/** The `groups` table (model Group). */
export interface GroupTable {
  id: Generated<number>;
  name: string;
  created_at: ColumnType<Date, string, string>;
  updated_at: ColumnType<Date, string, string>;
}
