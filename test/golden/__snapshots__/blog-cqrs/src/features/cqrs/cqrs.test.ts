import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPost, deletePost, updatePost } from '../../resources/post/post.commands.js';
import { listPosts } from '../../resources/post/post.queries.js';
import { createPostSchema } from '../../resources/post/post.schema.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { type CommandBus, createCommandBus } from './command-bus.js';
import { defineCommand } from './command.js';
import type { DomainEvent } from './domain-event.js';
import { createQueryBus } from './query-bus.js';

const validInput = {
  title: 'Title 1',
  body: 'Body 1',
  published: true,
  status: 'draft',
  authorId: '0190a6c4-5b8e-7000-8000-000000000001',
} as const;

const otherInput = {
  title: 'Title 2',
  body: 'Body 2',
  published: false,
  status: 'published',
  authorId: '0190a6c4-5b8e-7000-8000-000000000002',
} as const;

describe('commands and events of Post', () => {
  let testApp: TestApp;
  let commands: CommandBus;
  let published: DomainEvent[];

  beforeEach(async () => {
    testApp = await createTestApp();
    commands = createCommandBus(testApp.deps);
    published = [];
    testApp.deps.events.subscribe('*', (event) => {
      published.push(event);
    });
  });
  afterEach(async () => {
    await testApp.close();
  });

  const send = async (method: string, path: string, body: unknown, headers: Record<string, string>) =>
    testApp.app.request(path, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('rejects invalid input with 400 before any handler runs, through the bus and over HTTP', async () => {
    const invalid = { ...validInput, notAField: true };
    await expect(commands.execute(createPost, invalid as never)).rejects.toMatchObject({
      status: 400,
      code: 'validation_failed',
    });
    expect((await send('POST', '/posts', invalid, {})).status).toBe(400);
    expect(published).toEqual([]);
  });

  it("publishes each command's event once it has committed, with its metadata", async () => {
    const created = await commands.execute(createPost, validInput, { actor: 'tester' });
    await commands.execute(updatePost, { id: created.id, title: otherInput.title });
    await commands.execute(deletePost, { id: created.id });
    expect(published.map((event) => event.type)).toEqual(['PostCreated', 'PostUpdated', 'PostDeleted']);
    expect(published[0]).toMatchObject({
      streamId: created.id,
      payload: created,
      metadata: { command: 'CreatePost', actor: 'tester' },
    });
  });

  it('publishes nothing, and keeps nothing, when the transaction fails', async () => {
    const failing = defineCommand({
      name: 'FailingCreate',
      schema: createPostSchema,
      async handle(input, context) {
        await createPost.handle(input, context);
        throw new Error('forced failure');
      },
    });
    await expect(commands.execute(failing, validInput)).rejects.toThrow('forced failure');
    expect(published).toEqual([]);
    const page = await createQueryBus(testApp.deps).execute(listPosts, {
      filters: [],
      sort: [{ field: 'id', direction: 'asc' }],
      limit: 10,
      offset: 0,
    });
    expect(page.data).toEqual([]);
  });

  it('routes HTTP writes through the command bus, with the request id', async () => {
    const response = await send('POST', '/posts', validInput, {});
    expect(response.status).toBe(201);
    expect(published).toHaveLength(1);
    expect(published[0]?.metadata).toMatchObject({ command: 'CreatePost', requestId: expect.any(String) });
  });

  it('runs PublishPost at POST /posts/:id/publish and publishes PostPublished', async () => {
    const created = await commands.execute(createPost, validInput);
    published.length = 0;
    const response = await send(
      'POST',
      `/posts/${created.id}/publish`,
      { published: false, status: 'published' },
      {},
    );
    expect(response.status).toBe(200);
    expect(published.map((event) => event.type)).toEqual(['PostPublished']);
  });
});
