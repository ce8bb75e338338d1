// Parses Kiln's field shorthand ("title:string body:text? published:boolean=false") into what the hygen and plop
// templates need, so both peers receive the same input as `gen resource`.
const types = {
  string: { ts: 'string', zod: 'z.string().max(255)', column: 'text', row: 'string' },
  text: { ts: 'string', zod: 'z.string()', column: 'text', row: 'string' },
  integer: { ts: 'number', zod: 'z.number().int()', column: 'integer', row: 'number' },
  boolean: { ts: 'boolean', zod: 'z.boolean()', column: 'integer', row: 'number' },
};

function parseFields(text) {
  return String(text ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((token) => {
      const match = /^(\w+):(\w+)(\?)?(?:=(.*))?$/.exec(token);
      if (!match || !types[match[2]]) throw new Error(`bad field: ${token}`);
      const [, name, type, optional, value] = match;
      const info = types[type];
      const fallback = value === undefined ? undefined : type === 'boolean' ? value === 'true' : type === 'integer' ? Number(value) : value;
      const stored = fallback === undefined ? undefined : type === 'boolean' ? (fallback ? 1 : 0) : fallback;
      return {
        name,
        type,
        optional: Boolean(optional),
        ts: info.ts + (optional ? ' | null' : ''),
        row: info.row + (optional ? ' | null' : ''),
        zod: info.zod + (optional ? '.nullable().default(null)' : fallback === undefined ? '' : `.default(${JSON.stringify(fallback)})`),
        column: info.column,
        columnOptions: optional ? '' : `(column) => column.notNull()${stored === undefined ? '' : `.defaultTo(${JSON.stringify(stored)})`}`,
        toRow: type === 'boolean' ? `input.${name} ? 1 : 0` : `input.${name}`,
        fromRow: type === 'boolean' ? `row.${name} === 1` : `row.${name}`,
        example: type === 'boolean' ? 'true' : type === 'integer' ? '1' : `'${name} 1'`,
      };
    });
}

function names(name) {
  const lower = name.charAt(0).toLowerCase() + name.slice(1);
  return { Name: name, name: lower, names: `${lower}s`, table: `${lower}s` };
}

module.exports = { parseFields, names };
