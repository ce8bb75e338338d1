import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import { type IncludeRules, type Includes, parseIncludes } from '../../lib/includes.js';
import { createUserRepository } from '../user/user.repository.js';
import type { User } from '../user/user.schema.js';
import type { Profile } from './profile.schema.js';

/** What `?include=` accepts on /profiles: the relations of its records. */
export const profileIncludeRules: IncludeRules = {
  depth: 1,
  setting: 'models.Profile.includeDepth',
  relations: { user: {} },
};

/** A profile with the relations a request included. */
export type ProfileWithRelations = Profile & { user?: User | null };

export function parseProfileIncludes(value: string | undefined): Includes {
  return parseIncludes(value, profileIncludeRules);
}

/** Loads the included relations of profile records: one query per relation, however many records. */
export async function includeProfileRelations(
  db: Kysely<Database>,
  records: Profile[],
  include: Includes = {},
): Promise<ProfileWithRelations[]> {
  if (records.length === 0 || Object.keys(include).length === 0) return records;
  const [user] = await Promise.all([
    include.user ? createUserRepository(db).findByIds(records.map((record) => record.userId)) : undefined,
  ]);
  const userById = user && new Map(user.map((related) => [related.id, related]));
  return records.map((record) => ({
    ...record,
    ...(userById && { user: userById.get(record.userId) ?? null }),
  }));
}
