/** The `posts` table (model Post). */
export interface PostTable {
  id: string;
  title: string;
  body: string | null;
  published: number;
  status: 'draft' | 'published' | 'archived';
  author_id: string;
  created_at: string;
  updated_at: string;
}
