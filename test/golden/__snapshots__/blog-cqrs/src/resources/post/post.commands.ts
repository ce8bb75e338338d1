import * as z from 'zod';
import { defineCommand } from '../../features/cqrs/command.js';
import { uuidv7 } from '../../lib/uuid.js';
import { loadPost, savePost } from './post.aggregate.js';
import { postCreated, postDeleted, postPublished, postUpdated } from './post.events.js';
import { createPostSchema, type Post, postIdSchema, updatePostSchema } from './post.schema.js';

/** What a client sends to publish a post. */
export const publishPostSchema = createPostSchema.pick({ published: true, status: true });

/** Creates a post; emits PostCreated. */
export const createPost = defineCommand({
  name: 'CreatePost',
  schema: createPostSchema,
  async handle(input, context) {
    const post: Post = { id: uuidv7(), ...input, createdAt: context.now, updatedAt: context.now };
    await savePost(context, post.id, { state: undefined, version: 0 }, [context.emit(postCreated(post))]);
    return post;
  },
});

/** Changes some fields of a post; emits PostUpdated. Undefined when there is no such post. */
export const updatePost = defineCommand({
  name: 'UpdatePost',
  schema: updatePostSchema.extend({ id: postIdSchema }),
  async handle({ id, ...changes }, context) {
    const loaded = await loadPost(context.db, id);
    if (!loaded.state) return undefined;
    return savePost(context, id, loaded, [
      context.emit(postUpdated(id, { ...changes, updatedAt: context.now })),
    ]);
  },
});

/** Deletes a post; emits PostDeleted. False when there was no such post. */
export const deletePost = defineCommand({
  name: 'DeletePost',
  schema: z.object({ id: postIdSchema }),
  async handle({ id }, context) {
    const loaded = await loadPost(context.db, id);
    if (!loaded.state) return false;
    await savePost(context, id, loaded, [context.emit(postDeleted(id))]);
    return true;
  },
});

/** Publishes a draft; emits PostPublished. Undefined when there is no such post. */
export const publishPost = defineCommand({
  name: 'PublishPost',
  schema: publishPostSchema.extend({ id: postIdSchema }),
  async handle({ id, ...changes }, context) {
    const loaded = await loadPost(context.db, id);
    if (!loaded.state) return undefined;
    return savePost(context, id, loaded, [
      context.emit(postPublished(id, { ...changes, updatedAt: context.now })),
    ]);
  },
});
