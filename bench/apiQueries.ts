/**
 * Query latency through the API at province scale (issue 11's query goals, issue 15's research reads): the real yoga
 * app (`yoga.fetch`, response cache off so that every request reaches the store) over an in-memory grafeo store
 * loaded with the synthetic corpus of 100 and of 1,000 documents. One request at a time; per query the median and
 * p95, and the ratio of the p95 at 1,000 documents to the p95 at 100. The reads a server warms once it has loaded a
 * graph (PolicyRepository.warm) are warmed first, and timed (`warmReads`). Cascade, coverage and search are also timed
 * cold (`.cold`: each request the first after a write that left no note, when the per-version cache is computed
 * anew) and after an import (`.afterImport`: each request the first after one locality's document is written again
 * as an import writes its delta, which brings the cache forward: _apiWrites.ts). Targets at 1,000
 * documents: cascade and search p95 under 20 ms, coverage under 100 ms. Set BENCH_SIZES (e.g. `100`) to run fewer
 * sizes, BENCH_ROUNDS (default 60) and BENCH_COLD_ROUNDS (default 20) for fewer requests per query, BENCH_QUERIES
 * (e.g. `coverage,search`) for some queries only. Prints
 * `name: value unit` lines; asserts nothing.
 */
import type { PolicyGraph } from '@policy-cascade/graph-seed';
import { createApp } from '../server/src/api/createApp';
import { createLogger } from '../server/src/api/logger';
import { commitGraphDelta, loadGraph } from '../server/src/load';
import { PolicyRepository } from '../server/src/repository';
import { createGrafeoStore } from '../server/src/store/grafeo/grafeoStore';
import { print } from './_apiServer';
import { EMPTY_DELTA, localityDeltas } from './_apiWrites';
import { printTiming, timeQuery } from './_apiTiming';
import type { TimedQuery } from './_apiTiming';
import { syntheticGraph } from './_syntheticGraph';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);
const SUPERIOR = '330000-2025';
const SEARCHES = ['发改局', '發改局 科技局', '科技企业孵化器 万元', '高新技术企业'];

type Query = TimedQuery;

/** The queries of issue 11's goals, also timed cold: each request the first after a write (_apiTiming.ts). */
const COLD = ['cascade', 'cascadeView', 'coverage', 'search'];
const COLD_ROUNDS = Number(process.env.BENCH_COLD_ROUNDS ?? 20);
/** BENCH_QUERIES (e.g. `coverage,search`) times those queries only. */
const ONLY = process.env.BENCH_QUERIES?.split(',');

const CASCADE = `query($id: ID!) { cascade(clauseId: $id, direction: BOTH, depth: 2) {
  nodes { distance clause { id title inferred policy { id region { name } } amounts { text normalizedValue } } }
  edges { id type from to score evidence } } }`;

// The explorer's cascade view (client/src/views/cascade/cascadeQuery.ts, fragments inlined): cards and edges, no
// amounts. The query above also asks each node's amounts: past the cost limit for a whole measure at 1,000 documents.
const CASCADE_VIEW = `query($id: ID!) { cascade(clauseId: $id, direction: BOTH, depth: 2) {
  root { id } direction depth
  nodes { distance clause { id label title inferred
    policy { id title docNumber year status stub region { code name level parent { code } } } } }
  edges { id type from to score method evidence merged candidate origin review { decision note at } } } }`;

// The coverage view's numbers without the cells (measures × localities: 54,000 at 1,000 documents, past the cost
// limit), then gaps of one locality, which reads the whole matrix on the server.
const COVERAGE = `query($policyId: ID!) { coverage(policyId: $policyId) {
  measures { id label title ordinal inferred section { id label title } }
  localities { policy { id title year } region { code name } carried total share } } }`;
const GAPS = `query($policyId: ID!, $regionCode: ID!) { gaps(policyId: $policyId, regionCode: $regionCode) {
  share gaps { id label title ordinal section { label title } } } }`;

const SEARCH = `query($text: String!) { search(text: $text, first: 20) {
  score snippet highlights { start length } clause { id title policy { id title } } } }`;
const SEARCH_RESULTS = `query($text: String!) { searchResults(text: $text, first: 20) {
  totalCount edges { node { kind rank snippet clause { id title } policy { id } } }
  facets { localities { value count } years { value count } departments { value count } } } }`;

const CLAUSES = `{ clauses(filter: { departmentFunction: "science" }, first: 100) {
  totalCount edges { cursor node { id title policy { id } } } pageInfo { endCursor hasNextPage } } }`;
const GRAPH = `{ graph(first: 1000) { totalNodes totalEdges nodes { id label } edges { type from to }
  pageInfo { endCursor hasNextPage } } }`;
