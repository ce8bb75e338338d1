import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory-store.js';

describe('the in-memory cache store', () => {
  it('evicts the least recently used entry beyond its bound', async () => {
    const store = createMemoryStore(2);
    await store.set('a', '1', 60);
    await store.set('b', '2', 60);
    await store.get('a');
    await store.set('c', '3', 60);
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('a')).toBe('1');
    expect(await store.get('c')).toBe('3');
  });

  it('forgets an entry once its time to live has passed', async () => {
    let now = 0;
    const store = createMemoryStore(10, () => now);
    await store.set('a', '1', 60);
    now = 59_999;
    expect(await store.get('a')).toBe('1');
    now = 60_000;
    expect(await store.get('a')).toBeUndefined();
  });

  it('never evicts counters', async () => {
    const store = createMemoryStore(1);
    await store.increment('version');
    await store.set('a', '1', 60);
    await store.set('b', '2', 60);
    expect(await store.counter('version')).toBe(1);
  });
});
