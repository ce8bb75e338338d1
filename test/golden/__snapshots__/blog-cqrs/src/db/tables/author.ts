/** The `authors` table (model Author). */
export interface AuthorTable {
  id: string;
  name: string;
  email: string;
  bio: string | null;
  created_at: string;
  updated_at: string;
}
