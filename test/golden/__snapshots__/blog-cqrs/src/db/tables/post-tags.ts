/** The `post_tags` join table: one row per linked Post–Tag pair. */
export interface PostTagsTable {
  post_id: string;
  tag_id: string;
}
