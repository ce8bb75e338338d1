import type { SourceFile } from 'ts-morph';
import { ensureNamedImports, removeNamedImport } from './ensure-import.js';

export interface AppDependency {
  /** Property of `AppDependencies`, e.g. `mailer`. */
  name: string;
  /** Its type, imported from `from`, e.g. `Mailer`. */
  type: string;
  from: string;
  docs: string;
}

/**
 * Adds an optional property to the `AppDependencies` interface of src/app.ts (and imports its type), so a feature can
 * take something from outside that tests and main.ts may pass. Optional, so existing callers keep compiling.
 * Idempotent: a property already there is left exactly as the user has it.
 */
export function ensureAppDependency(file: SourceFile, dependency: AppDependency): void {
  const dependencies = file.getInterface('AppDependencies');
  if (!dependencies || dependencies.getProperty(dependency.name)) return;
  dependencies.addProperty({ name: dependency.name, type: dependency.type, hasQuestionToken: true, docs: [dependency.docs] });
  ensureNamedImports(file, [{ specifier: dependency.from, name: dependency.type }], true);
}

/** Removes the property and its import, if they are there. */
export function removeAppDependency(file: SourceFile, dependency: AppDependency): void {
  file.getInterface('AppDependencies')?.getProperty(dependency.name)?.remove();
  removeNamedImport(file, dependency.from, dependency.type);
}
