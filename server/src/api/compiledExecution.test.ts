/**
 * Compiled execution (compiledExecution.ts): which queries graphql-jit compiles, how many it keeps, and that their
 * answers — errors included — are graphql-js's. The same over the real app and corpus: test/api/compiledExecution.test.ts.
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import { getIntrospectionQuery } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import type { ClauseHead } from '../repository';
import { compiledExecution } from './compiledExecution';
import type { CompileLimits } from './compiledExecution';
import { MASKED_MESSAGE, maskError } from './errors';
import { headOnlyClause } from './resolvers/headOnlyClause';
import { createSchema } from './schema';

const fail = (): never => {
  throw new Error('resolver failed');
};
// A store that cannot be reached, as the store port says it (errors.ts knows it by shape).
const unreachable = (): never => {
  throw Object.assign(new Error('[store] cannot reach db:7687'), { name: 'StoreError', code: 'UNAVAILABLE' });
};

const schema = makeExecutableSchema({
  typeDefs: `
    type Query { item(n: Int!): Item, items: [Item!], later: [Item!]! }
    type Item { name: String!, count: Int, failing: String, stored: String }
    type Mutation { touch: Int }`,
  resolvers: {
    Query: {
      item: (_: unknown, { n }: { n: number }) => ({ name: `item ${n}`, count: n }),
      // The second item has no name (non-null) and a count that is no Int.
      items: () => [
        { name: 'a', count: 1 },
        { name: null, count: 'many' },
      ],
      later: async () => [{ name: 'a' }, { name: 'b' }],
    },
    Item: { failing: fail, stored: unreachable },
    Mutation: { touch: () => 1 },
  },
});

function app(limits: Partial<CompileLimits>, graphqlSchema = schema, context = {}) {
  const compiled = compiledExecution(limits);
  const yoga = createYoga({
    schema: graphqlSchema,
    plugins: [compiled.plugin],
    context,
    maskedErrors: { maskError, errorMessage: MASKED_MESSAGE, isDev: false },
    logging: false,
  });
  const ask = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    return `${response.status} ${await response.text()}`;
  };
  return { compiled, ask };
}

describe('compiled execution', () => {
  it('compiles a query at its second run, never introspection or a mutation', async () => {
    const { compiled, ask } = app({});
    await ask('{ item(n: 1) { name } }');
    expect(compiled.size).toBe(0);
    await ask('{ item(n: 1) { name } }');
    expect(compiled.size).toBe(1);
    for (let run = 0; run < 3; run++) {
      expect(await ask(getIntrospectionQuery())).toContain('"__schema"');
      expect(await ask('mutation { touch }')).toBe('200 {"data":{"touch":1}}');
    }
    expect(compiled.size).toBe(1);
  });

  it('keeps at most maxEntries compiled queries, and never one too large to keep', async () => {
    const { compiled, ask } = app({ compileAtRun: 1, maxEntries: 2 });
    for (let n = 0; n < 5; n++) await ask(`{ item(n: ${n}) { name } }`);
    expect(compiled.size).toBe(2);
    // An entry may weigh 1/16 of maxBytes, at 160 bytes a character: here 100 characters.
    const small = app({ compileAtRun: 1, maxBytes: 160 * 16 * 100 });
    await small.ask(`{ item(n: 1) { name } }`);
    expect(small.compiled.size).toBe(1);
    const long = `{ item(n: 2) { name ${'count '.repeat(20)}} }`;
    expect(await small.ask(long)).toContain('"item 2"');
    expect(small.compiled.size).toBe(1);
  });

  it('answers as graphql-js does: errors located and masked, null propagation, refused variables', async () => {
    const jit = app({ compileAtRun: 1 });
    const js = app({ compileAtRun: Infinity });
    const cases: [string, Record<string, unknown>][] = [
      ['{ items { name } }', {}],
      ['{ items { count } }', {}],
      ['{\n  later {\r\n    name\n    failing\n  }\n}', {}],
      ['query($n: Int!) { item(n: $n) { name failing } }', { n: 3 }],
      ['{ later { name stored } }', {}],
      ['query($n: Int!) { item(n: $n) { name } }', {}],
      ['query($n: Int!) { item(n: $n) { name } }', { n: 'three' }],
      ['query($n: Int!) { item(n: $n) { __typename name } }', { n: 2 ** 40 }],
    ];
    for (const [query, variables] of cases) {
      const answer = await js.ask(query, variables);
      expect(await jit.ask(query, variables), query).toBe(answer);
    }
    expect(jit.compiled.size).toBe(new Set(cases.map(([query]) => query)).size);
  });

  it("reports a long field read from a clause's head as a field error, and the process goes on", async () => {
    const head: ClauseHead = {
      id: 'p/c1',
      policyId: 'p',
      sectionId: null,
      ordinal: 1,
      label: '1',
      title: 'a head',
      sourceLine: null,
      sectionOrdinal: null,
      inferred: false,
      localAddition: false,
      support: null,
    };
    const context = { loaders: { clause: { get: async () => headOnlyClause(head) } } };
    const { compiled, ask } = app({ compileAtRun: 1 }, createSchema(), context);
    for (const field of ['text', 'textSimplified']) {
      const answer = JSON.parse((await ask(`{ clause(id: "p/c1") { title ${field} } }`)).slice(4));
      expect(answer.data).toEqual({ clause: null });
      expect(answer.errors).toMatchObject([{ path: ['clause', field] }]);
    }
    expect(compiled.size).toBe(2);
  });
});
