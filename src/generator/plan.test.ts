import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validateSpecValue } from '../spec/load.js';
import { defineGenerator, type AnyGenerator } from './define.js';
import { planGenerators } from './plan.js';

const generator = (name: string, kind: 'core' | 'feature', requires: string[] = []): AnyGenerator =>
  defineGenerator({ name, summary: name, kind, requires, options: z.strictObject({}), generate: () => undefined });

const available = [generator('resource', 'core', ['tables']), generator('tables', 'core'), generator('cache', 'feature', ['resource']), generator('ws', 'feature', ['cache'])];

describe('planGenerators', () => {
  it('runs core generators, then enabled features, each after what it requires', () => {
    const spec = validateSpecValue({ name: 'demo', features: { cache: {} } });
    expect(planGenerators(available, spec).map((g) => g.name)).toEqual(['tables', 'resource', 'cache']);
  });

  it('names an unknown feature with a suggestion', () => {
    const spec = validateSpecValue({ name: 'demo', features: { cahce: {} } });
    expect(() => planGenerators(available, spec)).toThrow('features.cahce: unknown feature "cahce". Did you mean "cache"?');
  });

  it('says which feature to enable first', () => {
    const spec = validateSpecValue({ name: 'demo', features: { ws: {} } });
    expect(() => planGenerators(available, spec)).toThrow(/the "ws" feature requires the "cache" feature/);
  });
});
