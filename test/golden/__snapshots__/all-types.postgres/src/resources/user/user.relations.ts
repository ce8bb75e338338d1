import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import { groupBy, parseIncludes } from '../../lib/includes.js';
import { createProfileRepository } from '../profile/profile.repository.js';
import type { Profile } from '../profile/profile.schema.js';
import type { User } from './user.schema.js';

/** The relations `?include=` accepts. */
export const userIncludes = ['profile'] as const;

export type UserInclude = (typeof userIncludes)[number];

/** A user with the relations a request included. */
export type UserWithRelations = User & { profile?: Profile | null };

export function parseUserIncludes(value: string | undefined): UserInclude[] {
  return parseIncludes(value, userIncludes);
}

/** Loads the included relations of user records: one query per relation, however many records. */
export async function includeUserRelations(
  db: Kysely<Database>,
  records: User[],
  include: readonly UserInclude[],
): Promise<UserWithRelations[]> {
  if (include.length === 0 || records.length === 0) return records;
  const ids = records.map((record) => record.id);
  const [profile] = await Promise.all([
    include.includes('profile') ? createProfileRepository(db).findByUserIds(ids) : undefined,
  ]);
  const profileByUser = profile && groupBy(profile, (related) => related.userId);
  return records.map((record) => ({
    ...record,
    ...(profileByUser && { profile: profileByUser.get(record.id)?.[0] ?? null }),
  }));
}
