import type { AuthorTable } from './tables/author.js';
import type { PostTable } from './tables/post.js';
import type { CommentTable } from './tables/comment.js';

/** Every table, as kysely sees them. */
export interface Database {
  authors: AuthorTable;
  posts: PostTable;
  comments: CommentTable;
}
