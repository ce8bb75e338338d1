import type { AuthorTable } from './tables/author.js';
import type { PostTable } from './tables/post.js';
import type { CommentTable } from './tables/comment.js';
import type {
  PasswordResetTokensTable,
  RefreshTokensTable,
  UsersTable,
} from '../features/auth/auth-tables.js';

/** Every table, as kysely sees them. */
export interface Database {
  authors: AuthorTable;
  posts: PostTable;
  comments: CommentTable;
  password_reset_tokens: PasswordResetTokensTable;
  refresh_tokens: RefreshTokensTable;
  users: UsersTable;
}
