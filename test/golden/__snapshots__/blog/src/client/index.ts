import type { z } from 'zod';
import type { CursorPage, Page } from '../lib/pagination.js';
import type {
  Author,
  AuthorId,
  createAuthorSchema,
  updateAuthorSchema,
} from '../resources/author/author.schema.js';
import type {
  Comment,
  CommentId,
  createCommentSchema,
  updateCommentSchema,
} from '../resources/comment/comment.schema.js';
import type { createPostSchema, Post, PostId, updatePostSchema } from '../resources/post/post.schema.js';
import type { createTagSchema, Tag, TagId, updateTagSchema } from '../resources/tag/tag.schema.js';

export type FilterOperator =
  'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'contains' | 'startsWith' | 'isNull';

/** One filter value; an array for `in`. */
export type FilterValue = string | number | boolean | readonly (string | number)[];

/** A list query; which fields filter and sort is typed per resource. */
export interface ListOptions<Field extends string> {
  /** `{ status: { eq: "draft" } }` → `filter[status][eq]=draft`. */
  filter?: Partial<Record<Field, Partial<Record<FilterOperator, FilterValue>>>>;
  /** Sort keys, a minus for descending. */
  sort?: readonly (Field | `-${Field}`)[];
  q?: string;
  limit?: number;
  offset?: number;
  /** `meta.nextCursor` of the previous page (cursor-paged lists). */
  after?: string;
}

export interface ClientOptions {
  /** Where the API is, e.g. `https://api.example.com`. */
  baseUrl: string;
  /** A fetch to use instead of the global one (tests, retries, logging). */
  fetch?: typeof fetch;
  /** An access token sent as `Authorization: Bearer …`, or a function that returns the current one. */
  token?: string | (() => string | undefined);
}

/** An error response of the API: its status and `{ error: { code, message, details } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A client of every resource: `client.posts.list({ filter, sort, limit })`, `get`, `create`, `update`, `delete`. */
export function createClient(options: ClientOptions) {
  const request = requester(options);
  return {
    authors: resource<
      Author,
      AuthorId,
      z.input<typeof createAuthorSchema>,
      z.input<typeof updateAuthorSchema>,
      'id' | 'email' | 'createdAt' | 'updatedAt',
      Page<Author>
    >(request, '/authors'),
    posts: resource<
      Post,
      PostId,
      z.input<typeof createPostSchema>,
      z.input<typeof updatePostSchema>,
      'id' | 'status' | 'authorId' | 'createdAt' | 'updatedAt',
      Page<Post>
    >(request, '/posts'),
    comments: resource<
      Comment,
      CommentId,
      z.input<typeof createCommentSchema>,
      z.input<typeof updateCommentSchema>,
      'id' | 'postId' | 'authorId' | 'createdAt' | 'updatedAt',
      CursorPage<Comment>
    >(request, '/comments'),
    tags: resource<
      Tag,
      TagId,
      z.input<typeof createTagSchema>,
      z.input<typeof updateTagSchema>,
      'id' | 'name' | 'createdAt' | 'updatedAt',
      Page<Tag>
    >(request, '/tags'),
  };
}

export type Client = ReturnType<typeof createClient>;

type Request = <T>(method: string, path: string, body?: unknown) => Promise<T>;

function resource<T, Id extends string | number, Create, Update, Field extends string, ListPage>(
  request: Request,
  path: string,
) {
  const one = (id: string | number) => `${path}/${encodeURIComponent(String(id))}`;
  return {
    list: (options: ListOptions<Field> = {}) => request<ListPage>('GET', path + queryString(options)),
    get: async (id: Id) => (await request<{ data: T }>('GET', one(id))).data,
    create: async (input: Create) => (await request<{ data: T }>('POST', path, input)).data,
    update: async (id: Id, input: Update) => (await request<{ data: T }>('PATCH', one(id), input)).data,
    delete: (id: Id) => request<void>('DELETE', one(id)),
  };
}

function requester(options: ClientOptions): Request {
  const send = options.fetch ?? fetch;
  const base = options.baseUrl.replace(/\/$/, '');
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const token = typeof options.token === 'function' ? options.token() : options.token;
    const headers: Record<string, string> = {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    };
    const response = await send(`${base}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw await apiError(response);
    // 204 No Content: the callers that get it (delete) return nothing.
    return (response.status === 204 ? undefined : await response.json()) as T;
  };
}

async function apiError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => undefined)) as
    { error?: { code?: string; message?: string; details?: unknown } } | undefined;
  const { code = `http_${response.status}`, message = response.statusText, details } = body?.error ?? {};
  return new ApiError(response.status, code, message, details);
}

/** `filter[field][op]=value…&sort=…&q&limit&offset&after`, as the list routes read it. */
function queryString(options: ListOptions<string>): string {
  const query = new URLSearchParams();
  for (const [field, operators] of Object.entries(options.filter ?? {})) {
    for (const [operator, value] of Object.entries(operators ?? {})) {
      query.append(`filter[${field}][${operator}]`, Array.isArray(value) ? value.join(',') : String(value));
    }
  }

  if (options.sort?.length) query.set('sort', options.sort.join(','));
  for (const key of ['q', 'limit', 'offset', 'after'] as const) {
    if (options[key] !== undefined) query.set(key, String(options[key]));
  }

  const text = query.toString();
  return text ? `?${text}` : '';
}
