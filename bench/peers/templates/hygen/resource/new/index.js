// hygen: turns `--name Post --fields "…"` into the templates' locals.
const { parseFields, names } = require('../../../fields.cjs');

module.exports = {
  params: ({ args }) => ({ ...names(args.name), fields: parseFields(args.fields), stamp: '20240131120000' }),
};
