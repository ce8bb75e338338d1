import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPost, postAggregate, savePost } from '../../resources/post/post.aggregate.js';
import { createPost, deletePost, updatePost } from '../../resources/post/post.commands.js';
import { type PostEvent, postUpdated } from '../../resources/post/post.events.js';
import { createPostRepository } from '../../resources/post/post.repository.js';
import { postSchema, updatePostSchema } from '../../resources/post/post.schema.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { type CommandBus, createCommandBus } from '../cqrs/command-bus.js';
import { defineCommand } from '../cqrs/command.js';
import { fold, loadAggregate } from './aggregate.js';
import { eventSourcingSettings } from './event-sourcing-settings.js';
import { readStream, streamIds } from './event-store.js';
import { rebuildReadModels } from './rebuild.js';

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

/** A seeded pseudo-random sequence (mulberry32): the same commands on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('event sourcing of Post', () => {
  let testApp: TestApp;
  let commands: CommandBus;

  beforeEach(async () => {
    testApp = await createTestApp();
    commands = createCommandBus(testApp.deps);
  });
  afterEach(async () => {
    await testApp.close();
  });

  const send = async (method: string, path: string, headers: Record<string, string>) =>
    testApp.app.request(path, { method, headers });
  const dataOf = async (response: Response) =>
    postSchema.parse(((await response.json()) as { data: unknown }).data);
  const readTable = () => testApp.db.selectFrom('posts').selectAll().orderBy('id').execute();
  /** Runs `count` seeded random creates, updates and deletes; returns the ids created. */
  const runRandomCommands = async (count: number, seed: number) => {
    const random = seededRandom(seed);
    const ids: string[] = [];
    for (let n = 0; n < count; n++) {
      const roll = random();
      const id = ids[Math.floor(random() * ids.length)];
      if (id === undefined || roll < 0.3)
        ids.push(
          (await commands.execute(createPost, { ...validInput, title: `title-${n}`.slice(0, 200) })).id,
        );
      else if (roll < 0.9)
        await commands.execute(updatePost, {
          id,
          ...{ title: n % 2 === 0 ? `title-${n}`.slice(0, 200) : validInput.title },
        });
      else await commands.execute(deletePost, { id });
    }
    return ids;
  };

  it('keeps every change as an event, served as the audit trail at GET /posts/:id/history', async () => {
    const created = await commands.execute(createPost, validInput, { actor: 'tester' });
    await commands.execute(updatePost, { id: created.id, ...{ title: otherInput.title } });
    const response = await send('GET', `/posts/${created.id}/history`, {});
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as {
      data: { type: string; version: number; metadata: object; occurredAt: string }[];
    };
    expect(data.map((event) => [event.type, event.version])).toEqual([
      ['PostCreated', 1],
      ['PostUpdated', 2],
    ]);
    expect(data[0]?.metadata).toEqual({ command: 'CreatePost', actor: 'tester' });
    expect((await send('GET', '/posts/0190a6c4-5b8e-7000-8000-00000000dead/history', {})).status).toBe(404);
  });

  it('lets exactly one of two commands at the same version through; the other gets 409 and changes nothing', async () => {
    const created = await commands.execute(createPost, validInput);
    const stale = await loadPost(testApp.db, created.id);
    const staleUpdate = defineCommand({
      name: 'StaleUpdatePost',
      schema: updatePostSchema,
      handle: (_input, context) =>
        savePost(context, created.id, stale, [
          context.emit(postUpdated(created.id, { updatedAt: new Date().toISOString() })),
        ]),
    });
    await commands.execute(updatePost, { id: created.id, ...{ title: otherInput.title } });
    await expect(commands.execute(staleUpdate, {})).rejects.toMatchObject({ status: 409, code: 'conflict' });
    expect((await readStream(testApp.db, created.id)).map((event) => event.version)).toEqual([1, 2]);
    expect(await createPostRepository(testApp.db).findById(created.id)).toEqual(
      (await loadPost(testApp.db, created.id)).state,
    );
  });

  it('keeps the read table equal to the events folded, after 1,000 seeded random commands', async () => {
    await runRandomCommands(1000, 20261122);
    const repository = createPostRepository(testApp.db);
    const ids = await streamIds(testApp.db, 'Post');
    let existing = 0;
    for (const id of ids) {
      const folded = fold(postAggregate, undefined, await readStream<PostEvent>(testApp.db, id));
      if (folded) existing++;
      expect(await repository.findById(id)).toEqual(folded);
    }
    expect(await readTable()).toHaveLength(existing);
  }, 120_000);

  it('answers GET /posts/:id?asOf=<time> with the state at that time', async () => {
    const beforeCreation = new Date(Date.now() - 60_000).toISOString();
    const created = await commands.execute(createPost, validInput);
    await sleep(5);
    const between = new Date().toISOString();
    await sleep(5);
    const updated = await commands.execute(updatePost, { id: created.id, ...{ title: otherInput.title } });
    const asOf = (time: string) => send('GET', `/posts/${created.id}?asOf=${encodeURIComponent(time)}`, {});
    expect(await dataOf(await asOf(between))).toEqual(created);
    expect(await dataOf(await asOf(new Date().toISOString()))).toEqual(updated);
    expect((await asOf(beforeCreation)).status).toBe(404);
    expect((await asOf('yesterday')).status).toBe(400);
  });

  it('rebuilds the read table exactly from the events', async () => {
    await runRandomCommands(200, 7);
    const before = await readTable();
    await testApp.db.deleteFrom('posts').execute();
    const rebuilt = await rebuildReadModels(testApp.db);
    expect(rebuilt.Post).toBe((await streamIds(testApp.db, 'Post')).length);
    expect(await readTable()).toEqual(before);
  }, 60_000);

  it(`takes a snapshot every ${eventSourcingSettings.snapshotEvery} events and loads the same state from it`, async () => {
    const { snapshotEvery } = eventSourcingSettings;
    const created = await commands.execute(createPost, validInput);
    for (let n = 1; n <= snapshotEvery; n++)
      await commands.execute(updatePost, {
        id: created.id,
        ...{ title: n % 2 === 0 ? `title-${n}`.slice(0, 200) : validInput.title },
      });
    const snapshots = await testApp.db
      .selectFrom('domain_snapshots')
      .select('version')
      .where('stream_id', '=', created.id)
      .execute();
    expect(snapshots).toEqual([{ version: snapshotEvery }]);
    const loaded = await loadAggregate(testApp.db, postAggregate, created.id);
    expect(loaded.version).toBe(snapshotEvery + 1);
    expect(loaded.state).toEqual(
      fold(postAggregate, undefined, await readStream<PostEvent>(testApp.db, created.id)),
    );
  });
});
