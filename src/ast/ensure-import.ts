import type { SourceFile } from 'ts-morph';

/**
 * Makes sure `import { name } from 'specifier'` exists, adding the name to an existing import of the same module
 * rather than writing a second one. Idempotent; never touches other imports.
 */
export function ensureNamedImport(file: SourceFile, specifier: string, name: string, typeOnly = false): void {
  const existing = file.getImportDeclarations().find(
    (declaration) => declaration.getModuleSpecifierValue() === specifier && declaration.isTypeOnly() === typeOnly,
  );
  if (existing) {
    if (!existing.getNamedImports().some((named) => named.getName() === name)) existing.addNamedImport(name);
    return;
  }
  const imports = file.getImportDeclarations();
  const declaration = { moduleSpecifier: specifier, namedImports: [name], isTypeOnly: typeOnly };
  if (imports.length === 0) file.insertImportDeclaration(0, declaration);
  else file.insertImportDeclaration(imports.length, declaration);
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
