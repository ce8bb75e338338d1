/** The `profiles` table (model Profile). */
export interface ProfileTable {
  id: string;
  bio: string;
  user_id: string;
  created_at: string;
  updated_at: string;
}