const LOCALITY_STATS = `query($policyId: ID!) { localityStats(policyId: $policyId) {
  policy { id } carried merged gaps localAdditions medianReproduction moneyByFunction { key amount } } }`;
const MEASURE_STATS = `query($policyId: ID!) { measureStats(policyId: $policyId) {
  measure { id } localityCount amounts { comparableKey median } leadFunctions { key localityCount } } }`;

function queries(graph: PolicyGraph): Record<string, Query> {
  const roots = cascadeRoots(graph);
  const regions = graph.nodes.filter((n) => n.label === 'Region' && n.properties.level === 'COUNTY').map((n) => n.id);
  const superior = { policyId: SUPERIOR };
  return {
    cascade: { query: CASCADE, variables: (round) => ({ id: roots[round % roots.length] }) },
    cascadeView: { query: CASCADE_VIEW, variables: (round) => ({ id: roots[round % roots.length] }) },
    coverage: { query: COVERAGE, variables: () => superior },
    gaps: { query: GAPS, variables: (round) => ({ ...superior, regionCode: regions[round % regions.length] }) },
    search: { query: SEARCH, variables: (round) => ({ text: SEARCHES[round % SEARCHES.length] }) },
    searchResults: { query: SEARCH_RESULTS, variables: (round) => ({ text: SEARCHES[round % SEARCHES.length] }) },
    clausesPage: { query: CLAUSES, variables: () => ({}) },
    graphPage: { query: GRAPH, variables: () => ({}) },
    localityStats: { query: LOCALITY_STATS, variables: () => superior },
    measureStats: { query: MEASURE_STATS, variables: () => superior },
  };
}

/** Up to 20 local clauses that implement something, spread over the graph, so each round asks a different one. */
function cascadeRoots(graph: PolicyGraph): string[] {
  const implementing = [...new Set(graph.edges.filter((e) => e.type === 'IMPLEMENTS').map((e) => e.from))].filter(
    (id) => id.includes('/c'),
  );
  const step = Math.max(1, Math.floor(implementing.length / 20));
  return implementing.filter((_, index) => index % step === 0).slice(0, 20);
}

async function benchSize(n: number): Promise<Map<string, number>> {
  const started = performance.now();
  const { graph, cached } = syntheticGraph(n);
  print(`apiQuery.synthetic${n}.graph`, Math.round(performance.now() - started), cached ? 'ms (cached)' : 'ms');
  const store = await createGrafeoStore();
  const p95s = new Map<string, number>();
  try {
    await loadGraph(store, graph);
    // As the server does once it has loaded a graph (main.ts warmReads), so that the warm figures are a running
    // server's: the search index, the cascade's adjacency and what cascades show, read before the first request.
    const warming = performance.now();
    await new PolicyRepository(store).warm();
    print(`apiQuery.synthetic${n}.warmReads`, Math.round(performance.now() - warming), 'ms');
    const yoga = createApp({ store, cache: false, logger: createLogger({ level: 'error', write: () => {} }) });
    const deltas = localityDeltas(graph);
    const rewrite = (round: number) => commitGraphDelta(store, deltas[round % deltas.length] ?? EMPTY_DELTA);
    for (const [name, query] of Object.entries(queries(graph)).filter(([name]) => ONLY?.includes(name) ?? true)) {
      try {
        const warm = await timeQuery(yoga, query, ROUNDS);
        printTiming(`apiQuery.synthetic${n}.${name}`, warm);
        p95s.set(name, warm.p95);
        if (!COLD.includes(name)) continue;
        const cold = await timeQuery(yoga, query, COLD_ROUNDS, store);
        printTiming(`apiQuery.synthetic${n}.${name}.cold`, cold);
        p95s.set(`${name}.cold`, cold.p95);
        const afterImport = await timeQuery(yoga, query, COLD_ROUNDS, (round) => rewrite(round));
        printTiming(`apiQuery.synthetic${n}.${name}.afterImport`, afterImport);
        p95s.set(`${name}.afterImport`, afterImport.p95);
      } catch (error) {
        process.stdout.write(`# apiQuery.synthetic${n}.${name} failed: ${(error as Error).message}\n`);
      }
    }
  } finally {
    await store.close();
  }
  return p95s;
}

export async function run(): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? '100,1000').split(',').map(Number);
  const results = new Map<number, Map<string, number>>();
  for (const n of sizes) results.set(n, await benchSize(n));
  const [small, large] = [results.get(100), results.get(1000)];
  if (!small || !large) return;
  for (const [name, p95] of large) {
    const base = small.get(name);
    if (base) print(`apiQuery.${name}.p95.ratio1000to100`, p95 / base, '×');
  }
}
