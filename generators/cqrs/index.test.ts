import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KilnError } from '../../src/errors.js';
import { generateInMemory } from '../../src/testing.js';

const blog = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/specs/blog.json'), 'utf8')) as object;
const withCqrs = (cqrs: object) => ({ ...blog, features: { cqrs } });

describe('gen feature cqrs', () => {
  it('writes the buses, per-model commands, queries and events, and routes every model through them', async () => {
    const { files } = await generateInMemory(withCqrs({}));
    for (const file of ['command.ts', 'query.ts', 'domain-event.ts', 'command-bus.ts', 'query-bus.ts', 'event-bus.ts', 'middleware.ts', 'subscribers.ts', 'command-metadata.ts', 'cqrs.test.ts', 'README.md']) {
      expect(files[`src/features/cqrs/${file}`]).toBeDefined();
    }
    for (const model of ['author', 'post', 'comment']) {
      for (const module of ['commands', 'queries', 'events']) expect(files[`src/resources/${model}/${model}.${module}.ts`]).toBeDefined();
    }
    expect(files['src/app.ts']).toContain('  events: EventBus;\n}');
    const routes = files['src/resources/post/post.routes.ts'] ?? '';
    expect(routes).toContain('const post = await commands.execute(createPost, input, commandMetadata(c));');
    expect(routes).toContain('const post = await queries.execute(getPost, { id });');
    expect(routes).not.toContain('createPostRepository');
  });

  it('maps a custom command to POST /:id/<name> with the fields it sets', async () => {
    const { files } = await generateInMemory(withCqrs({ models: ['Post'], commands: { Post: { publish: { fields: ['published', 'status'] } } } }));
    expect(files['src/resources/post/post.commands.ts']).toContain('export const publishPostSchema = createPostSchema.pick({ published: true, status: true });');
    expect(files['src/resources/post/post.events.ts']).toContain("export type PostPublished = DomainEvent<'PostPublished', PostPublishedPayload>;");
    expect(files['src/resources/post/post.routes.ts']).toContain(".post('/:id/publish', async (c) => {");
    expect(files['src/resources/author/author.routes.ts']).toContain('createAuthorRepository');
  });

  it('names an unknown field of a custom command with its path, and a reserved command name', async () => {
    const unknownField = generateInMemory(withCqrs({ commands: { Post: { publish: { fields: ['publishd'] } } } }));
    await expect(unknownField).rejects.toThrow(KilnError);
    await expect(unknownField).rejects.toThrow('features.cqrs.commands.Post.publish.fields[0]: unknown field "publishd" of Post. Did you mean "published"?');
    await expect(generateInMemory(withCqrs({ commands: { Post: { history: { fields: ['title'] } } } }))).rejects.toThrow(
      'features.cqrs.commands.Post.history: "history" is a built-in command or route of every model',
    );
    await expect(generateInMemory(withCqrs({ models: ['Author'], commands: { Post: { publish: { fields: ['title'] } } } }))).rejects.toThrow(
      'features.cqrs.commands.Post: "Post" is not one of the models cqrs applies to.',
    );
  });

  it('leaves no trace once removed', async () => {
    const plain = await generateInMemory(blog);
    const enabled = await generateInMemory(withCqrs({}), { files: plain.files });
    const removed = await generateInMemory({ ...blog, features: {} }, { files: enabled.files });
    const { 'kiln.json': _spec, 'kiln.lock.json': _lock, ...after } = removed.files;
    const { 'kiln.json': _s, 'kiln.lock.json': _l, ...before } = plain.files;
    expect(after).toEqual(before);
  });
});
