import type { OptionalKind, Project as ProjectType, SourceFile, SourceFileStructure } from 'ts-morph';
import { IndentationText, Node, Project, QuoteKind } from './ts-morph.js';

/**
 * One in-memory ts-morph project shared by every generator of a run. Generators build whole files from
 * structures (one createSourceFile call each, the fast path) and edit user-owned files through the AST; prettier
 * has the final word on layout.
 */
let shared: ProjectType | undefined;

function project(): ProjectType {
  shared ??= new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    skipFileDependencyResolution: true,
    manipulationSettings: { quoteKind: QuoteKind.Single, indentationText: IndentationText.TwoSpaces },
  });
  return shared;
}

let counter = 0;

/** Prints a TypeScript file from a ts-morph structure. */
export function printSourceFile(structure: OptionalKind<SourceFileStructure>): string {
  const file = project().createSourceFile(`/print-${counter++}.ts`, structure);
  const text = withBlankLines(file);
  project().removeSourceFile(file);
  return text;
}

/** Top-level statements separated by one blank line, except runs of imports: the layout people write. */
function withBlankLines(file: SourceFile): string {
  const statements = file.getStatementsWithComments();
  let text = '';
  statements.forEach((statement, i) => {
    const previous = statements[i - 1];
    if (previous) text += Node.isImportDeclaration(previous) && Node.isImportDeclaration(statement) ? '\n' : '\n\n';
    text += statement.getText(true);
  });
  return `${text}\n`;
}

/** Parses a TypeScript file (named by its project path, for messages), applies an AST edit and prints it again. */
export function editSourceFile(text: string, edit: (file: SourceFile) => void, path = 'file.ts'): string {
  const file = project().createSourceFile(`/edit-${counter++}/${path}`, text);
  try {
    edit(file);
    return file.getFullText();
  } finally {
    project().removeSourceFile(file);
  }
}
