import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import { parseIncludes } from '../../lib/includes.js';
import { createUserRepository } from '../user/user.repository.js';
import type { User } from '../user/user.schema.js';
import type { Profile } from './profile.schema.js';

/** The relations `?include=` accepts. */
export const profileIncludes = ['user'] as const;

export type ProfileInclude = (typeof profileIncludes)[number];

/** A profile with the relations a request included. */
export type ProfileWithRelations = Profile & { user?: User | null };

export function parseProfileIncludes(value: string | undefined): ProfileInclude[] {
  return parseIncludes(value, profileIncludes);
}

/** Loads the included relations of profile records: one query per relation, however many records. */
export async function includeProfileRelations(
  db: Kysely<Database>,
  records: Profile[],
  include: readonly ProfileInclude[],
): Promise<ProfileWithRelations[]> {
  if (include.length === 0 || records.length === 0) return records;
  const [user] = await Promise.all([
    include.includes('user')
      ? createUserRepository(db).findByIds(records.map((record) => record.userId))
      : undefined,
  ]);
  const userById = user && new Map(user.map((related) => [related.id, related]));
  return records.map((record) => ({
    ...record,
    ...(userById && { user: userById.get(record.userId) ?? null }),
  }));
}
