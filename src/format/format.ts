import { join } from 'node:path';
import type { Options } from 'prettier';
import { KilnError } from '../errors.js';
import type { Tree } from '../tree/tree.js';
import { layOutJson } from './json-layout.js';

type Prettier = typeof import('prettier');
let prettier: Promise<Prettier> | undefined;
const loadPrettier = () => (prettier ??= import('prettier'));

export type Formatter = (path: string, content: string) => Promise<string>;

/**
 * Formats files with prettier, using the project's own prettier config and .editorconfig when it has them. A
 * project being created has no config on disk yet, so the `.prettierrc.json` pending in the tree is used.
 * Files prettier has no parser for (.env.example, .gitignore) come back unchanged.
 */
export function createFormatter(root: string, tree: Tree): Formatter {
  const pendingConfig = parseConfig(tree.read('.prettierrc.json'));
  return async (path, content) => {
    const { format, getFileInfo, resolveConfig } = await loadPrettier();
    const filepath = join(root, path);
    const info = await getFileInfo(filepath, { resolveConfig: false });
    if (!info.inferredParser) return content;
    const config = (await resolveConfig(filepath, { editorconfig: true })) ?? pendingConfig;
    const laidOut = info.inferredParser === 'json' ? layOutPlainJson(content, config) : undefined;
    if (laidOut !== undefined) return laidOut;
    try {
      return await format(content, { ...config, filepath });
    } catch (error) {
      throw new KilnError(
        'format/failed',
        `could not format ${path}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        'the generator produced text prettier cannot parse; this is a bug in that generator',
        3,
      );
    }
  };
}

/**
 * Generated JSON (the OpenAPI document, the lock) laid out as prettier would, without prettier: seconds saved on a
 * large spec. Only under the options that layout knows; any other setting leaves the file to prettier.
 */
function layOutPlainJson(content: string, config: Options): string | undefined {
  const { printWidth = 80, tabWidth = 2, useTabs = false, endOfLine = 'lf', objectWrap = 'preserve', plugins, parser } = config;
  if (plugins !== undefined || parser !== undefined || endOfLine !== 'lf' || objectWrap !== 'preserve') return undefined;
  return layOutJson(content, { printWidth, tabWidth, useTabs });
}

function parseConfig(text: string | undefined): Options {
  if (text === undefined) return {};
  try {
    return JSON.parse(text) as Options;
  } catch {
    return {};
  }
}
