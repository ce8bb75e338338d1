import type { Block, SourceFile } from 'ts-morph';
import { Node, SyntaxKind } from './ts-morph.js';
import { KilnError } from '../errors.js';
import { ensureNamedImports, removeNamedImport } from './ensure-import.js';

export interface RouteRegistration {
  /** URL prefix, e.g. `/posts`. */
  path: string;
  /** The routes factory, e.g. `createPostRoutes`. */
  factory: string;
  /** Module that exports it, relative to the edited file, e.g. `./resources/post/post.routes.js`. */
  from: string;
}

/**
 * Registers `app.route(path, factory(deps))` in `createApp`, just before `return app`, and imports the factory.
 * Idempotent: a registration for the same path is left exactly as the user has it (arguments included).
 */
export function registerRoute(file: SourceFile, registration: RouteRegistration): void {
  registerRoutes(file, [registration]);
}

/** registerRoute for many routes at once: one pass over createApp, however many resources there are. */
export function registerRoutes(file: SourceFile, registrations: readonly RouteRegistration[]): void {
  const [first] = registrations;
  if (!first) return;
  const { body, app, deps } = findCreateApp(file, first);
  const registered = new Set(routeCalls(body, app).map((call) => call.path));
  const missing = registrations.filter((registration) => !registered.has(registration.path));
  ensureNamedImports(file, registrations.map((registration) => ({ specifier: registration.from, name: registration.factory })));
  if (missing.length === 0) return;
  const returnStatement = body.getStatements().find((statement) => Node.isReturnStatement(statement));
  const index = returnStatement ? returnStatement.getChildIndex() : body.getStatements().length;
  body.insertStatements(index, missing.map((registration) => `${app}.route('${registration.path}', ${registration.factory}(${deps}));`));
}

/** Removes the registration for `path` (and its import) if it is there; leaves everything else alone. */
export function unregisterRoute(file: SourceFile, registration: RouteRegistration): void {
  const createApp = findCreateAppOrUndefined(file);
  if (!createApp) return;
  for (const call of routeCalls(createApp.body, createApp.app)) {
    if (call.path === registration.path) call.statement.remove();
  }
  removeNamedImport(file, registration.from, registration.factory);
}

/** Paths of every route registration whose factory is imported from a module matching `pattern`. */
export function registeredRoutesFrom(file: SourceFile, pattern: RegExp): RouteRegistration[] {
  const createApp = findCreateAppOrUndefined(file);
  if (!createApp) return [];
  const imported = new Map<string, string>();
  for (const declaration of file.getImportDeclarations()) {
    const from = declaration.getModuleSpecifierValue();
    if (!pattern.test(from)) continue;
    for (const named of declaration.getNamedImports()) imported.set(named.getName(), from);
  }
  return routeCalls(createApp.body, createApp.app).flatMap(({ path, factory }) => {
    const from = factory ? imported.get(factory) : undefined;
    return from && factory ? [{ path, factory, from }] : [];
  });
}

interface CreateApp {
  body: Block;
  app: string;
  deps: string;
}

function findCreateApp(file: SourceFile, registration: RouteRegistration): CreateApp {
  const found = findCreateAppOrUndefined(file);
  if (found) return found;
  throw new KilnError(
    'ast/no-create-app',
    `cannot register ${registration.path} in ${file.getFilePath().replace(/^\/edit-\d+\//, '')}: no \`createApp(deps)\` function that ends with \`return app\``,
    `register it yourself: app.route('${registration.path}', ${registration.factory}(deps)) with import { ${registration.factory} } from '${registration.from}'`,
  );
}

function findCreateAppOrUndefined(file: SourceFile): CreateApp | undefined {
  const fn = file.getFunction('createApp');
  const body = fn?.getBody();
  const parameter = fn?.getParameters()[0];
  if (!fn || !body || !Node.isBlock(body) || !parameter || !Node.isIdentifier(parameter.getNameNode())) return undefined;
  const returned = body.getStatements().find((statement) => Node.isReturnStatement(statement));
  const expression = returned?.asKind(SyntaxKind.ReturnStatement)?.getExpression();
  if (!expression || !Node.isIdentifier(expression)) return undefined;
  return { body, app: expression.getText(), deps: parameter.getName() };
}

function routeCalls(body: Block, app: string) {
  return body.getStatements().flatMap((statement) => {
    const call = statement.asKind(SyntaxKind.ExpressionStatement)?.getExpression().asKind(SyntaxKind.CallExpression);
    const callee = call?.getExpression().asKind(SyntaxKind.PropertyAccessExpression);
    if (!call || !callee || callee.getName() !== 'route' || callee.getExpression().getText() !== app) return [];
    const [pathArgument, routesArgument] = call.getArguments();
    const path = pathArgument?.asKind(SyntaxKind.StringLiteral)?.getLiteralValue();
    const factory = routesArgument?.asKind(SyntaxKind.CallExpression)?.getExpression().getText();
    return path === undefined ? [] : [{ statement, path, factory }];
  });
}
