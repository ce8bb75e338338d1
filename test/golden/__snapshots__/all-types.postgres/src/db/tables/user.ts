/** The `users` table (model User). */
export interface UserTable {
  id: string;
  handle: string;
  group: number | null;
}
