import type { Context } from 'hono';
import type { CommandMetadata } from './command.js';

/** The request's id and, when an auth feature signed the user in, the user's id as the actor. */
export function commandMetadata(c: Context): CommandMetadata {
  const user: unknown = c.get('user');
  const requestId: unknown = c.get('requestId');
  return {
    ...(hasId(user) ? { actor: user.id } : {}),
    ...(typeof requestId === 'string' ? { requestId } : {}),
  };
}

const hasId = (value: unknown): value is { id: string } =>
  typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string';
