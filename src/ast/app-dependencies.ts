import type { SourceFile } from 'ts-morph';
import { KilnError } from '../errors.js';
import { ensureNamedImports, removeNamedImport } from './ensure-import.js';

export interface DependencyMember {
  /** The member, e.g. `cache`. */
  name: string;
  /** Its type, e.g. `ResourceCache`. */
  type: string;
  /** Module exporting the type, relative to the edited file, e.g. `./features/cache/resource-cache.js`. */
  from: string;
}

/**
 * Makes `interface AppDependencies` declare exactly the members features want, as far as Kiln added them: a
 * missing member is appended with a type import; a member whose type is imported from a module matching
 * `generated` (Kiln's feature modules) and that no feature wants any more is removed with its import. Members
 * the user wrote, and those they retyped, are left alone. Idempotent.
 */
export function syncAppDependencies(file: SourceFile, wanted: readonly DependencyMember[], generated: RegExp): void {
  const dependencies = file.getInterface('AppDependencies');
  if (!dependencies) {
    if (wanted.length === 0) return;
    const members = wanted.map((member) => `${member.name}: ${member.type}`).join('; ');
    throw new KilnError(
      'ast/no-app-dependencies',
      `cannot add ${wanted.map((member) => member.name).join(', ')} to the app's dependencies in src/app.ts: it has no \`interface AppDependencies\``,
      `declare the dependencies createApp(deps) receives as \`export interface AppDependencies { …; ${members} }\``,
    );
  }
  const wantedNames = new Set(wanted.map((member) => member.name));
  const generatedTypes = new Map(
    file
      .getImportDeclarations()
      .filter((declaration) => generated.test(declaration.getModuleSpecifierValue()))
      .flatMap((declaration) => declaration.getNamedImports().map((named) => [named.getName(), declaration.getModuleSpecifierValue()] as const)),
  );
  for (const property of dependencies.getProperties()) {
    const from = generatedTypes.get(property.getTypeNode()?.getText() ?? '');
    if (from === undefined || wantedNames.has(property.getName())) continue;
    const type = property.getTypeNode()?.getText() ?? '';
    property.remove();
    removeNamedImport(file, from, type);
  }
  const present = new Set(dependencies.getProperties().map((property) => property.getName()));
  const missing = wanted.filter((member) => !present.has(member.name));
  if (missing.length === 0) return;
  // Inserted as text before the closing brace: ts-morph's addProperty drops the comment that ends the last member.
  const last = dependencies.getMembers().at(-1);
  const closingBrace = dependencies.getEnd() - 1;
  const separatorAt = last && !/[;,]$/.test(last.getText()) ? last.getEnd() : undefined;
  file.insertText(closingBrace, missing.map((member) => `${member.name}: ${member.type};\n`).join(''));
  if (separatorAt !== undefined) file.insertText(separatorAt, ';');
  ensureNamedImports(file, missing.map((member) => ({ specifier: member.from, name: member.type })), true);
}
