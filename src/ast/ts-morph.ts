import { requireWithCodeCache } from './compile-cache.js';

/**
 * ts-morph, loaded with require: it is CommonJS and bundles the whole TypeScript compiler, and importing it from
 * ESM makes Node scan that multi-megabyte file for named exports first (≈100 ms of every cold `gen`). Its modules
 * come from V8's code cache after the first run (compiling TypeScript's 9 MB is most of what is left).
 */
const tsMorph = requireWithCodeCache<typeof import('ts-morph')>(import.meta.url, 'ts-morph');

export const { IndentationText, Node, Project, QuoteKind, StructureKind, SyntaxKind, VariableDeclarationKind } = tsMorph;
