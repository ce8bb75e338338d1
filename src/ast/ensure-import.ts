import type { SourceFile } from 'ts-morph';

/**
 * Makes sure `import { name } from 'specifier'` exists, adding the name to an existing import of the same module
 * rather than writing a second one. Idempotent; never touches other imports.
 */
export function ensureNamedImport(file: SourceFile, specifier: string, name: string, typeOnly = false): void {
  ensureNamedImports(file, [{ specifier, name }], typeOnly);
}

/** ensureNamedImport for many names at once: one pass over the file's imports. */
export function ensureNamedImports(file: SourceFile, wanted: readonly { specifier: string; name: string }[], typeOnly = false): void {
  const bySpecifier = new Map(
    file
      .getImportDeclarations()
      .filter((declaration) => declaration.isTypeOnly() === typeOnly)
      .map((declaration) => [declaration.getModuleSpecifierValue(), declaration] as const),
  );
  for (const { specifier, name } of wanted) {
    const existing = bySpecifier.get(specifier);
    if (existing) {
      if (!existing.getNamedImports().some((named) => named.getName() === name)) existing.addNamedImport(name);
      continue;
    }
    const declaration = file.insertImportDeclaration(file.getImportDeclarations().length, { moduleSpecifier: specifier, namedImports: [name], isTypeOnly: typeOnly });
    bySpecifier.set(specifier, declaration);
  }
}

/** Removes a named import, and the whole declaration when it was the last name. */
export function removeNamedImport(file: SourceFile, specifier: string, name: string): void {
  for (const declaration of file.getImportDeclarations()) {
    if (declaration.getModuleSpecifierValue() !== specifier) continue;
    declaration.getNamedImports().find((named) => named.getName() === name)?.remove();
    if (declaration.getNamedImports().length === 0 && !declaration.getDefaultImport() && !declaration.getNamespaceImport()) {
      declaration.remove();
    }
  }
}
