/**
 * .env.example is a seed the user owns: the feature's variables are appended once, as one block, and the same
 * block is taken out again when the feature is removed (if the user left it as it was).
 */
export function addEnvironmentBlock(text: string, block: string): string {
  if (/^JWT_SECRET=/m.test(text)) return text;
  return `${text.replace(/\n*$/, '\n')}\n${block}`;
}

export function removeEnvironmentBlock(text: string, block: string): string {
  return text.includes(block) ? text.replace(`\n${block}`, '').replace(block, '') : text;
}
