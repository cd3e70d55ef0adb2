/**
 * docs/research.md's ten worked queries are valid against the schema and their answers are what the API gives on
 * the corpus (refresh them with `npx tsx test/infra/updateResearchDoc.ts`).
 */
import { buildSchema, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '@policy-cascade/schema';
import type { ApiFixture } from '../api/apiFixture';
import { data, startApi } from '../api/apiFixture';
import { workedQueries } from './researchDoc';

let api: ApiFixture;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.store.close());

const queries = workedQueries();
const schema = buildSchema(typeDefs);

describe('docs/research.md', () => {
  it('has ten worked queries', () => {
    expect(queries).toHaveLength(10);
  });

  it.each(queries.map((q) => [q.title, q] as const))('%s: valid, and answered as shown', async (_, worked) => {
    expect(validate(schema, parse(worked.query)).map((e) => e.message)).toEqual([]);
    expect(await data(api.yoga, worked.query)).toEqual(JSON.parse(worked.answer));
  });
});
