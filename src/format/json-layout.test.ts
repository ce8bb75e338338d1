import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { layOutJson, type JsonLayoutOptions } from './json-layout.js';

const goldens = join(import.meta.dirname, '../../test/golden/__snapshots__');

function jsonFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsonFilesUnder(path);
    return entry.name.endsWith('.json') && entry.name !== 'package.json' ? [path] : [];
  });
}

const prettierJson = (text: string, options: JsonLayoutOptions) => format(text, { parser: 'json', ...options });

/** A deterministic pseudo-random JSON value: nested objects and arrays of every kind, short and long. */
function randomValue(seed: number, depth = 0): unknown {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = (): unknown => {
    const roll = next();
    if (depth > 3 || roll < 0.35) return [0, 1, -2.5, 'x', 'a longer string value', true, null, '“quoted” — ok'][Math.floor(next() * 8)];
    if (roll < 0.6) return Array.from({ length: Math.floor(next() * 9) }, (_, i) => randomValue(seed * 31 + i + depth, depth + 1));
    if (roll < 0.7) return Array.from({ length: Math.floor(next() * 30) }, (_, i) => i * 7);
    return Object.fromEntries(Array.from({ length: Math.floor(next() * 5) }, (_, i) => [`key${i}${'k'.repeat(Math.floor(next() * 20))}`, randomValue(seed * 17 + i, depth + 1)]));
  };
  return pick();
}

describe('layOutJson', () => {
  const widths: JsonLayoutOptions[] = [
    { printWidth: 110, tabWidth: 2, useTabs: false },
    { printWidth: 80, tabWidth: 4, useTabs: false },
    { printWidth: 40, tabWidth: 2, useTabs: true },
  ];

  it.each(jsonFilesUnder(goldens).map((path) => [path.slice(goldens.length + 1), path]))('lays out %s exactly as prettier does', async (_, path) => {
    const text = `${JSON.stringify(JSON.parse(readFileSync(path, 'utf8')), null, 2)}\n`;
    for (const options of widths) {
      const laidOut = layOutJson(text, options);
      if (laidOut !== undefined) expect(laidOut).toBe(await prettierJson(text, options));
    }
  });

  it('lays out random documents exactly as prettier does, or leaves them to it', async () => {
    let laidOutCount = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const text = `${JSON.stringify({ root: randomValue(seed) }, null, 2)}\n`;
      for (const options of widths) {
        const laidOut = layOutJson(text, options);
        if (laidOut === undefined) continue;
        laidOutCount++;
        expect(laidOut).toBe(await prettierJson(text, options));
      }
    }
    expect(laidOutCount).toBeGreaterThan(600);
  });

  it('leaves text in another form, wide characters and long arrays of numbers to prettier', () => {
    const options = widths[0]!;
    expect(layOutJson('{"a": 1}\n', options)).toBeUndefined();
    expect(layOutJson(`${JSON.stringify({ title: '博客' }, null, 2)}\n`, options)).toBeUndefined();
    expect(layOutJson(`${JSON.stringify({ numbers: Array.from({ length: 60 }, (_, i) => i) }, null, 2)}\n`, options)).toBeUndefined();
    expect(layOutJson('not json', options)).toBeUndefined();
  });
});
