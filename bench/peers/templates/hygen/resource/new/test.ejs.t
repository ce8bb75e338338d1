---
to: src/resources/<%= name %>/<%= name %>.test.ts
---
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

const valid<%= Name %> = {
<% fields.forEach((field) => { -%>
  <%= field.name %>: <%- field.example %>,
<% }) -%>
};

describe('/<%= names %>', () => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp();
  });
  afterEach(async () => {
    await testApp.close();
  });

  const send = (method: string, path: string, body?: unknown) =>
    testApp.app.request(path, { method, headers: { 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

  it('creates, reads, updates and deletes a <%= name %>', async () => {
    const created = await send('POST', '/<%= names %>', valid<%= Name %>);
    expect(created.status).toBe(201);
    const { data } = (await created.json()) as { data: { id: string } };
    expect((await send('GET', `/<%= names %>/${data.id}`)).status).toBe(200);
    expect((await send('PATCH', `/<%= names %>/${data.id}`, {})).status).toBe(200);
    expect((await send('DELETE', `/<%= names %>/${data.id}`)).status).toBe(204);
    expect((await send('GET', `/<%= names %>/${data.id}`)).status).toBe(404);
  });
});
