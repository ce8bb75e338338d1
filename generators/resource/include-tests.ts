import { literal } from '../../src/dialect/literal.js';
import type { ModelView } from '../../src/spec/columns.js';
import { listingOf } from '../../src/spec/listing.js';
import type { BelongsToView, HasManyView } from '../../src/spec/relations.js';
import type { Spec } from '../../src/spec/schema.js';
import { forbiddenIncludePaths, includable, includePlan, type IncludeNode, type IncludePlan } from './include-plan.js';
import { resourceNames, sampleRow } from './model.js';
import { isReadRelation } from './relation-queries.js';
import { addImports } from './routes-plan.js';
import type { ResourceTestsPlan } from './tests-plan.js';

/**
 * The generated tests of `?include=` on a model's routes: what it refuses (an unknown relation at any level, a path
 * deeper than the model's includeDepth, with 403 a relation whose records are not public) and that a page loads its includes, one level or several, in a number of
 * queries that does not grow with the page (no N+1).
 */
export function addIncludeTests(plan: ResourceTestsPlan, models: readonly ModelView[], spec: Spec, seedsFor: (child: ModelView) => string[]): void {
  const { model, names } = plan;
  if (model.relations.length === 0) return;
  const include = includePlan(spec, model);
  const byName = new Map(models.map((candidate) => [candidate.name, candidate]));
  const path = names.urlPath;
  // Each request lists the collection, so it is sent as someone the list route admits.
  const list = (target: string) => (plan.headers.list ? `send('GET', ${target}, undefined, ${plan.headers.list})` : `testApp.app.request(${target})`);
  const refused = (target: string, message: string) => `const response = await ${list(target)};
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as ErrorResponse & { error: { message: string } };
      expect(error.code).toBe('invalid_include');
      expect(error.message).toContain(${literal(message)});`;

  plan.tests.push(`it('rejects an include that is not a relation with 400, naming the allowed ones', async () => {
    const response = await ${list(`'${path}?include=nope'`)};
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorResponse).error.code).toBe('invalid_include');
  });`);
  const tooDeep = chainOf(include, byName, spec);
  if (tooDeep) {
    plan.tests.push(`it('rejects an include deeper than ${include.depth} ${include.depth === 1 ? 'level' : 'levels'} with 400, naming the limit', async () => {
      ${refused(`'${path}?include=${tooDeep}'`, `at most ${include.depth}`)}
    });`);
  }
  const [first] = include.nodes.filter((node) => !node.forbidden);
  if (include.depth > 1 && first) {
    plan.tests.push(`it('rejects an unknown relation under ${first.relation.name} with 400, naming the allowed ones', async () => {
      ${refused(`'${path}?include=${first.relation.name}.nope'`, `under "${first.relation.name}"`)}
    });`);
  }
  const forbidden = forbiddenIncludePaths(include);
  if (forbidden.length > 0) {
    plan.tests.push(`it('refuses with 403 to include a relation whose records are not public, at any level', async () => {
      for (const include of ${literal(forbidden)}) {
        const response = await ${list(`\`${path}?include=\${include}\``)};
        expect(response.status).toBe(403);
        expect(((await response.json()) as ErrorResponse).error.code).toBe('include_forbidden');
      }
    });`);
  }
  addQueryCountTests(plan, include, byName, seedsFor);
}

/**
 * A path one relation deeper than the plan accepts, each relation one that could be included (`author.posts.author`
 * for a depth of 2); undefined when the relations end before that.
 */
function chainOf(plan: IncludePlan, byName: Map<string, ModelView>, spec: Spec): string | undefined {
  const follow = (nodes: IncludeNode[], names: string[]): string[] | undefined => {
    const next = nodes.find((node) => !node.forbidden);
    if (!next) return undefined;
    const path = [...names, next.relation.name];
    if (path.length < plan.depth) return follow(next.children, path);
    const beyond = byName.get(next.relation.target)?.relations.find((relation) => includable(spec, relation));
    return beyond && [...path, beyond.name];
  };
  return follow(plan.nodes, [])?.join('.');
}

/**
 * The query count of a page of 2 and of 20 with every relation included, and — when the model allows nested
 * includes — with a nested path whose every level has rows for each record (a hasMany/hasOne child per record,
 * and that child's required belongsTo), so an N+1 at any level would show.
 */
function addQueryCountTests(plan: ResourceTestsPlan, include: IncludePlan, byName: Map<string, ModelView>, seedsFor: (child: ModelView) => string[]): void {
  const { model, names } = plan;
  const path = names.urlPath;
  const unique = model.fields.filter((column) => column.unique && !(column.field in plan.routes.serverAssigned));
  const varied = unique.map((column) => (column.type === 'string' || column.type === 'text' ? `${column.field}: \`\${i}\${valid${names.type}.${column.field}}\`.slice(0, ${column.max ?? 255})` : undefined));
  const visible = include.nodes.filter((node) => !node.forbidden);
  if (visible.length === 0 || !varied.every((entry) => entry !== undefined)) return;
  const createRecord = `create${names.type}(${varied.length > 0 ? `{ ...valid${names.type}, ${varied.join(', ')} }` : `valid${names.type}`})`;
  const exact = plan.routes.middleware.list.length === 0 && plan.routes.read.list === undefined;
  // An offset page also counts its total; a cursor page does not.
  const page = listingOf(model).pagination === 'cursor' ? 'The page' : 'The page, its total,';
  const base = listingOf(model).pagination === 'cursor' ? 1 : 2;
  const request = (query: string) => `requestCountingQueries(\`${path}?limit=\${limit}&${query}\`${plan.headers.list ? `, { headers: ${plan.headers.list} }` : ''})`;
  addImports(plan, { '../../app.js': { names: ['createApp'] }, kysely: { types: ['KyselyPlugin'] } });
  plan.declarations.push(`\n/** A request through an app whose database counts queries: the response, and how many queries it ran. */
    const requestCountingQueries = async (path: string, init?: RequestInit) => {
      let queries = 0;
      const counting: KyselyPlugin = {
        transformQuery: (args) => {
          queries += 1;
          return args.node;
        },
        transformResult: async (args) => args.result,
      };
      const app = createApp({ ...testApp.deps, db: testApp.db.withPlugin(counting) });
      const response = await app.request(path, init);
      return { response, queries };
    };\n`);

  const includeAll = visible.map((node) => node.relation.name).join(',');
  plan.tests.push(`it('loads ${includeAll.replaceAll(',', ', ')} in a constant number of queries, however large the page (no N+1)', async () => {
    for (let i = 0; i < 20; i++) await ${createRecord};
    const queriesFor = async (limit: number) => {
      const { response, queries } = await ${request(`include=${includeAll}`)};
      expect(response.status).toBe(200);
      expect(((await response.json()) as { data: unknown[] }).data).toHaveLength(limit);
      return queries;
    };
    const small = await queriesFor(2);
    expect(await queriesFor(20)).toBe(small);${exact ? `\n    // ${page} and one query per included relation.\n    expect(small).toBe(${base + visible.length});` : ''}
  });`);

  const nested = nestedPathOf(include, byName);
  if (!nested) return;
  const { parent, child, childModel } = nested;
  const factory = resourceNames(childModel).repositoryFactory;
  addImports(plan, { [`../${childModel.names.kebab}/${childModel.names.kebab}.repository.js`]: { names: [factory] } });
  const included = `${parent.name}.${child.name}`;
  const loaded = parent.kind === 'hasMany' ? `record.${parent.name}` : `(record.${parent.name} ? [record.${parent.name}] : [])`;
  const childType = `{ ${child.foreignKey}: unknown; ${child.name}: { id: unknown } | null }`;
  plan.tests.push(`it('loads ${included} in a constant number of queries, however large the page (no N+1)', async () => {
    ${seedsFor(childModel).filter((seed) => !plan.setup.includes(seed)).join('\n')}
    for (let i = 0; i < 20; i++) {
      const created = await ${createRecord};
      await ${factory}(testApp.db).create(${sampleRowPointingTo(childModel, parent.foreignKey, 'created.id')});
    }
    const queriesFor = async (limit: number) => {
      const { response, queries } = await ${request(`include=${included}`)};
      expect(response.status).toBe(200);
      const { data } = (await response.json()) as { data: { ${parent.name}: ${parent.kind === 'hasMany' ? `${childType}[]` : `${childType} | null`} }[] };
      const children = data.flatMap((record) => ${loaded});
      expect(children).toHaveLength(limit);
      for (const related of children) expect(related.${child.name}?.id).toBe(related.${child.foreignKey});
      return queries;
    };
    const small = await queriesFor(2);
    expect(await queriesFor(20)).toBe(small);${exact ? `\n    // ${page} and one query per level of ${included}.\n    expect(small).toBe(${base + 2});` : ''}
  });`);
}

/**
 * A two-level path whose rows a test can make exist for every record of a page: a hasMany/hasOne (one child
 * inserted per record) followed by a required belongsTo of the child. Not for a model pointing to itself, whose
 * tests seed rows of its own (they would share the page, without children).
 */
function nestedPathOf(plan: IncludePlan, byName: Map<string, ModelView>): { parent: HasManyView; child: BelongsToView; childModel: ModelView } | undefined {
  if (plan.model.fields.some((column) => column.references?.model === plan.model.name)) return undefined;
  for (const node of plan.nodes) {
    const parent = node.relation;
    const childModel = byName.get(parent.target);
    if (node.forbidden || !isReadRelation(parent) || !childModel || childModel.fields.some((column) => column.unique)) continue;
    const child = node.children.find((candidate) => !candidate.forbidden && candidate.relation.kind === 'belongsTo' && !candidate.relation.optional)?.relation;
    if (child?.kind === 'belongsTo') return { parent, child, childModel };
  }
  return undefined;
}

/** A sample record of a model as an object literal, its foreign key `field` set to `expression`. */
const sampleRowPointingTo = (model: ModelView, field: string, expression: string): string =>
  `{ ${Object.entries(sampleRow(model.fields, 1)).map(([key, value]) => `${key}: ${key === field ? expression : literal(value)}`).join(', ')} }`;
