/**
 * Compiled execution over the real app and corpus (server/src/api/compiledExecution.ts): the explorer's views and
 * queries that fail in every way a client can make them fail answer the same, byte for byte and with the same
 * status, whether graphql-jit compiled them (at their first run here) or graphql-js ran them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/testStore';
import type { App } from '../../server/src/api/createApp';
import type { CypherStore } from '../../server/src/store/CypherStore';
import { data, startApi } from './apiFixture';

// The explorer's cascade view (client/src/views/cascade/cascadeQuery.ts, fragments written out), and a fragment.
const CASCADE_VIEW = `query($id: ID!) { cascade(clauseId: $id, direction: BOTH, depth: 2) {
  root { id } direction depth nodesTotal edgesTotal levels { distance total shown }
  nodes { distance clause { ...Card } }
  edges { id type from to score method evidence merged candidate inheritedFrom origin review { decision note at } } } }
fragment Card on Clause { id label title inferred localAddition
  policy { id title docNumber year status stub region { code name level parent { code } } } }`;
const CASCADE_AMOUNTS = `query($id: ID!) { cascade(clauseId: $id) { __typename
  nodes { __typename distance clause { id amounts { text normalizedValue } targets { text } } } } }`;
const CLAUSE = `query($id: ID!) { a: clause(id: $id) { ...F } b: clause(id: "x/c1") { ...F } }
fragment F on Clause { id title text textSimplified policy { id } ... on Clause { implements { type score clause { id } } } }`;
const COVERAGE = `query($policyId: ID!) { coverage(policyId: $policyId) {
  measures { id label title ordinal inferred section { id label title } }
  localities { policy { id title year } region { code name } carried total share } } }`;
const SEARCH = `query($t: String!, $n: Int) { searchResults(text: $t, first: $n) { totalCount
  edges { cursor node { kind rank snippet clause { id } } } facets { years { value count } } } }`;
const DEPTH = 'query($id: ID!, $d: Int) { cascade(clauseId: $id, depth: $d) { nodesTotal } }';
const SKIP = `query($id: ID!, $s: Boolean!) { cascade(clauseId: $id) { nodesTotal nodes @skip(if: $s) { distance }
  edges @include(if: $s) { id } } }`;

describe('compiled execution over the app', () => {
  let store: CypherStore;
  let compiled: App;
  let interpreted: App;
  let clauseId: string;
  beforeAll(async () => {
    store = await openTestStore();
    compiled = (await startApi({ store, cache: false, compileLimits: { compileAtRun: 1 } })).yoga;
    interpreted = (await startApi({ store, cache: false, compileLimits: { compileAtRun: Infinity } })).yoga;
    const { clauses } = await data(
      interpreted,
      '{ clauses(filter: { level: CITY }, first: 1) { edges { node { id } } } }',
    );
    clauseId = clauses.edges[0].node.id;
  });
  afterAll(() => store.close());

  const send = async (yoga: App, query: string, variables: Record<string, unknown>) => {
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    return `${response.status} ${await response.text()}`;
  };
  const cases = (): [string, Record<string, unknown>][] => [
    [CASCADE_VIEW, { id: clauseId }],
    [CASCADE_AMOUNTS, { id: clauseId }],
    [CLAUSE, { id: clauseId }],
    [COVERAGE, { policyId: clauseId.split('/')[0] }],
    [SEARCH, { t: '补贴', n: 3 }],
    [SKIP, { id: clauseId, s: true }],
    [SKIP, { id: clauseId, s: false }],
    // A resolver's user errors (NOT_FOUND, BAD_USER_INPUT) at their field.
    ['{ cascade(clauseId: "nope") { nodesTotal } }', {}],
    [SEARCH, { t: '补贴', n: -1 }],
    ['{ clauses(first: 2, after: "garbage") { totalCount } }', {}],
    // Variables refused: missing, null, of the wrong type, out of range, not in an enum, not in an input type.
    [DEPTH, {}],
    [DEPTH, { id: null }],
    [DEPTH, { id: clauseId, d: 'x' }],
    [DEPTH, { id: clauseId, d: 2 ** 40 }],
    ['query($x: [EdgeType!]) { graph(types: $x, first: 3) { totalNodes } }', { x: ['NOPE'] }],
    ['query($f: ClauseFilter) { clauses(filter: $f, first: 2) { totalCount } }', { f: { bogus: 1 } }],
  ];

  it('answers as graphql-js does, errors and statuses included', async () => {
    expect(await send(compiled, CASCADE_VIEW, { id: clauseId })).toMatch(/^200 \{"data":\{"cascade":\{"root":/);
    for (const [query, variables] of cases()) {
      const answer = await send(interpreted, query, variables);
      expect(await send(compiled, query, variables), `${query} ${JSON.stringify(variables)}`).toBe(answer);
    }
  });
});
