/** The options prettier's JSON layout depends on. */
export interface JsonLayoutOptions {
  printWidth: number;
  tabWidth: number;
  useTabs: boolean;
}

/**
 * prettier's layout of a JSON document written as `JSON.stringify(value, null, 2)` writes it, without running
 * prettier: a large generated document (the OpenAPI document of a few hundred models) costs prettier seconds, this
 * a few milliseconds. prettier keeps an object expanded when its text has a line break after `{`, which that form
 * always has, so every non-empty object breaks; an array stays on one line when it fits, else takes one item per
 * line. Undefined where this layout is not known to be prettier's — text in another form, an array of numbers that
 * does not fit (prettier fills those), characters whose display width is not one column — and prettier decides.
 * A unit test holds it to prettier's output.
 */
export function layOutJson(text: string, options: JsonLayoutOptions): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (`${JSON.stringify(value, null, 2)}\n` !== text && JSON.stringify(value, null, 2) !== text) return undefined;
  if (!oneColumnEach(text)) return undefined;
  const printed = new JsonPrinter(options).print(value, 0, 0, 0);
  return printed === undefined ? undefined : `${printed}\n`;
}

class JsonPrinter {
  constructor(private readonly options: JsonLayoutOptions) {}

  /** `value` starting `column` columns in, followed by `trailing` columns on its last line (a comma). */
  print(value: unknown, depth: number, column: number, trailing: number): string | undefined {
    if (Array.isArray(value)) return this.array(value, depth, column, trailing);
    if (value !== null && typeof value === 'object') return this.object(value as Record<string, unknown>, depth);
    return JSON.stringify(value);
  }

  private object(value: Record<string, unknown>, depth: number): string | undefined {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const indent = this.indent(depth + 1);
    const lines: string[] = [];
    for (const [i, [key, item]] of entries.entries()) {
      const prefix = `${indent}${JSON.stringify(key)}: `;
      const printed = this.print(item, depth + 1, this.width(prefix), i < entries.length - 1 ? 1 : 0);
      if (printed === undefined) return undefined;
      lines.push(`${prefix}${printed}`);
    }
    return `{\n${lines.join(',\n')}\n${this.indent(depth)}}`;
  }

  private array(items: unknown[], depth: number, column: number, trailing: number): string | undefined {
    if (items.length === 0) return '[]';
    const flat = flatArray(items);
    if (flat !== undefined && column + flat.length + trailing <= this.options.printWidth) return flat;
    // prettier fills an array of numbers that does not fit (as many per line as fit): not laid out here.
    if (items.every((item) => typeof item === 'number')) return undefined;
    const indent = this.indent(depth + 1);
    const lines: string[] = [];
    for (const [i, item] of items.entries()) {
      const printed = this.print(item, depth + 1, this.width(indent), i < items.length - 1 ? 1 : 0);
      if (printed === undefined) return undefined;
      lines.push(`${indent}${printed}`);
    }
    return `[\n${lines.join(',\n')}\n${this.indent(depth)}]`;
  }

  private indent(depth: number): string {
    return this.options.useTabs ? '\t'.repeat(depth) : ' '.repeat(depth * this.options.tabWidth);
  }

  /** Columns, as prettier counts them: a tab is tabWidth wide. */
  private width(text: string): number {
    return text.replace(/\t/g, ' '.repeat(this.options.tabWidth)).length;
  }
}

/** An array on one line, or undefined when it cannot be: it holds a non-empty object, which always breaks. */
function flatArray(items: unknown[]): string | undefined {
  const parts: string[] = [];
  for (const item of items) {
    if (Array.isArray(item)) {
      const inner = item.length === 0 ? '[]' : flatArray(item);
      if (inner === undefined) return undefined;
      parts.push(inner);
    } else if (item !== null && typeof item === 'object') {
      if (Object.keys(item).length > 0) return undefined;
      parts.push('{}');
    } else parts.push(JSON.stringify(item));
  }
  return `[${parts.join(', ')}]`;
}

/**
 * Whether every character is one column wide, so a line's length is its width: printable ASCII, Latin letters,
 * dashes, quotes, bullets, ←↑→↓, −, ≤ and ≥. Anything else (wide CJK, emoji, zero-width marks) is left to prettier,
 * which measures it.
 */
function oneColumnEach(text: string): boolean {
  return /^[\n\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2190-\u2193\u2212\u2264\u2265]*$/.test(text);
}
