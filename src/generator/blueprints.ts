import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { KilnError } from '../errors.js';

const compiled = new Map<string, HandlebarsTemplateDelegate>();

/**
 * Renders a handlebars blueprint (non-TypeScript files only). A project file at `blueprints/<generator>/<path>`
 * replaces the generator's own blueprint of the same path, so a team can change one output without forking the
 * generator (`gen eject <generator>` copies the originals to start from).
 */
export function renderBlueprint(
  blueprint: { generator: string; path: string; dir: string; override: string | undefined },
  data: object,
): string {
  const text = blueprint.override ?? readOwn(blueprint.dir, blueprint.generator, blueprint.path);
  let template = compiled.get(text);
  if (!template) {
    template = Handlebars.compile(text, { noEscape: true, strict: true });
    compiled.set(text, template);
  }
  try {
    return template(data);
  } catch (error) {
    const where = blueprint.override !== undefined ? `blueprints/${blueprint.generator}/${blueprint.path} (project override)` : blueprint.path;
    throw new KilnError('blueprint/failed', `blueprint ${where} of generator "${blueprint.generator}" failed: ${(error as Error).message}`);
  }
}

export const blueprintOverridePath = (generator: string, path: string): string => `blueprints/${generator}/${path}`;

function readOwn(dir: string, generator: string, path: string): string {
  return readFileSync(join(dir, generator, path), 'utf8');
}
