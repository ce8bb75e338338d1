/**
 * Names a spec may not use, and why. SQL keywords are *not* here: every identifier Kiln emits is quoted by
 * kysely, so a model `Order` or a field `select` works. What is here would break the generated TypeScript or
 * the toolkit itself.
 */

/** Property names that poison plain objects (prototype pollution) or shadow Object.prototype members. */
const objectInternals = [
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
];

/** Fields every model gets from Kiln itself. */
export const generatedFieldNames = ['id', 'createdAt', 'updatedAt'];

export function reservedFieldReason(name: string): string | undefined {
  if (objectInternals.includes(name)) return 'it is a built-in property of every JavaScript object';
  if (generatedFieldNames.includes(name)) return 'Kiln generates it for every model';
  return undefined;
}

/**
 * Global names the generated code relies on: a model with one of these names would shadow it in its own
 * module (`type Date = …` breaks every date in the file).
 */
const globalTypeNames = [
  'Array',
  'BigInt',
  'Boolean',
  'Config',
  'Database',
  'Date',
  'Error',
  'Function',
  'Hono',
  'HttpError',
  'JSON',
  'Kysely',
  'Map',
  'Math',
  'Number',
  'Object',
  'Partial',
  'Promise',
  'Readonly',
  'Record',
  'RegExp',
  'Request',
  'Response',
  'Set',
  'String',
  'Symbol',
  'Uint8Array',
  'URL',
];

export function reservedModelReason(name: string): string | undefined {
  if (objectInternals.includes(name)) return 'it is a built-in property of every JavaScript object';
  if (globalTypeNames.includes(name)) return 'the generated code uses a global or library type of that name';
  return undefined;
}
