import { printSourceFile } from '../../../src/ast/project.js';
import { importsOf } from '../../../src/ast/structures.js';
import type { ImportMap } from '../../resource/routes-plan.js';

/** A module from its imports and its top-level statements (source text), printed like every generated file. */
export const moduleOf = (imports: ImportMap, statements: readonly string[]): string =>
  printSourceFile({ statements: [...importsOf(imports), ...statements] });
