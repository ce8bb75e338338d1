import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../package-root.js';
import { specJsonSchema } from './json-schema.js';

describe('kiln.schema.json', () => {
  it('is up to date with the zod schema (run `npm run schema` after changing it)', () => {
    expect(readFileSync(join(packageRoot, 'kiln.schema.json'), 'utf8')).toBe(specJsonSchema());
  });

  it('offers every field type for autocomplete', () => {
    const schema = JSON.parse(specJsonSchema()) as object;
    expect(JSON.stringify(schema)).toContain('"enum":["string","text","integer","float","decimal","boolean","date","datetime","uuid","json","enum"]');
  });
});
