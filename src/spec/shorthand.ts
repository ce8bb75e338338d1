import { KilnError } from '../errors.js';
import { fieldTypes, type FieldType } from './field-types.js';
import type { FieldSpec } from './schema.js';
import { didYouMean } from './suggest.js';
import { validateFieldName } from './validate.js';

const modifiers = ['unique', 'index'] as const;

/**
 * Parses the CLI shorthand for a field: `name:type[?][=default]`, with optional `:unique` / `:index`
 * modifiers and enum values in parentheses, e.g. `email:string:unique`, `status:enum(draft,published)=draft`.
 */
export function parseFieldShorthand(argument: string): [string, FieldSpec] {
  const match = /^([^:=]+):([a-z]+)(?:\(([^)]*)\))?(\?)?((?::[a-z]+)*)(?:=(.*))?$/s.exec(argument);
  if (!match) {
    throw new KilnError(
      'cli/bad-field',
      `cannot read the field "${argument}"`,
      'write fields as name:type, name:type? (optional) or name:type=default, e.g. title:string body:text? published:boolean=false',
    );
  }
  const [, name = '', type = '', values, optional, extra = '', defaultText] = match;
  const [nameProblem] = validateFieldName(name, name);
  if (nameProblem) throw new KilnError('cli/bad-field', `${argument}: ${nameProblem.message}`, nameProblem.hint);
  if (!(fieldTypes as readonly string[]).includes(type)) {
    throw new KilnError('cli/unknown-type', `${argument}: unknown field type "${type}".${didYouMean(type, fieldTypes)}`, `allowed: ${fieldTypes.join(', ')}`);
  }
  const field: FieldSpec = { type: type as FieldType };
  if (values !== undefined) field.values = values.split(',').map((value) => value.trim()).filter(Boolean);
  if (optional) field.optional = true;
  for (const modifier of extra.split(':').filter(Boolean)) {
    if (!(modifiers as readonly string[]).includes(modifier)) {
      throw new KilnError('cli/bad-field', `${argument}: unknown modifier "${modifier}".${didYouMean(modifier, modifiers)}`, `allowed: ${modifiers.join(', ')}`);
    }
    field[modifier as (typeof modifiers)[number]] = true;
  }
  if (defaultText !== undefined) field.default = parseDefault(defaultText, field.type, argument);
  return [name, field];
}

function parseDefault(text: string, type: FieldType, argument: string): unknown {
  if (text === 'null') return null;
  switch (type) {
    case 'boolean':
      if (text === 'true' || text === 'false') return text === 'true';
      break;
    case 'integer':
    case 'float':
      if (text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
      break;
    case 'json':
      try {
        return JSON.parse(text) as unknown;
      } catch {
        break;
      }
    default:
      return text;
  }
  throw new KilnError('cli/bad-default', `${argument}: "${text}" is not a valid ${type} default`);
}
