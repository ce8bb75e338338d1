import { KilnError } from '../../src/errors.js';
import { accessActions, defaultAccess, parseAccessRule, type AccessAction, type AccessRule } from '../../src/spec/access.js';
import type { ModelView } from '../../src/spec/columns.js';
import { pascalCase } from '../../src/spec/naming.js';
import { didYouMean } from '../../src/spec/suggest.js';
import { addImports, type ResourceRoutesPlan } from '../resource/routes-plan.js';
import type { ResourceTestsPlan } from '../resource/tests-plan.js';
import type { AuthPolicy } from './model.js';

/** Every action's rule for a model: what kiln.json says, or the default (reads public, writes authenticated). */
export function accessRules(model: ModelView, policy: AuthPolicy): Record<AccessAction, AccessRule> {
  const rules = {} as Record<AccessAction, AccessRule>;
  for (const action of accessActions) {
    const text = model.spec.access?.[action] ?? defaultAccess[action];
    // The spec validator already refused malformed rules; what it cannot know is this feature's roles.
    const rule = parseAccessRule(text) ?? { kind: 'authenticated' };
    if (rule.kind === 'role' && !policy.roles.includes(rule.role)) {
      throw new KilnError(
        'spec/unknown-role',
        `models.${model.name}.access.${action}: unknown role "${rule.role}".${didYouMean(rule.role, policy.roles)}`,
        `roles are listed in features["jwt-auth"].roles: ${policy.roles.join(', ')}`,
      );
    }
    rules[action] = rule;
  }
  return rules;
}

const requireAuthModule = '../../features/auth/require-auth.js';

/** `resource.routes`: a middleware per action, the owner filter for "owner" rules, the owner set from the token. */
export function enforceAccess(plan: ResourceRoutesPlan, policy: AuthPolicy): void {
  const rules = accessRules(plan.model, policy);
  const owner = plan.model.spec.owner;
  const guarded = accessActions.filter((action) => rules[action].kind !== 'public');
  if (guarded.length === 0 && owner === undefined) return;
  plan.env = 'AuthEnv';
  addImports(plan, { [requireAuthModule]: { names: ['createRequireAuth', ...(owner ? ['currentUser'] : [])], types: ['AuthEnv'] } });
  plan.setup.push('const requireAuth = createRequireAuth(deps);');
  for (const action of guarded) {
    const rule = rules[action];
    plan.middleware[action].push('requireAuth');
    if (rule.kind === 'role') {
      addImports(plan, { '../../features/auth/permissions.js': { names: ['requireRole'] } });
      plan.middleware[action].push(`requireRole('${rule.role}')`);
    }
    // Another user's row answers 404, exactly like a missing one: whether it exists is not theirs to learn.
    if (rule.kind === 'owner' && action !== 'create' && owner) plan.scopes[action] = { [owner]: 'currentUser(c).id' };
  }
  if (owner) plan.serverAssigned[owner] = 'currentUser(c).id';
}

/** `resource.tests`: sign requests in as users the rules admit, and prove each rule refuses whoever it should. */
export function authenticateTests(plan: ResourceTestsPlan, policy: AuthPolicy): void {
  const rules = accessRules(plan.model, policy);
  const create = rules.create;
  const creatorRole = create.kind === 'role' ? create.role : policy.defaultRole;
  const roleOf = (rule: AccessRule) => (rule.kind === 'public' ? undefined : rule.kind === 'role' ? rule.role : creatorRole);
  const roles = [...new Set(accessActions.map((action) => roleOf(rules[action])).filter((role): role is string => role !== undefined))].sort();
  if (roles.length === 0) return;
  const user = (role: string) => `as${pascalCase(role)}`;
  addImports(plan, { '../../testing/auth.js': { names: ['createTestUser'], types: ['TestUser'] } });
  plan.declarations.push(...roles.map((role) => `let ${user(role)}: TestUser;`));
  plan.setup.push(...roles.map((role) => `${user(role)} = await createTestUser(testApp, { role: '${role}' });`));
  for (const action of accessActions) {
    const role = roleOf(rules[action]);
    if (role) plan.headers[action] = `${user(role)}.headers`;
  }
  plan.tests.push(...accessTests(plan, rules, policy));
}

function accessTests(plan: ResourceTestsPlan, rules: Record<AccessAction, AccessRule>, policy: AuthPolicy): string[] {
  const { names, model } = plan;
  const label = names.label.toLowerCase();
  const path = names.urlPath;
  const byId = `\`${path}/\${created.id}\``;
  const create = `const created = await create${names.type}(valid${names.type});`;
  const request: Record<AccessAction, { setup: string[]; call: (headers: string) => string }> = {
    list: { setup: [], call: (headers) => `send('GET', '${path}', undefined, ${headers})` },
    get: { setup: [create], call: (headers) => `send('GET', ${byId}, undefined, ${headers})` },
    create: { setup: [], call: (headers) => `send('POST', '${path}', valid${names.type}, ${headers})` },
    update: { setup: [create], call: (headers) => `send('PATCH', ${byId}, {}, ${headers})` },
    delete: { setup: [create], call: (headers) => `send('DELETE', ${byId}, undefined, ${headers})` },
  };
  const tests: string[] = [];
  for (const action of accessActions) {
    const rule = rules[action];
    const { setup, call } = request[action];
    if (rule.kind === 'public') continue;
    tests.push(`it('refuses to ${action} ${label} records without an access token (401)', async () => {
      ${setup.join('\n')}
      expect((await ${call('{}')}).status).toBe(401);
    });`);
    if (rule.kind === 'role' && rule.role !== policy.defaultRole) {
      tests.push(`it('refuses to ${action} ${label} records without the ${rule.role} role (403)', async () => {
        ${setup.join('\n')}
        const stranger = await createTestUser(testApp);
        expect((await ${call('stranger.headers')}).status).toBe(403);
      });`);
    }
    if (rule.kind === 'owner' && action === 'list') {
      tests.push(`it('lists only the caller\\'s own ${label} records', async () => {
        await create${names.type}(valid${names.type});
        const stranger = await createTestUser(testApp);
        const response = await ${call('stranger.headers')};
        expect(((await response.json()) as { meta: { total: number } }).meta.total).toBe(0);
      });`);
    } else if (rule.kind === 'owner') {
      tests.push(`it('answers 404, not 403, when another user tries to ${action} a ${label}', async () => {
        ${setup.join('\n')}
        const stranger = await createTestUser(testApp);
        expect((await ${call('stranger.headers')}).status).toBe(404);
      });`);
    }
  }
  const owner = model.spec.owner;
  if (owner) {
    const creator = `${plan.headers.create?.replace(/\.headers$/, '') ?? 'undefined'}`;
    tests.push(`it('sets ${owner} from the access token, never from the client', async () => {
      const forged = await send('POST', '${path}', { ...valid${names.type}, ${owner}: '0190a6c4-5b8e-7000-8000-00000000beef' }, ${plan.headers.create ?? '{}'});
      expect(forged.status).toBe(400);
      const created = await create${names.type}(valid${names.type});
      expect(created.${owner}).toBe(${creator}.id);
    });`);
  }
  return tests;
}
