import { describe, expect, it } from 'vitest';
import { camelCase, kebabCase, pluralize, snakeCase } from './naming.js';

describe('naming', () => {
  it.each([
    ['BlogPost', 'blogPost', 'blog_post', 'blog-post'],
    ['HTTPRequest', 'httpRequest', 'http_request', 'http-request'],
    ['createdAt', 'createdAt', 'created_at', 'created-at'],
  ])('%s', (name, camel, snake, kebab) => {
    expect([camelCase(name), snakeCase(name), kebabCase(name)]).toEqual([camel, snake, kebab]);
  });

  it.each([
    ['Post', 'Posts'],
    ['Category', 'Categories'],
    ['Status', 'Statuses'],
    ['Box', 'Boxes'],
    ['Person', 'People'],
    ['BlogPost', 'BlogPosts'],
    ['Day', 'Days'],
    ['Media', 'Media'],
  ])('pluralizes %s as %s', (word, plural) => {
    expect(pluralize(word)).toBe(plural);
  });
});
