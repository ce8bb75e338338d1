import { createRequire } from 'node:module';

/**
 * ts-morph, loaded with require: it is CommonJS and bundles the whole TypeScript compiler, and importing it from
 * ESM makes Node scan that multi-megabyte file for named exports first (≈100 ms of every cold `gen`).
 */
const tsMorph = createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph');

export const { IndentationText, Node, Project, QuoteKind, StructureKind, SyntaxKind, VariableDeclarationKind } = tsMorph;
