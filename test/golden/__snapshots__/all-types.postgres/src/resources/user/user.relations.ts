import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import { groupBy, type IncludeRules, type Includes, parseIncludes } from '../../lib/includes.js';
import { createProfileRepository } from '../profile/profile.repository.js';
import type { Profile } from '../profile/profile.schema.js';
import type { User } from './user.schema.js';

/** What `?include=` accepts on /users: the relations of its records. */
export const userIncludeRules: IncludeRules = {
  depth: 1,
  setting: 'models.User.includeDepth',
  relations: { profile: {} },
};

/** A user with the relations a request included. */
export type UserWithRelations = User & { profile?: Profile | null };

export function parseUserIncludes(value: string | undefined): Includes {
  return parseIncludes(value, userIncludeRules);
}

/** Loads the included relations of user records: one query per relation, however many records. */
export async function includeUserRelations(
  db: Kysely<Database>,
  records: User[],
  include: Includes = {},
): Promise<UserWithRelations[]> {
  if (records.length === 0 || Object.keys(include).length === 0) return records;
  const ids = records.map((record) => record.id);
  const [profile] = await Promise.all([
    include.profile ? createProfileRepository(db).findByUserIds(ids) : undefined,
  ]);
  const profileByUser = profile && groupBy(profile, (related) => related.userId);
  return records.map((record) => ({
    ...record,
    ...(profileByUser && { profile: profileByUser.get(record.id)?.[0] ?? null }),
  }));
}
