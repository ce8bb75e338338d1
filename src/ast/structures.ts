import type {
  ClassDeclarationStructure,
  FunctionDeclarationStructure,
  ImportDeclarationStructure,
  InterfaceDeclarationStructure,
  MethodDeclarationStructure,
  MethodSignatureStructure,
  OptionalKind,
  ParameterDeclarationStructure,
  PropertySignatureStructure,
  StatementStructures,
  TypeAliasDeclarationStructure,
  VariableStatementStructure,
  WriterFunction,
} from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from './ts-morph.js';

/**
 * Small constructors for the ts-morph structures generators use most, so a generator reads as the file it
 * builds. Bodies are statements (text or writer functions); declarations stay structures.
 */

export type Statement = string | WriterFunction | StatementStructures;
type Docs = { docs?: string[] };

export function importFrom(moduleSpecifier: string, names: readonly string[], options: { typeOnly?: boolean } = {}): ImportDeclarationStructure {
  return {
    kind: StructureKind.ImportDeclaration,
    moduleSpecifier,
    namedImports: [...names].sort(compareNames),
    isTypeOnly: options.typeOnly ?? false,
  };
}

export function importDefault(moduleSpecifier: string, name: string): ImportDeclarationStructure {
  return { kind: StructureKind.ImportDeclaration, moduleSpecifier, defaultImport: name };
}

export function importNamespace(moduleSpecifier: string, name: string): ImportDeclarationStructure {
  return { kind: StructureKind.ImportDeclaration, moduleSpecifier, namespaceImport: name };
}

/** Imports grouped per module, packages before relative paths, each group sorted: stable output. */
export function importsOf(spec: Record<string, { names?: readonly string[]; types?: readonly string[] }>): ImportDeclarationStructure[] {
  const modules = Object.keys(spec).sort((a, b) => moduleRank(a) - moduleRank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return modules.flatMap((module) => {
    const { names = [], types = [] } = spec[module] ?? {};
    const namedImports = [...names.map((name) => ({ name })), ...types.map((name) => ({ name, isTypeOnly: true }))].sort((a, b) =>
      compareNames(a.name, b.name),
    );
    const namespace = namespaceImports[module];
    if (namespace !== undefined && names.includes(namespace)) {
      const rest = { [module]: { names: names.filter((name) => name !== namespace), types } };
      return [importNamespace(module, namespace), ...importsOf(rest)];
    }
    if (namedImports.length === 0) return [];
    const allTypes = names.length === 0;
    return [
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: module,
        isTypeOnly: allTypes,
        namedImports: allTypes ? namedImports.map(({ name }) => name) : namedImports,
      },
    ];
  });
}

/**
 * Names imported as the module's namespace: `import * as z from 'zod'` is how zod documents itself, and it lets
 * the production bundle keep only the parts of zod the app uses (`import { z }` pulls in all of it, every locale
 * included).
 */
const namespaceImports: Record<string, string> = { zod: 'z' };

/** Import maps (as `importsOf` takes them) combined: each module once, each name once. */
export function mergeImports(...maps: Record<string, { names?: readonly string[]; types?: readonly string[] }>[]): Record<string, { names: string[]; types: string[] }> {
  const merged: Record<string, { names: string[]; types: string[] }> = {};
  for (const map of maps) {
    for (const [module, { names = [], types = [] }] of Object.entries(map)) {
      const current = (merged[module] ??= { names: [], types: [] });
      current.names = [...new Set([...current.names, ...names])];
      current.types = [...new Set([...current.types, ...types])];
    }
  }
  return merged;
}

const moduleRank = (module: string) => (module.startsWith('node:') ? 0 : module.startsWith('.') ? 2 : 1);
const compareNames = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : 1);

export function constant(
  name: string,
  initializer: string | WriterFunction,
  options: Docs & { exported?: boolean; type?: string } = {},
): VariableStatementStructure {
  return {
    kind: StructureKind.VariableStatement,
    isExported: options.exported ?? false,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name, initializer, ...(options.type ? { type: options.type } : {}) }],
    ...(options.docs ? { docs: options.docs } : {}),
  };
}

