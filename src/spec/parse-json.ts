import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { SpecProblem } from './validate.js';

/**
 * Strict JSON parsing that reports what JSON.parse hides: the line and column of a syntax error, and duplicate
 * keys (JSON.parse silently keeps the last one, so a duplicated model would vanish without a word). Keys are
 * copied as own properties, so a `"__proto__"` key can never reach an object's prototype.
 */
export function parseJsonStrict(text: string, file: string): { value: unknown; problems: SpecProblem[] } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || !root) {
    const first = errors[0];
    const at = first ? position(text, first.offset) : { line: 1, column: 1 };
    const what = first ? describeParseError(printParseErrorCode(first.error)) : 'the file is empty';
    return {
      value: undefined,
      problems: [{ path: `${file}:${at.line}:${at.column}`, message: `malformed JSON: ${what}`, hint: 'fix the JSON syntax at that position' }],
    };
  }
  const problems: SpecProblem[] = [];
  const value = toValue(root, [], text, file, problems);
  return { value, problems };
}

function toValue(node: Node, path: string[], text: string, file: string, problems: SpecProblem[]): unknown {
  if (node.type === 'array') return (node.children ?? []).map((child, i) => toValue(child, [...path, `[${i}]`], text, file, problems));
  if (node.type !== 'object') return node.value;
  const result: Record<string, unknown> = {};
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    if (Object.hasOwn(result, key)) {
      const at = position(text, keyNode.offset);
      problems.push({
        path: joinPath([...path, key]),
        message: `"${key}" is defined twice (${file}:${at.line}:${at.column})`,
        hint: 'names must be unique: merge the two entries or rename one',
      });
    }
    Object.defineProperty(result, key, {
      value: toValue(valueNode, [...path, key], text, file, problems),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return result;
}

export function joinPath(parts: readonly (string | number)[]): string {
  return parts.reduce<string>((path, part) => {
    if (typeof part === 'number') return `${path}[${part}]`;
    if (part.startsWith('[')) return `${path}${part}`;
    return path ? `${path}.${part}` : part;
  }, '');
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function describeParseError(code: string): string {
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.replace(/expected$/, 'expected here');
}
