// plop: the same resource as the hygen templates, run with bypass arguments:
// plop --plopfile …/plopfile.cjs --dest <project> resource Post "title:string body:text? published:boolean=false"
const { parseFields, names } = require('../fields.cjs');

module.exports = (plop) => {
  plop.setGenerator('resource', {
    description: 'A model: table type, migration, zod schemas, repository, routes, test, route registration',
    prompts: [
      { type: 'input', name: 'model', message: 'Model name' },
      { type: 'input', name: 'fields', message: 'Fields (name:type[?][=default] …)' },
    ],
    actions: (answers) => {
      Object.assign(answers, names(answers.model), { fields: parseFields(answers.fields), stamp: '20240131120000' });
      const file = (template, path) => ({ type: 'add', path, templateFile: `${__dirname}/${template}.ts.hbs` });
      return [
        file('table', 'src/db/tables/{{name}}.ts'),
        file('migration', 'src/db/migrations/{{stamp}}_create_{{table}}.ts'),
        file('schema', 'src/resources/{{name}}/{{name}}.schema.ts'),
        file('repository', 'src/resources/{{name}}/{{name}}.repository.ts'),
        file('routes', 'src/resources/{{name}}/{{name}}.routes.ts'),
        file('test', 'src/resources/{{name}}/{{name}}.test.ts'),
        {
          type: 'modify',
          path: 'src/app.ts',
          pattern: /^(import .*openapi\.routes.*)$/m,
          template: "$1\nimport { create{{Name}}Routes } from './resources/{{name}}/{{name}}.routes.js';",
        },
        {
          type: 'modify',
          path: 'src/app.ts',
          pattern: /^( {2}app\.route\('\/', createOpenApiRoutes.*)$/m,
          template: "$1\n  app.route('/{{names}}', create{{Name}}Routes(deps));",
        },
      ];
    },
  });
};
