/** A multi-line doc comment: structures take one string per JSDoc block, so the lines are joined into one. */
export const doc = (...lines: string[]): string[] => [lines.join('\n')];
