import { describe, expect, it } from 'vitest';
import { parseFieldShorthand } from './shorthand.js';

describe('parseFieldShorthand', () => {
  it.each([
    ['title:string', ['title', { type: 'string' }]],
    ['body:text?', ['body', { type: 'text', optional: true }]],
    ['published:boolean=false', ['published', { type: 'boolean', default: false }]],
    ['views:integer=0', ['views', { type: 'integer', default: 0 }]],
    ['email:string:unique', ['email', { type: 'string', unique: true }]],
    ['status:enum(draft,published)=draft', ['status', { type: 'enum', values: ['draft', 'published'], default: 'draft' }]],
    ['meta:json={"a":1}', ['meta', { type: 'json', default: { a: 1 } }]],
    ['note:string?=hello world', ['note', { type: 'string', optional: true, default: 'hello world' }]],
  ])('reads %s', (argument, expected) => {
    expect(parseFieldShorthand(argument)).toEqual(expected);
  });

  it.each([
    ['title:strang', 'unknown field type "strang". Did you mean "string"?'],
    ['title', 'cannot read the field'],
    ['constructor:string', '"constructor" cannot be a field name'],
    ['views:integer=many', 'is not a valid integer default'],
    ['email:string:uniq', 'unknown modifier "uniq". Did you mean "unique"?'],
  ])('rejects %s', (argument, message) => {
    expect(() => parseFieldShorthand(argument)).toThrow(message);
  });
});
