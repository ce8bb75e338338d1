import { accessFeature } from '../../src/spec/access.js';
import { modelViews, type ModelView } from '../../src/spec/columns.js';
import { defaultIncludeDepth } from '../../src/spec/relation-types.js';
import type { RelationView } from '../../src/spec/relations.js';
import type { Spec } from '../../src/spec/schema.js';

/**
 * Whether a request may include a relation. With access rules, only relations whose records anyone may list: an
 * include must not show what the related model's own list route would refuse, and a rule that depends on the
 * caller (a role, an owner) is refused with 403 rather than checked per row.
 */
export function includable(spec: Spec, relation: RelationView): boolean {
  if (!(accessFeature in spec.features)) return true;
  return (spec.models[relation.target]?.access?.list ?? 'public') === 'public';
}

/** A relation `?include=` may name at some level, with the relations of its records that may follow it. */
export interface IncludeNode {
  relation: RelationView;
  /** Its records are not public: naming it is a 403, and nothing follows it. */
  forbidden: boolean;
  children: IncludeNode[];
}

/** What `?include=` accepts on a model's routes: its relations, theirs under them, `depth` levels deep. */
export interface IncludePlan {
  model: ModelView;
  depth: number;
  nodes: IncludeNode[];
}

export function includePlan(spec: Spec, model: ModelView): IncludePlan {
  const depth = model.spec.includeDepth ?? defaultIncludeDepth;
  const byName = new Map(modelViews(spec).map((view) => [view.name, view]));
  const nodesOf = (owner: ModelView | undefined, levels: number): IncludeNode[] =>
    (owner?.relations ?? []).map((relation) => {
      const forbidden = !includable(spec, relation);
      return { relation, forbidden, children: forbidden || levels === 1 ? [] : nodesOf(byName.get(relation.target), levels - 1) };
    });
  return { model, depth, nodes: nodesOf(model, depth) };
}

/** The dotted paths a plan accepts (`comments`, `comments.author`), each parent before what follows it. */
export function includePaths(plan: IncludePlan): string[] {
  const pathsOf = (nodes: IncludeNode[], prefix: string): string[] =>
    nodes.flatMap((node) => (node.forbidden ? [] : [`${prefix}${node.relation.name}`, ...pathsOf(node.children, `${prefix}${node.relation.name}.`)]));
  return pathsOf(plan.nodes, '');
}

/** The paths a plan refuses with 403: relations whose records are not public. */
export function forbiddenIncludePaths(plan: IncludePlan): string[] {
  const pathsOf = (nodes: IncludeNode[], prefix: string): string[] =>
    nodes.flatMap((node) => (node.forbidden ? [`${prefix}${node.relation.name}`] : pathsOf(node.children, `${prefix}${node.relation.name}.`)));
  return pathsOf(plan.nodes, '');
}

/** The longest accepted paths: together they include everything the plan accepts (`comments.author`, not `comments`). */
export function deepestIncludePaths(plan: IncludePlan): string[] {
  const paths = includePaths(plan);
  return paths.filter((path) => !paths.some((other) => other.startsWith(`${path}.`)));
}

const forwardedOf = new WeakMap<Spec, Map<string, Set<string>>>();

/**
 * The relations of a model whose records some route may include more relations under (`comments` when a post's
 * routes accept `comments.author`): the loader of those passes the nested includes on to the related model's loader.
 * The others never get any, so their loader has nothing to pass on.
 */
export function forwardedRelations(spec: Spec, model: ModelView): Set<string> {
  let forwarded = forwardedOf.get(spec);
  if (!forwarded) {
    const found = new Map<string, Set<string>>();
    const visit = (owner: string, nodes: IncludeNode[]) => {
      for (const node of nodes) {
        if (!node.children.some((child) => !child.forbidden)) continue;
        found.set(owner, (found.get(owner) ?? new Set()).add(node.relation.name));
        visit(node.relation.target, node.children);
      }
    };
    for (const view of modelViews(spec)) visit(view.name, includePlan(spec, view).nodes);
    forwarded = found;
    forwardedOf.set(spec, forwarded);
  }
  return forwarded.get(model.name) ?? new Set();
}
