import type { Generated } from 'kysely';

/** The `groups` table (model Group). */
export interface GroupTable {
  id: Generated<number>;
  name: string;
  created_at: string;
  updated_at: string;
}