export function func(
  name: string,
  parameters: OptionalKind<ParameterDeclarationStructure>[],
  returnType: string | undefined,
  statements: Statement[],
  options: Docs & { exported?: boolean; async?: boolean; typeParameters?: string[] } = {},
): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name,
    isExported: options.exported ?? false,
    isAsync: options.async ?? false,
    parameters,
    statements,
    ...(returnType ? { returnType } : {}),
    ...(options.typeParameters ? { typeParameters: options.typeParameters } : {}),
    ...(options.docs ? { docs: options.docs } : {}),
  };
}

export const param = (name: string, type?: string, initializer?: string): OptionalKind<ParameterDeclarationStructure> => ({
  name,
  ...(type ? { type } : {}),
  ...(initializer ? { initializer } : {}),
});

export function interfaceOf(
  name: string,
  properties: OptionalKind<PropertySignatureStructure>[],
  options: Docs & {
    exported?: boolean;
    extends?: string[];
    typeParameters?: string[];
    methods?: OptionalKind<MethodSignatureStructure>[];
    /** `readonly [key: string]: type`: a map of any keys. */
    indexSignature?: { key: string; type: string };
  } = {},
): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name,
    ...(options.typeParameters ? { typeParameters: options.typeParameters } : {}),
    isExported: options.exported ?? true,
    properties,
    ...(options.indexSignature ? { indexSignatures: [{ keyName: options.indexSignature.key, keyType: 'string', returnType: options.indexSignature.type, isReadonly: true }] } : {}),
    ...(options.methods ? { methods: options.methods } : {}),
    ...(options.extends ? { extends: options.extends } : {}),
    ...(options.docs ? { docs: options.docs } : {}),
  };
}

export const property = (name: string, type: string, options: Docs & { optional?: boolean; readonly?: boolean } = {}): OptionalKind<PropertySignatureStructure> => ({
  name,
  type,
  hasQuestionToken: options.optional ?? false,
  isReadonly: options.readonly ?? false,
  ...(options.docs ? { docs: options.docs } : {}),
});

/** A method of an interface: `name<T>(parameters): returnType`. */
export const methodSignature = (
  name: string,
  parameters: OptionalKind<ParameterDeclarationStructure>[],
  returnType: string,
  options: Docs & { typeParameters?: string[] } = {},
): OptionalKind<MethodSignatureStructure> => ({
  name,
  parameters,
  returnType,
  ...(options.typeParameters ? { typeParameters: options.typeParameters } : {}),
  ...(options.docs ? { docs: options.docs } : {}),
});

export function typeAlias(name: string, type: string, options: Docs & { exported?: boolean } = {}): TypeAliasDeclarationStructure {
  return {
    kind: StructureKind.TypeAlias,
    name,
    type,
    isExported: options.exported ?? true,
    ...(options.docs ? { docs: options.docs } : {}),
  };
}

/** An object literal written one property per line: `{ a: x, b: y }`. */
export function objectLiteral(entries: readonly (readonly [string, string])[]): string {
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, value]) => (key === value ? `${key},` : `${key}: ${value},`)).join('\n')}\n}`;
}

/** A property key that is a valid identifier stays bare; anything else is quoted. */
export const propertyKey = (key: string): string => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : `'${key}'`);

export function classOf(
  name: string,
  options: Docs & {
    exported?: boolean;
    extends?: string;
    implements?: string[];
    properties?: { name: string; initializer: string; isOverride?: boolean; isReadonly?: boolean }[];
    ctor?: { parameters: OptionalKind<ParameterDeclarationStructure>[]; statements: Statement[] };
    methods?: OptionalKind<MethodDeclarationStructure>[];
  },
): ClassDeclarationStructure {
  return {
    kind: StructureKind.Class,
    name,
    isExported: options.exported ?? true,
    ...(options.extends ? { extends: options.extends } : {}),
    ...(options.implements ? { implements: options.implements } : {}),
    ...(options.docs ? { docs: options.docs } : {}),
    properties: (options.properties ?? []).map((property) => ({ ...property, hasOverrideKeyword: property.isOverride ?? false })),
    ctors: options.ctor ? [options.ctor] : [],
    ...(options.methods ? { methods: options.methods } : {}),
  };
}
