import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createGroupSchema, groupSchema, updateGroupSchema } from '../resources/group/group.schema.js';
import {
  createProfileSchema,
  profileSchema,
  updateProfileSchema,
} from '../resources/profile/profile.schema.js';
import { createSampleSchema, sampleSchema, updateSampleSchema } from '../resources/sample/sample.schema.js';
import { createUserSchema, updateUserSchema, userSchema } from '../resources/user/user.schema.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { openApiDocument } from './openapi-document.js';

/** A schema as the document holds it: zod's JSON Schema as a component. */
function asComponent(schema: z.ZodType, io: 'input' | 'output'): unknown {
  const { $schema: _dialect, $defs: _definitions, ...rest } = z.toJSONSchema(schema, { io });
  // Each z.json() is a $defs entry in zod's output, and one shared component in the document.
  return JSON.parse(JSON.stringify(rest), (key, value: unknown) =>
    key === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/')
      ? '#/components/schemas/JsonValue'
      : value,
  );
}

describe('OpenAPI document', () => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp();
  });
  afterEach(async () => {
    await testApp.close();
  });

  it('documents every body with the JSON Schema of the zod schema its route validates with', () => {
    const schemas = [
      ['Sample', sampleSchema, 'output'],
      ['CreateSample', createSampleSchema, 'input'],
      ['UpdateSample', updateSampleSchema, 'input'],
      ['Group', groupSchema, 'output'],
      ['CreateGroup', createGroupSchema, 'input'],
      ['UpdateGroup', updateGroupSchema, 'input'],
      ['User', userSchema, 'output'],
      ['CreateUser', createUserSchema, 'input'],
      ['UpdateUser', updateUserSchema, 'input'],
      ['Profile', profileSchema, 'output'],
      ['CreateProfile', createProfileSchema, 'input'],
      ['UpdateProfile', updateProfileSchema, 'input'],
    ] as const;
    for (const [component, schema, io] of schemas) {
      expect(openApiDocument.components.schemas?.[component], component).toEqual(asComponent(schema, io));
    }
  });

  it('serves the document at /openapi.json', async () => {
    const response = await testApp.app.request('/openapi.json');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(openApiDocument);
  });

  it('serves a page at /docs naming every operation, with nothing to load from elsewhere', async () => {
    const response = await testApp.app.request('/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    for (const methods of Object.values(openApiDocument.paths)) {
      for (const operation of Object.values(methods)) expect(html).toContain(`id="${operation.operationId}"`);
    }
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(|@import/i);
  });
});
