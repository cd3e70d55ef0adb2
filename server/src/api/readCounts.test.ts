/**
 * What a cascade and a search cost in store reads, over the real corpus and the real app with the response cache
 * off: the clause cards they read prime the clause, policy and region loaders, so showing each node's policy and
 * region reads nothing more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../import';
import type { CypherStore } from '../store/CypherStore';
import { createGrafeoStore } from '../store/grafeo/grafeoStore';
import { allStatements } from '../store/statement';
import { PolicyRepository } from '../repository';
import { createApp } from './createApp';
import { createLogger } from './logger';

let store: CypherStore;
/** The store, counting what each request runs. */
let counted: CypherStore;
let yoga: ReturnType<typeof createApp>;
/** The statements run by the request being read. */
let statementsRun: string[] = [];

beforeAll(async () => {
  store = await createGrafeoStore();
  await openLibrary(store);
  const names = new Map(allStatements().map((statement) => [statement.cypher, statement.name]));
  counted = {
    name: store.name,
    // The store's version, so the repository caches what it computes once per graph version, as on the server.
    get version() {
      return store.version;
    },
    run: (cypher, params) => {
      statementsRun.push(names.get(cypher) ?? cypher);
      return store.run(cypher, params);
    },
    transaction: (work) => store.transaction(work),
    close: async () => undefined,
  };
  yoga = createApp({ store: counted, cache: false, logger: createLogger({ level: 'silent' }) });
});
afterAll(() => store.close());

/** Runs one query through the app, recording the name of every statement its store runs. */
async function readsOf(query: string): Promise<{ data: unknown; statements: string[] }> {
  statementsRun = [];
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return { data: body.data, statements: statementsRun };
}

describe('store reads per request', () => {
  it('reads a cascade with its nodes, their policies and regions in four statements, then none', async () => {
    const query = `{ cascade(clauseId: "330411-2025/c1", direction: BOTH, depth: 2) {
      root { id text } nodes { distance clause { id title policy { id docNumber region { name level } } } }
      edges { id type score evidence } } }`;
    // The adjacency once per graph version; the peers, the cards' clauses and policies and the edges shown once, then
    // from the memo (cascadeMemo.ts). The policies are read once the clauses name them, while the edges are read.
    const first = await readsOf(query);
    expect(first.statements).toEqual([
      'repository.cascadeAdjacency',
      'repository.cascadePeers',
      'repository.cardClauses',
      'repository.cascadeKeptEdges',
      'repository.cardPolicies',
    ]);
    const { data, statements } = await readsOf(query);
    expect(statements).toEqual([]);
    expect(data).toEqual(first.data);
    const nodes = (data as { cascade: { nodes: { clause: { policy: { region: { name: string } } } }[] } }).cascade
      .nodes;
    expect(nodes.map((node) => node.clause.policy.region.name)).toContain('海宁市');
  });

  it('reads a search with its clauses in one statement, once the graph version has its search index', async () => {
    const query =
      '{ search(text: "科技企业孵化器", first: 20) { score clause { id title policy { id region { name } } } } }';
    expect((await readsOf(query)).statements).toEqual(['repository.searchTexts', 'repository.clauseCards']);
    expect((await readsOf(query)).statements).toEqual(['repository.clauseCards']);
  });

  it('still batches what the cards do not hold: the assignments and departments of every node', async () => {
    const { statements } = await readsOf(`{ cascade(clauseId: "330411-2025/c1", direction: BOTH, depth: 2) {
      nodes { clause { id departments { role department { id } } } } } }`);
    expect(statements).toEqual([
      'repository.departmentsOfClauses',
      'repository.departmentResponsibilities',
      'repository.departmentNodes',
    ]);
  });
});

describe('reads after warming', () => {
  it('a warmed graph version reads neither the search index, the adjacency nor the cards, edges and quantities at its first search and cascade', async () => {
    // A write without a note (as a start that realigns): nothing kept can be brought forward.
    await store.run("CREATE (:Region {id: 'warm-test', code: 'warm-test'})");
    await new PolicyRepository(counted).warm();
    const search = await readsOf('{ search(text: "科技企业孵化器", first: 5) { clause { id } } }');
    expect(search.statements).toEqual(['repository.clauseCards']);
    const cascade = await readsOf(`{ cascade(clauseId: "330482-2025/c2", direction: BOTH, depth: 1) {
      nodes { clause { id title policy { id region { name } } amounts { text } } } edges { id evidence } } }`);
    // What the cascade shows was read whole by the warm-up (cascadeWarm.ts), the peers as ids: only the root's peers
    // the cascade shows are read whole.
    expect(cascade.statements).toEqual(['repository.cascadeKeptEdges']);
  });
});

describe('clause heads', () => {
  it('a cascade showing no clause text reads the heads; one asking a text, through a fragment too, reads them whole', async () => {
    // A write without a note: the memo of what cascades showed starts empty.
    await store.run("CREATE (:Region {id: 'heads-test', code: 'heads-test'})");
    const nodes = (fields: string) => `{ cascade(clauseId: "330411-2025/c1", direction: BOTH, depth: 1) {
      root { id } nodes { clause { id title policy { id } ${fields} } } } }
      ${fields ? 'fragment Long on Clause { text }' : ''}`;
    const heads = await readsOf(nodes(''));
    expect(heads.statements).toContain('repository.cardHeads');
    expect(heads.statements).not.toContain('repository.cardClauses');
    const whole = await readsOf(nodes('...Long'));
    expect(whole.statements).toContain('repository.cardClauses');
    const texts = (whole.data as { cascade: { nodes: { clause: { text: string } }[] } }).cascade.nodes;
    expect(texts.every((node) => node.clause.text.length > 0)).toBe(true);
    // The whole clauses serve as heads: nothing read again.
    expect((await readsOf(nodes(''))).statements).toEqual([]);
    expect((await readsOf(nodes('...Long'))).statements).toEqual([]);
  });
});
