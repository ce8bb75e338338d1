import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { packageRoot } from '../package-root.js';

const compiled = new Map<string, HandlebarsTemplateDelegate>();

/** Renders `blueprints/<generator>/<path>` from the toolkit with handlebars (non-TypeScript files only). */
export function renderBlueprint(generator: string, path: string, data: object): string {
  const file = join(packageRoot, 'blueprints', generator, path);
  let template = compiled.get(file);
  if (!template) {
    template = Handlebars.compile(readFileSync(file, 'utf8'), { noEscape: true, strict: true });
    compiled.set(file, template);
  }
  return template(data);
}
