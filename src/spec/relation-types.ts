/** The kinds of relation a model can declare, and what deleting a referenced row does to the rows that point to it. */
export const relationTypes = ['belongsTo', 'hasMany', 'hasOne', 'manyToMany'] as const;
export type RelationType = (typeof relationTypes)[number];

export const onDeleteActions = ['cascade', 'restrict', 'setNull'] as const;
export type OnDelete = (typeof onDeleteActions)[number];

/** Refusing is the default: deleting a row that others still point to is rarely meant to delete or orphan them. */
export const defaultOnDelete: OnDelete = 'restrict';

/**
 * How many relations deep `?include=` may go on a model's routes: 1 (`author`) unless the model sets
 * `includeDepth`, and never more than 3, since every level multiplies the paths a route accepts and documents.
 */
export const includeDepths = [1, 2, 3] as const;
export type IncludeDepth = (typeof includeDepths)[number];
export const defaultIncludeDepth: IncludeDepth = 1;
