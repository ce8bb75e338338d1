/** The kinds of relation a model can declare, and what deleting a referenced row does to the rows that point to it. */
export const relationTypes = ['belongsTo', 'hasMany', 'hasOne', 'manyToMany'] as const;
export type RelationType = (typeof relationTypes)[number];

export const onDeleteActions = ['cascade', 'restrict', 'setNull'] as const;
export type OnDelete = (typeof onDeleteActions)[number];

/** Refusing is the default: deleting a row that others still point to is rarely meant to delete or orphan them. */
export const defaultOnDelete: OnDelete = 'restrict';
