/**
 * A module resolve hook (registered with node:module `register`) that makes `import … from 'kiln'` inside a
 * plugin resolve to the toolkit that is running it: a project-local generator works without installing Kiln into
 * the project, and a plugin always gets the same Kiln instance (and version) as the CLI that loads it.
 */
interface ResolveContext {
  parentURL?: string;
}
type NextResolve = (specifier: string, context: ResolveContext) => Promise<{ url: string }>;

let target = '';

export function initialize(data: { target: string }): void {
  target = data.target;
}

export async function resolve(specifier: string, context: ResolveContext, next: NextResolve): Promise<{ url: string; shortCircuit?: boolean }> {
  if (specifier === 'kiln' && target) return { url: target, shortCircuit: true };
  return next(specifier, context);
}
