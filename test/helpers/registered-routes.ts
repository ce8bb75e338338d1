import { posix } from 'node:path';
import { Node, Project, type CallExpression, type SourceFile } from 'ts-morph';

const methods = new Set(['get', 'post', 'put', 'patch', 'delete']);

/**
 * Every route a generated app registers, as `METHOD /path/{param}` (OpenAPI's path syntax), read from the generated
 * code itself rather than from any generator's plan: `app.<method>(path, …)` calls in `createApp`, and for each
 * `app.route(prefix, createXRoutes(deps))` the `.<method>(path, …)` calls of the Hono chain `createXRoutes` returns,
 * found through the import of `createXRoutes`. What the server answers is what this finds; a document that lacks one
 * of them does not describe the app.
 */
export function registeredRoutes(files: Record<string, string>): string[] {
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true, skipFileDependencyResolution: true });
  const source = (path: string): SourceFile => {
    const text = files[path];
    if (text === undefined) throw new Error(`${path} is not a generated file`);
    return project.getSourceFile(path) ?? project.createSourceFile(path, text);
  };
  const app = source('src/app.ts');
  const routes: string[] = [];
  for (const call of honoCalls(app, (receiver) => receiver === 'app')) {
    const [method, path] = routeOf(call);
    if (method === 'route') {
      const factory = call.getArguments()[1];
      if (!Node.isCallExpression(factory)) throw new Error(`unexpected app.route(${call.getArguments().map((argument) => argument.getText()).join(', ')})`);
      const name = factory.getExpression().getText();
      const module = app.getImportDeclarations().find((declaration) => declaration.getNamedImports().some((named) => named.getName() === name));
      if (!module) throw new Error(`${name} is not imported in src/app.ts`);
      const file = source(posix.join('src', module.getModuleSpecifierValue().replace(/\.js$/, '.ts')));
      const factoryFunction = file.getFunction(name);
      if (!factoryFunction) throw new Error(`${file.getFilePath()} has no function ${name}`);
      for (const inner of honoCalls(factoryFunction, (receiver) => receiver.startsWith('new Hono'))) {
        const [innerMethod, innerPath] = routeOf(inner);
        if (methods.has(innerMethod)) routes.push(`${innerMethod.toUpperCase()} ${openApiPath(join(path, innerPath))}`);
      }
    } else if (methods.has(method)) routes.push(`${method.toUpperCase()} ${openApiPath(path)}`);
  }
  return routes.sort();
}

/** Calls `<receiver>.<name>('/…', …)` whose chain starts at a receiver `isReceiver` accepts. */
function honoCalls(node: Node, isReceiver: (text: string) => boolean): CallExpression[] {
  return node.getDescendants().filter((candidate): candidate is CallExpression => {
    if (!Node.isCallExpression(candidate)) return false;
    const callee = candidate.getExpression();
    const [path] = candidate.getArguments();
    if (!Node.isPropertyAccessExpression(callee) || !path || !Node.isStringLiteral(path) || !path.getLiteralValue().startsWith('/')) return false;
    return isReceiver(chainStart(callee.getExpression()).getText());
  });
}

/** The start of a call chain: `new Hono()` for `new Hono().get(…).post(…)`. */
function chainStart(node: Node): Node {
  if (!Node.isCallExpression(node)) return node;
  const callee = node.getExpression();
  return Node.isPropertyAccessExpression(callee) ? chainStart(callee.getExpression()) : node;
}

function routeOf(call: CallExpression): [string, string] {
  const callee = call.getExpression();
  const [path] = call.getArguments();
  if (!Node.isPropertyAccessExpression(callee) || !Node.isStringLiteral(path)) throw new Error(`not a route: ${call.getText()}`);
  return [callee.getName(), path.getLiteralValue()];
}

const join = (prefix: string, path: string) => (prefix === '/' ? path : path === '/' ? prefix : `${prefix}${path}`);

/** `/posts/:id/tags/:tagId` → `/posts/{id}/tags/{tagId}`. */
const openApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

/** Every operation a document describes, as `METHOD /path`. */
export const documentedRoutes = (document: { paths: Record<string, Record<string, unknown>> }): string[] =>
  Object.entries(document.paths)
    .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`))
    .sort();
