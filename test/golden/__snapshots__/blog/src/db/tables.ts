/** The `authors` table (model Author). */
export interface AuthorTable {
  id: string;
  name: string;
  email: string;
  bio: string | null;
  created_at: string;
  updated_at: string;
}

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

/** The `comments` table (model Comment). */
export interface CommentTable {
  id: string;
  post_id: string;
  author_name: string;
  body: string;
  created_at: string;
  updated_at: string;
}

/** Every table, as kysely sees them. */
export interface Database {
  authors: AuthorTable;
  posts: PostTable;
  comments: CommentTable;
}
