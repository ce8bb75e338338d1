import type { ColumnType } from 'kysely';

/** The `profiles` table (model Profile). */
export interface ProfileTable {
  id: string;
  bio: string;
  user_id: string;
  created_at: ColumnType<Date, string, string>;
  updated_at: ColumnType<Date, string, string>;
}
