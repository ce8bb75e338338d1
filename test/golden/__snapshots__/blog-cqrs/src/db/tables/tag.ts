/** The `tags` table (model Tag). */
export interface TagTable {
  id: string;
  name: string;
  created_at: string;
  updated_at: string;
}
