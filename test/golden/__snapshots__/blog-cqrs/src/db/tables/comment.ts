/** The `comments` table (model Comment). */
export interface CommentTable {
  id: string;
  post_id: string;
  author_name: string;
  body: string;
  created_at: string;
  updated_at: string;
}
