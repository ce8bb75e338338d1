import { printSourceFile } from '../../src/ast/project.js';
import { constant, importsOf, propertyKey, typeAlias } from '../../src/ast/structures.js';
import type { ModelView } from '../../src/spec/columns.js';
import { listRulesConstant } from './listing.js';
import { idParamSchema, inputSchema, outputSchema, type ResourceNames } from './model.js';


/**
 * <name>.schema.ts: the zod serializers (create, update, output, id) and their inferred types. Fields the server
 * assigns are in the output only; `New<Name>` adds them to the create input for the repository.
 */
export function schemaFile(model: ModelView, names: ResourceNames, serverAssigned: readonly string[] = []): string {
  const object = (entries: [string, string][]) =>
    entries.length === 0 ? '{}' : `{\n${entries.map(([key, value]) => `${propertyKey(key)}: ${value},`).join('\n')}\n}`;
  const fields = (mode: 'create' | 'update') => model.fields.filter((column) => !serverAssigned.includes(column.field)).map((column): [string, string] => [column.field, inputSchema(column, mode)]);
  const rules = listRulesConstant(model, names);
  return printSourceFile({
    statements: [
      ...importsOf({ zod: { names: ['z'] }, '../../lib/list-query.js': { names: rules.parsers, types: ['ListRules'] } }),
      constant(names.createSchema, `z.strictObject(${object(fields('create'))})`, {
        exported: true,
        docs: [`What a client sends to create a ${names.label.toLowerCase()}; unknown keys are rejected.`],
      }),
      constant(names.updateSchema, `z.strictObject(${object(fields('update'))})`, {
        exported: true,
        docs: ['What a client sends to change some fields; absent fields stay as they are.'],
      }),
      constant(names.schema, `z.object(${object(model.columns.map((column) => [column.field, outputSchema(column)]))})`, {
        exported: true,
        docs: [`A ${names.label.toLowerCase()} as the API returns it.`],
      }),
      constant(names.idSchema, idParamSchema(model.id), { exported: true, docs: ['The `:id` path segment.'] }),
      rules.declaration,
      typeAlias(names.createInput, `z.output<typeof ${names.createSchema}>`),
      typeAlias(names.updateInput, `z.output<typeof ${names.updateSchema}>`),
      typeAlias(names.type, `z.output<typeof ${names.schema}>`),
      typeAlias(`${names.type}Id`, `z.output<typeof ${names.idSchema}>`),
      ...(serverAssigned.length > 0
        ? [
            typeAlias(names.newRecord, `${names.createInput} & Pick<${names.type}, ${serverAssigned.map((field) => `'${field}'`).join(' | ')}>`, {
              docs: [`A ${names.label.toLowerCase()} as the repository stores it: the client's input plus what the server assigns.`],
            }),
          ]
        : []),
    ],
  });
}
