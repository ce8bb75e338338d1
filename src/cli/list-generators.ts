import { z } from 'zod';
import { discoverGenerators } from '../generator/discover.js';
import { parseSpec, readSpecText } from '../spec/load.js';

export interface GeneratorDescription {
  name: string;
  kind: 'core' | 'feature';
  source: string;
  enabled: boolean;
  summary: string;
  options: { name: string; type?: string; default?: unknown; description?: string }[];
}

/** What `gen list` shows, derived from each generator's definition and its zod options schema. */
export async function describeGenerators(root: string): Promise<GeneratorDescription[]> {
  const spec = parseSpec(readSpecText(root));
  const registered = await discoverGenerators(root, spec.plugins);
  return registered
    .map(({ generator, source }) => ({
      name: generator.name,
      kind: generator.kind,
      source,
      enabled: generator.kind === 'core' || generator.name in spec.features,
      summary: generator.summary,
      options: optionsOf(generator.options),
    }))
    .sort((a, b) => (a.kind === b.kind ? (a.name < b.name ? -1 : 1) : a.kind === 'core' ? -1 : 1));
}

function optionsOf(schema: z.ZodType): GeneratorDescription['options'] {
  let json: { properties?: Record<string, { type?: string; default?: unknown; description?: string }> };
  try {
    json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as typeof json;
  } catch {
    return []; // a schema zod cannot describe (e.g. from another zod major version): list the generator anyway
  }
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    ...(property.type ? { type: property.type } : {}),
    ...(property.default === undefined ? {} : { default: property.default }),
    ...(property.description ? { description: property.description } : {}),
  }));
}
