import { paginationOf, searchableTypes, unfilterableTypes } from './listing.js';
import { closest } from './suggest.js';
import type { ModelSpec } from './schema.js';
import type { SpecProblem } from './validate.js';

/** The list options of a model: `search` names text fields, and filters and sorts apply where they can. */
export function validateListing(modelName: string, model: ModelSpec): SpecProblem[] {
  const path = `models.${modelName}`;
  const problems: SpecProblem[] = [];
  const fieldNames = Object.keys(model.fields);
  (model.search ?? []).forEach((name, i) => {
    const field = model.fields[name];
    if (!field) {
      const suggestion = closest(name, fieldNames);
      problems.push({
        path: `${path}.search[${i}]`,
        message: `unknown field "${name}".${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
        hint: `search lists string or text fields of ${modelName}: ${fieldNames.join(', ') || '(none)'}`,
      });
    } else if (!searchableTypes.has(field.type)) {
      problems.push({
        path: `${path}.search[${i}]`,
        message: `"${name}" (${field.type}) is not a text field: \`?q=\` searches string and text fields`,
        hint: `list string or text fields only, or filter "${name}" with ?filter[${name}][eq]=…`,
      });
    }
  });
  const cursor = paginationOf(model).style === 'cursor';
  for (const [name, field] of Object.entries(model.fields)) {
    const fieldPath = `${path}.fields.${name}`;
    for (const key of ['filterable', 'sortable'] as const) {
      if (field[key] && unfilterableTypes.has(field.type)) {
        problems.push({ path: `${fieldPath}.${key}`, message: `a ${field.type} field cannot be ${key}`, hint: `remove "${key}"` });
      }
    }
    if (cursor && field.sortable && field.optional && !unfilterableTypes.has(field.type)) {
      problems.push({
        path: `${fieldPath}.sortable`,
        message: `"${name}" is optional, and cursor pages cannot sort on a column that holds NULL`,
        hint: 'make the field required, remove "sortable", or use "pagination": "offset"',
      });
    }
  }
  return problems;
}
