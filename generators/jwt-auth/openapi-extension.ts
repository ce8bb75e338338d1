import type { GeneratorContext } from '../../src/generator/define.js';
import type { JsonSchema } from '../openapi/json-schema.js';
import { jsonResponse, ref, type OpenApiPlan, type Operation } from '../openapi/plan.js';
import { accessRules } from './access.js';
import { authPolicy, routesPath, type AuthPolicy } from './model.js';
import type { JwtAuthOptions } from './options.js';

const bearer = [{ bearerAuth: [] }];

/**
 * jwt-auth's part of the OpenAPI document (the `openapi.document` extension point): the bearer scheme, `security`
 * with 401 (and 403 for a role) on every operation an access rule guards, and the `/auth` operations.
 */
export function documentAuth(plan: OpenApiPlan, options: JwtAuthOptions, { spec }: GeneratorContext): void {
  const policy = authPolicy(options, spec);
  const { document } = plan;
  document.components.securitySchemes = {
    ...document.components.securitySchemes,
    bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'An access token from POST /auth/login' },
  };
  Object.assign(document.components.responses, {
    Unauthorized: jsonResponse('No valid access token', ref('schemas', 'Error')),
    Forbidden: jsonResponse('The access token lacks the role this needs', ref('schemas', 'Error')),
    TooManyRequests: jsonResponse('Too many attempts: see Retry-After', ref('schemas', 'Error')),
  });
  for (const { model, action, operation } of plan.resourceOperations) {
    const rule = accessRules(model, policy)[action];
    if (rule.kind === 'public') continue;
    guard(operation, rule.kind === 'role');
  }
  Object.assign(document.components.schemas, authSchemas(policy));
  Object.assign(document.paths, authPaths());
}

function guard(operation: Operation, byRole: boolean): Operation {
  operation.security = bearer;
  operation.responses = { ...operation.responses, 401: ref('responses', 'Unauthorized'), ...(byRole ? { 403: ref('responses', 'Forbidden') } : {}) };
  return operation;
}

function authSchemas(policy: AuthPolicy): Record<string, JsonSchema> {
  const email = { type: 'string', format: 'email', maxLength: 254 };
  const newPassword = { type: 'string', minLength: policy.password.minLength, maxLength: policy.password.maxLength, description: 'Not a common password' };
  const givenPassword = { type: 'string', minLength: 1, maxLength: 1024 };
  const token = { type: 'string', minLength: 1, maxLength: 256 };
  const object = (properties: Record<string, JsonSchema>, required = Object.keys(properties)): JsonSchema => ({ type: 'object', properties, required, additionalProperties: false });
  return {
    User: object({ id: { type: 'string', format: 'uuid' }, email: { type: 'string' }, role: { type: 'string', enum: policy.roles }, disabled: { type: 'boolean' }, createdAt: { type: 'string', format: 'date-time' } }),
    Tokens: object({ accessToken: { type: 'string' }, refreshToken: { type: 'string' }, expiresIn: { type: 'integer', description: 'Seconds until the access token expires' } }),
    Register: object({ email, password: newPassword }),
    Login: object({ email: { type: 'string', maxLength: 254 }, password: givenPassword }),
    RefreshToken: object({ refreshToken: token }),
    ChangePassword: object({ currentPassword: givenPassword, newPassword }),
    ForgotPassword: object({ email: { type: 'string', maxLength: 254 } }),
    ResetPassword: object({ token, password: newPassword }),
    UserChanges: object({ role: { type: 'string', enum: policy.roles }, disabled: { type: 'boolean' } }, []),
  };
}

function authPaths(): Record<string, Record<string, Operation>> {
  const body = (schema: string) => ({ required: true, content: { 'application/json': { schema: ref('schemas', schema) } } });
  const user = jsonResponse('The user', { type: 'object', properties: { data: ref('schemas', 'User') }, required: ['data'] });
  const tokens = jsonResponse('A new access and refresh token', ref('schemas', 'Tokens'));
  const badRequest = ref('responses', 'BadRequest');
  const unauthorized = ref('responses', 'Unauthorized');
  const limited = ref('responses', 'TooManyRequests');
  const operation = (operationId: string, summary: string, rest: Omit<Operation, 'operationId' | 'summary' | 'tags'>): Operation => ({ operationId, summary, tags: ['Auth'], ...rest });
  const path = (suffix: string) => `${routesPath}${suffix}`;
  return {
    [path('/register')]: { post: operation('register', 'Create an account', { requestBody: body('Register'), responses: { 201: { ...user, description: 'Created' }, 400: badRequest, 409: ref('responses', 'Conflict'), 429: limited } }) },
    [path('/login')]: { post: operation('login', 'Sign in', { requestBody: body('Login'), responses: { 200: tokens, 400: badRequest, 401: unauthorized, 429: limited } }) },
    [path('/refresh')]: { post: operation('refresh', 'Trade a refresh token for a new pair (the old one is spent)', { requestBody: body('RefreshToken'), responses: { 200: tokens, 400: badRequest, 401: unauthorized, 429: limited } }) },
    [path('/logout')]: { post: operation('logout', 'End the session the refresh token belongs to', { requestBody: body('RefreshToken'), responses: { 204: { description: 'Signed out' }, 400: badRequest } }) },
    [path('/me')]: { get: guard(operation('me', 'The signed-in user', { responses: { 200: user } }), false) },
    [path('/password')]: {
      post: guard(operation('changePassword', 'Change the password (ends every session, returns a new one)', { requestBody: body('ChangePassword'), responses: { 200: tokens, 400: badRequest } }), false),
    },
    [path('/password/forgot')]: {
      post: operation('forgotPassword', 'Mail a reset token (answers the same whether the account exists or not)', {
        requestBody: body('ForgotPassword'),
        responses: { 202: jsonResponse('Accepted', { type: 'object', properties: { data: { type: 'object', properties: { message: { type: 'string' } } } } }), 400: badRequest, 429: limited },
      }),
    },
    [path('/password/reset')]: { post: operation('resetPassword', 'Set a new password with a reset token', { requestBody: body('ResetPassword'), responses: { 204: { description: 'Password changed' }, 400: badRequest } }) },
    [path('/users/{id}')]: {
      patch: guard(operation('updateUser', "Change a user's role or disable them (admin)", {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        requestBody: body('UserChanges'),
        responses: { 200: user, 400: badRequest, 404: ref('responses', 'NotFound') },
      }), true),
    },
  };
}
