import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import { toUserRow } from '../resources/user/user.repository.js';

/** Inserts the user tests refer to as variant 1 or 2, and the rows it refers to. */
export async function seedUser(db: Kysely<Database>, variant: 1 | 2): Promise<void> {
  const id = variant === 1 ? '0190a6c4-5b8e-7000-8000-00000000a001' : '0190a6c4-5b8e-7000-8000-00000000a002';
  if (await db.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst()) return;
  const input = toUserRow(
    variant === 1 ? { handle: 'Seeded Handle 1', group: null } : { handle: 'Seeded Handle 2', group: null },
  );
  await db
    .insertInto('users')
    .values({ id, ...input })
    .execute();
}
