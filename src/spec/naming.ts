/** Case conversion and pluralisation: the only place that decides how a spec name becomes a code name. */

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

export const pascalCase = (name: string): string => words(name).map(capitalize).join('');
export const camelCase = (name: string): string => {
  const pascal = pascalCase(name);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
};
export const snakeCase = (name: string): string => words(name).join('_');
export const kebabCase = (name: string): string => words(name).join('-');

const irregular: Record<string, string> = {
  person: 'people',
  child: 'children',
  man: 'men',
  woman: 'women',
  mouse: 'mice',
  goose: 'geese',
  foot: 'feet',
  tooth: 'teeth',
};
const uncountable = new Set(['data', 'equipment', 'information', 'media', 'news', 'series', 'species', 'metadata']);

/** Pluralises the last word of a name: `blogPost` → `blogPosts`, `category` → `categories`. */
export function pluralize(name: string): string {
  const match = /^(.*?)([A-Za-z][a-z0-9]*)$/.exec(name);
  if (!match) return `${name}s`;
  const [, head = '', last = ''] = match;
  return head + pluralizeWord(last);
}

function pluralizeWord(word: string): string {
  const lower = word.toLowerCase();
  if (uncountable.has(lower)) return word;
  const special = irregular[lower];
  if (special) return word.charAt(0) + special.slice(1);
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}
