import type { Generated } from 'kysely';

/** The `groups` table (model Group). */
export interface GroupTable {
  id: Generated<number>;
  name: string;
  created_at: Date;
  updated_at: Date;
}
