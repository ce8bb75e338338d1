import { z } from 'zod';
import { defineGenerator } from '../../src/generator/define.js';
import { modelViews } from '../../src/spec/columns.js';
import { resourcePlans } from '../resource/plans.js';
import { clientFile } from './files/client-file.js';
import { clientTestFile } from './files/client-test-file.js';

export const clientPaths = { client: 'src/client/index.ts', test: 'src/client/client.test.ts' };

export default defineGenerator({
  name: 'client',
  summary: 'src/client/: a typed, dependency-free fetch client of the API, type-checked against the server\'s schemas.',
  kind: 'feature',
  options: z.strictObject({}),
  requires: ['resource'],
  // Its test needs to know which routes jwt-auth guards.
  after: ['jwt-auth'],
  generate(tree, _options, { spec, extensions }) {
    const models = modelViews(spec);
    tree.write(clientPaths.client, clientFile(models));
    // Proven on the first model anyone may call: its routes need no credentials.
    const open = models
      .map((model) => ({ model, ...resourcePlans(model, extensions) }))
      .find(({ tests }) => Object.keys(tests.headers).length === 0);
    if (open) {
      const serverAssigned = Object.keys(open.routes.serverAssigned);
      tree.write(clientPaths.test, clientTestFile(open.model, open.model.fields.filter((column) => !serverAssigned.includes(column.field))));
    }
  },
});
