/** A JavaScript literal for a JSON-compatible value, in the quote style prettier will keep. */
export function literal(value: unknown): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return JSON.stringify(value);
}

/** The TypeScript union of an enum column's values: `'draft' | 'published'`. */
export const enumUnion = (column: { values?: readonly string[] }): string => (column.values ?? []).map(literal).join(' | ');
