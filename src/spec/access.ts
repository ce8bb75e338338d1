import { closest } from './suggest.js';

/** The actions of a resource that access rules govern, in route order. */
export const accessActions = ['list', 'get', 'create', 'update', 'delete'] as const;
export type AccessAction = (typeof accessActions)[number];

/** A parsed access rule: who may call an action. */
export type AccessRule = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'owner' } | { kind: 'role'; role: string };

/** The feature that enforces access rules; without it they would be silently ignored, so they are refused. */
export const accessFeature = 'jwt-auth';

/** With auth on and no rule given: anyone may read, only signed-in users may write. */
export const defaultAccess: Readonly<Record<AccessAction, string>> = {
  list: 'public',
  get: 'public',
  create: 'authenticated',
  update: 'authenticated',
  delete: 'authenticated',
};

const rolePattern = /^role:([a-z][a-z0-9_-]{0,31})$/;
const ruleForms = ['public', 'authenticated', 'owner', 'role:<name>'];

export function parseAccessRule(text: string): AccessRule | undefined {
  if (text === 'public' || text === 'authenticated' || text === 'owner') return { kind: text };
  const role = rolePattern.exec(text)?.[1];
  return role ? { kind: 'role', role } : undefined;
}

/** Why a rule does not parse, with the closest valid form. */
export function describeBadRule(text: string): { message: string; hint: string } {
  const suggestion = text.startsWith('role') ? 'role:<name>' : closest(text, ruleForms);
  return {
    message: `unknown access rule ${JSON.stringify(text)}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
    hint: 'use "public", "authenticated", "owner" or "role:<name>" (a lowercase role name, like "role:admin")',
  };
}
