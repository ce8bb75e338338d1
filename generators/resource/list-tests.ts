import type { Column, ModelView } from '../../src/spec/columns.js';
import { listingOf } from '../../src/spec/listing.js';
import { literal } from '../../src/dialect/literal.js';
import { sampleFieldValue as sampleValue, type ResourceNames } from './model.js';

/** What the list tests need from the test file being printed. */
export interface ListTestContext {
  model: ModelView;
  names: ResourceNames;
  /** The fields a client sends (the server assigns the others). */
  fields: Column[];
  /** A GET of the list at `target` (an expression), with the headers the list action needs. */
  list: (target: string) => string;
  fieldLabel: (column: Column) => string;
}

/**
 * The list route's tests: unknown filter fields, operators and sort fields are 400s that name them, a filter of each
 * filterable field finds its row, sorting reverses, `q` searches (and `%` matches only itself), and the page —
 * offset with a total, or a cursor that returns every row exactly once while rows are inserted between pages.
 */
export function listTests(context: ListTestContext): string[] {
  const { model, names, list } = context;
  const listing = listingOf(model);
  const path = names.urlPath;
  const idExample = model.idStrategy === 'uuid' ? 'a UUID' : 'an integer';
  const tests = [
    `it('rejects unknown filter fields, operators and sort fields with 400 naming them', async () => {
      const cases = [
        ['filter[notAField][eq]=1', 'filter[notAField][eq]', 'notAField'],
        ['filter[id][like]=1', 'filter[id][like]', 'like'],
        ['filter[id][eq]=not-an-id', 'filter[id][eq]', '${idExample}'],
        ['sort=-notAField', 'sort', 'notAField'],
      ] as const;
      for (const [query, field, named] of cases) {
        const response = await ${list(`\`${path}?\${query}\``)};
        expect(response.status, query).toBe(400);
        const body = (await response.json()) as ErrorResponse;
        expect(body.error.details, query).toContainEqual({ field, message: expect.stringContaining(named) });
      }
    });`,
    filterTest(context),
    sortTest(context),
    searchTest(context),
    `it('rejects a page size over the maximum with 400', async () => {
      const response = await ${list(`'${path}?limit=${listing.maxPageSize + 1}'`)};
      expect(response.status).toBe(400);
    });`,
    ...(listing.pagination === 'cursor' ? cursorTests(context) : [offsetTest(context)]),
  ];
  return tests.filter((test): test is string => test !== undefined);
}

/** Each filterable field a client sends, found by equality (and by range where it has one), with the other row left out. */
function filterTest({ model, names, fields, list, fieldLabel }: ListTestContext): string | undefined {
  // A foreign key's sample is a row seeded per test, not a fixed value: the nested routes' tests cover it.
  const filterable = listingOf(model).fields.filter(({ column, operators }) => operators.length > 0 && fields.includes(column) && !column.references);
  const queries = filterable.flatMap(({ column, operators }) => {
    const first = sampleValue(column, 1, fieldLabel(column));
    const second = sampleValue(column, 2, fieldLabel(column));
    if (first === second) return [];
    const field = column.field;
    return [
      `filter[${field}][eq]=${urlValue(first)}`,
      ...(operators.includes('lt') ? [`filter[${field}][lt]=${urlValue(second)}`] : []),
      ...(operators.includes('startsWith') ? [`filter[${field}][startsWith]=${urlValue(first)}`] : []),
    ];
  });
  const valid = `valid${names.type}`;
  const other = `other${names.type}`;
  return `it('filters by each filterable field', async () => {
    const created = await create${names.type}(${valid});
    const second = await create${names.type}(${other});
    const queries = [\`filter[id][in]=\${created.id}\`, ${queries.map(literal).join(', ')}];
    for (const query of queries) {
      expect((await listOf(await ${list(`\`${names.urlPath}?\${query}\``)})).map((row) => row.id), query).toEqual([created.id]);
    }
    const excluded = await listOf(await ${list(`\`${names.urlPath}?filter[id][ne]=\${created.id}\``)});
    expect(excluded.map((row) => row.id)).toEqual([second.id]);
  });`;
}

/** A sort on a field with two distinct values, both ways: one order is the other reversed. */
function sortTest({ model, names, fields, list, fieldLabel }: ListTestContext): string {
  const sortable = listingOf(model).fields.find(
    ({ column, sortable }) => sortable && fields.includes(column) && sampleValue(column, 1, fieldLabel(column)) !== sampleValue(column, 2, fieldLabel(column)),
  );
  const field = sortable?.column.field ?? 'id';
  return `it('sorts by ${field} both ways', async () => {
    await create${names.type}(valid${names.type});
    await create${names.type}(other${names.type});
    const ids = async (sort: string) => (await listOf(await ${list(`\`${names.urlPath}?sort=\${sort}\``)})).map((row) => row.id);
    const ascending = await ids('${field}');
    expect(ascending).toHaveLength(2);
    expect(await ids('-${field}')).toEqual([...ascending].reverse());
  });`;
}

function searchTest({ model, names, list, fieldLabel }: ListTestContext): string | undefined {
  const [column] = listingOf(model).search;
  if (!column) return undefined;
  const text = String(sampleValue(column, 1, fieldLabel(column))).toUpperCase();
  return `it('searches with q, case-insensitively, % and _ matching only themselves', async () => {
    const created = await create${names.type}(valid${names.type});
    await create${names.type}(other${names.type});
    expect((await listOf(await ${list(`'${names.urlPath}?q=${encodeURIComponent(text)}'`)})).map((row) => row.id)).toEqual([created.id]);
    expect(await listOf(await ${list(`'${names.urlPath}?q=%25'`)})).toEqual([]);
    expect(await listOf(await ${list(`'${names.urlPath}?q=_'`)})).toEqual([]);
  });`;
}

function offsetTest({ names, list }: ListTestContext): string {
  return `it('lists ${names.label.toLowerCase()} records with a total', async () => {
    await create${names.type}(valid${names.type});
    await create${names.type}(other${names.type});
    const response = await ${list(`'${names.urlPath}?limit=1'`)};
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: unknown[]; meta: { total: number; limit: number; offset: number } };
    expect(body.data).toHaveLength(1);
    expect(body.meta).toEqual({ total: 2, limit: 1, offset: 0 });
  });`;
}

function cursorTests(context: ListTestContext): string[] {
  const { names, list } = context;
  const path = names.urlPath;
  const page = `(await response.json()) as { data: ${names.type}[]; meta: { limit: number; nextCursor: string | null } }`;
  const tests = [
    `it('lists ${names.label.toLowerCase()} records a page at a time with a cursor', async () => {
      await create${names.type}(valid${names.type});
      await create${names.type}(other${names.type});
      let response = await ${list(`'${path}?limit=1'`)};
      const first = ${page};
      expect(first.data).toHaveLength(1);
      expect(first.meta.nextCursor).toEqual(expect.any(String));
      response = await ${list(`\`${path}?limit=1&after=\${first.meta.nextCursor}\``)};
      const second = ${page};
      expect(second.data.map((row) => row.id)).not.toContain(first.data[0]?.id);
      expect(second.meta).toEqual({ limit: 1, nextCursor: null });
    });`,
    `it('rejects a cursor that is not one, or was made for another sort, with 400', async () => {
      await create${names.type}(valid${names.type});
      await create${names.type}(other${names.type});
      const response = await ${list(`'${path}?limit=1'`)};
      const { meta } = ${page};
      for (const query of ['after=not-a-cursor', \`after=\${meta.nextCursor}&sort=-id\`]) {
        const rejected = await ${list(`\`${path}?\${query}\``)};
        expect(rejected.status, query).toBe(400);
        expect(((await rejected.json()) as ErrorResponse).error.details?.map((detail) => detail.field)).toEqual(['after']);
      }
    });`,
  ];
  const nth = nthRecord(context);
  if (nth === undefined) return tests;
  return [
    ...tests,
    `it.each(['id', '-id'])('returns every row exactly once, page by page, while rows are inserted (sort=%s)', async (sort) => {
      const nth${names.type} = ${nth};
      const existing: ${names.type}['id'][] = [];
      for (let i = 0; i < 5; i++) existing.push((await create${names.type}(nth${names.type}(i))).id);
      const seen: ${names.type}['id'][] = [];
      let after: string | null = null;
      let inserted = 5;
      do {
        const response = await ${list(`\`${path}?limit=2&sort=\${sort}\${after ? \`&after=\${after}\` : ''}\``)};
        expect(response.status).toBe(200);
        const { data, meta } = ${page};
        seen.push(...data.map((row) => row.id));
        after = meta.nextCursor;
        await create${names.type}(nth${names.type}(inserted++));
      } while (after !== null);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.filter((id) => existing.includes(id)).sort()).toEqual([...existing].sort());
    });`,
  ];
}

/** `(i) => ({ ...valid, … })`: the i-th of many valid records, distinct in every unique field; undefined when one cannot be. */
function nthRecord({ names, fields }: ListTestContext): string | undefined {
  const unique = fields.filter((column) => column.unique);
  const entries: string[] = [];
  for (const column of unique) {
    // A unique foreign key (a hasOne's) needs a row to point to per record: tests seed only two.
    if (column.references) return undefined;
    const value = `valid${names.type}.${column.field}`;
    if (column.type === 'string' || column.type === 'text') entries.push(`${column.field}: \`\${i}\${${value}}\`.slice(0, ${column.max ?? 255})`);
    else if (column.type === 'uuid') entries.push(`${column.field}: \`0190a6c4-5b8e-7000-8000-\${String(i).padStart(12, '0')}\``);
    else return undefined;
  }
  return `(i: number) => ({ ...valid${names.type}${entries.map((entry) => `, ${entry}`).join('')} })`;
}

/** A sample value as a URL query writes it. */
function urlValue(value: unknown): string {
  return encodeURIComponent(String(value));
}
