import { z } from 'zod';
import { accessActions } from './access.js';
import { databases, fieldTypes, idStrategies, paginationStyles } from './field-types.js';
import { includeDepths, onDeleteActions, relationTypes } from './relation-types.js';

/**
 * The shape of kiln.json. Structural rules live here; rules that need the whole spec (names, references,
 * per-type modifiers) live in validate.ts so their messages can name the offending path and the fix.
 */

const jsonValue: z.ZodType<unknown> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValue), z.record(z.string(), jsonValue)]),
);

export const fieldSchema = z
  .strictObject({
    type: z.enum(fieldTypes).describe('Column type.'),
    optional: z.boolean().optional().describe('Allows null; the API accepts the field being absent.'),
    unique: z.boolean().optional().describe('Adds a unique constraint; a duplicate gets 409 Conflict.'),
    index: z.boolean().optional().describe('Adds a plain index on the column.'),
    default: jsonValue.optional().describe('Value used when a create request omits the field.'),
    min: z.number().optional().describe('Minimum length (string, text) or value (integer, float, decimal).'),
    max: z.number().optional().describe('Maximum length (string, text) or value (integer, float, decimal).'),
    values: z.array(z.string()).optional().describe('The allowed values of an enum field.'),
    precision: z.number().int().optional().describe('Total digits of a decimal field (default 12).'),
    scale: z.number().int().optional().describe('Digits after the point of a decimal field (default 2).'),
    renamedFrom: z.string().optional().describe('The previous name of this field, so the migration renames it.'),
    description: z.string().optional().describe('Documentation carried into the generated code.'),
    filterable: z
      .boolean()
      .optional()
      .describe('Allows `?filter[field][op]=value` on lists (default: indexed, unique and enum fields).'),
    sortable: z.boolean().optional().describe('Allows `?sort=field` on lists (default: the filterable fields).'),
  })
  .describe('A field of a model.');

export const relationSchema = z
  .strictObject({
    type: z.enum(relationTypes).describe('belongsTo (this model holds the foreign key), hasMany/hasOne (the other model does), manyToMany (a join table does).'),
    model: z.string().describe('The related model.'),
    foreignKey: z
      .string()
      .optional()
      .describe('belongsTo: the field on this model holding the related id (default <relation>Id, created when not declared). hasMany/hasOne: that field on the other model.'),
    onDelete: z
      .enum(onDeleteActions)
      .optional()
      .describe('belongsTo: what deleting the related row does to this one: restrict (default, 409), cascade, or setNull (needs optional).'),
    optional: z.boolean().optional().describe('belongsTo: the foreign key may be null.'),
    through: z.string().optional().describe('manyToMany: the join table (default: both model names, e.g. post_tags).'),
    description: z.string().optional().describe('Documentation carried into the generated code.'),
  })
  .describe('A relation to another model.');

const accessRuleSchema = z
  .string()
  .describe('"public", "authenticated" (any signed-in user), "owner" (the user named by the owner field) or "role:<name>".');

export const accessSchema = z
  .strictObject(Object.fromEntries(accessActions.map((action) => [action, accessRuleSchema.optional()])) as Record<(typeof accessActions)[number], z.ZodOptional<typeof accessRuleSchema>>)
  .describe('Who may call each action; needs the jwt-auth feature. Default: reads "public", writes "authenticated".');

export const paginationSchema = z
  .union([
    z.enum(paginationStyles),
    z.strictObject({
      style: z.enum(paginationStyles).default('offset'),
      maxPageSize: z.number().int().min(1).max(1000).optional().describe('The largest `limit` a client may ask for (default 100).'),
    }),
  ])
  .describe('How lists page: "offset" (`?limit&offset`, with a total) or "cursor" (`?limit&after`, keyset, stable under inserts).');

export const includeDepthSchema = z
  .literal(includeDepths)
  .describe('How many relations deep `?include=` may go on this model\'s routes: 1 (default) accepts "comments", 2 also "comments.author".');

export const modelSchema = z
  .strictObject({
    fields: z.record(z.string(), fieldSchema).describe('Fields keyed by name; key order is column order.'),
    id: z.enum(idStrategies).optional().describe('Primary key strategy for this model (overrides the spec).'),
    timestamps: z.boolean().optional().describe('Adds createdAt/updatedAt (default true).'),
    table: z.string().optional().describe('Table name (default: the plural snake_case of the model name).'),
    indexes: z
      .array(z.array(z.string()).min(1))
      .optional()
      .describe('Composite indexes, each a list of field names.'),
    renamedFrom: z.string().optional().describe('The previous name of this model, so the migration renames it.'),
    description: z.string().optional().describe('Documentation carried into the generated code.'),
    relations: z.record(z.string(), relationSchema).optional().describe('Relations keyed by name (camelCase), e.g. "author" or "comments".'),
    includeDepth: includeDepthSchema.optional(),
    access: accessSchema.optional(),
    owner: z
      .string()
      .optional()
      .describe('The uuid field holding the id of the user who owns a row: set from the access token on create, never by the client.'),
    search: z
      .array(z.string())
      .optional()
      .describe('string/text fields that `?q=` searches (case-insensitive substring match).'),
    pagination: paginationSchema.optional(),
  })
  .describe('A model: one table, one resource.');

export const specSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: z.string().describe('Project name (npm package name).'),
    database: z.enum(databases).default('sqlite').describe('SQL dialect the generated code targets.'),
    id: z.enum(idStrategies).default('uuid').describe('Default primary key strategy.'),
    timestamps: z.boolean().default(true).describe('Default for models: add createdAt/updatedAt.'),
    models: z.record(z.string(), modelSchema).default({}).describe('Models keyed by PascalCase name.'),
    features: z
      .record(z.string(), z.record(z.string(), jsonValue))
      .default({})
      .describe('Enabled features keyed by name; each block is validated by that feature generator.'),
    plugins: z
      .array(z.string())
      .optional()
      .describe('npm packages providing generators, besides the kiln-generator-* packages found in node_modules.'),
  })
  .describe('Kiln project spec (kiln.json).');

export type FieldSpec = z.output<typeof fieldSchema>;
export type RelationSpec = z.output<typeof relationSchema>;
export type ModelSpec = z.output<typeof modelSchema>;
export type Spec = z.output<typeof specSchema>;
export type SpecInput = z.input<typeof specSchema>;

/** Allowed keys per object kind, for "did you mean" on unknown keys. */
export const allowedKeys = {
  spec: Object.keys(specSchema.shape),
  model: Object.keys(modelSchema.shape),
  field: Object.keys(fieldSchema.shape),
  relation: Object.keys(relationSchema.shape),
  access: [...accessActions],
} as const;
