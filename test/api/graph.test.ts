/**
 * The graph export, neighbourhood truncation and typed paths through the real yoga app over the real corpus
 * (issue 15 items 2 and 3).
 */
import { buildCorpusGraph, loadCorpus } from '@policy-cascade/graph-seed';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '@policy-cascade/schema';
import { MAX_NEIGHBORHOOD_EDGES, MAX_PATH_LENGTH, DEFAULT_PATH_LENGTH } from '../../server/src/repository';
import type { ApiFixture } from './apiFixture';
import { data, gql, startApi } from './apiFixture';

let api: ApiFixture;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.store.close());

interface GraphPage {
  totalNodes: number;
  totalEdges: number;
  nodes: { id: string; label: string; properties: Record<string, unknown> }[];
  edges: { id: string; type: string; from: string; to: string; properties: Record<string, unknown> }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

async function wholeGraph(args: Record<string, unknown>, first: number) {
  const query = `query($labels: [String!], $types: [EdgeType!], $first: Int, $after: String) {
    graph(labels: $labels, types: $types, first: $first, after: $after) { totalNodes totalEdges
      nodes { id label properties } edges { id type from to properties } pageInfo { endCursor hasNextPage } } }`;
  const nodes: GraphPage['nodes'] = [];
  const edges: GraphPage['edges'] = [];
  let after: string | null = null;
  for (;;) {
    const { graph }: { graph: GraphPage } = await data(api.yoga, query, { ...args, first, after });
    nodes.push(...graph.nodes);
    edges.push(...graph.edges);
    if (!graph.pageInfo.hasNextPage)
      return { nodes, edges, totalNodes: graph.totalNodes, totalEdges: graph.totalEdges };
    after = graph.pageInfo.endCursor;
  }
}

describe('graph export', () => {
  it('pages through the whole graph: every node and edge of `cascade build` exactly once, with all properties', async () => {
    const built = buildCorpusGraph(loadCorpus().documents);
    const all = await wholeGraph({}, 1000);
    expect(all.nodes).toHaveLength(all.totalNodes);
    expect(all.edges).toHaveLength(all.totalEdges);
    expect(all.nodes.map((node) => node.id).sort()).toEqual([...new Set(built.nodes.map((node) => node.id))].sort());
    const edgeIds = all.edges.map((edge) => edge.id);
    expect(new Set(edgeIds).size).toBe(edgeIds.length);
    expect(edgeIds.sort()).toEqual([...new Set(built.edges.map((e) => `${e.type}:${e.from}->${e.to}`))].sort());
    const clause = all.nodes.find((node) => node.id === '330411-2025/c1');
    expect(String(clause?.properties.text)).toMatch(/^推動高能級科創平臺提質增效/);
    expect(clause?.properties.textSimplified).toBeTruthy();
    const pages = await wholeGraph({}, 777);
    expect(pages.nodes.map((node) => node.id)).toEqual(all.nodes.map((node) => node.id));
    expect(pages.edges.map((edge) => edge.id)).toEqual(all.edges.map((edge) => edge.id));
  });

  it('gives a subgraph of some labels and types', async () => {
    const sub = await wholeGraph({ labels: ['Clause'], types: ['IMPLEMENTS', 'CORRESPONDS_TO'] }, 500);
    expect(sub.nodes.every((node) => node.label === 'Clause')).toBe(true);
    expect(new Set(sub.edges.map((edge) => edge.type))).toEqual(new Set(['IMPLEMENTS', 'CORRESPONDS_TO']));
    const ids = new Set(sub.nodes.map((node) => node.id));
    expect(sub.edges.every((edge) => ids.has(edge.from) && ids.has(edge.to))).toBe(true);
    const departments = await wholeGraph({ labels: ['Department', 'Region'] }, 500);
    expect(new Set(departments.edges.map((edge) => edge.type))).toEqual(new Set(['OF', 'PART_OF']));
  });

  it('refuses an unknown label and a foreign cursor', async () => {
    for (const args of ['labels: ["Nonsense"]', 'after: "bm9uc2Vuc2U="', 'first: 1001']) {
      const result = await gql(api.yoga, `{ graph(${args}) { totalNodes } }`);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('neighborhood and path', () => {
  it('says when a neighbourhood was cut, and at which limit', async () => {
    const { wide, narrow } = await data(
      api.yoga,
      `{ wide: neighborhood(id: "330000-2025", depth: 3) { truncated limit edges { id } }
         narrow: neighborhood(id: "330411-2025/c1", depth: 1) { truncated limit edges { id } } }`,
    );
    expect(wide).toMatchObject({ truncated: true, limit: MAX_NEIGHBORHOOD_EDGES });
    expect(wide.edges).toHaveLength(MAX_NEIGHBORHOOD_EDGES);
    expect(narrow.truncated).toBe(false);
    expect(narrow.edges.length).toBeLessThan(MAX_NEIGHBORHOOD_EDGES);
  });

  it('follows only the edge types asked, in path order, each step with its edge', async () => {
    const query = `query($types: [EdgeType!]) { path(from: "330411-2024-draft/c24", to: "330411-2025/c12", types: $types) {
      found length truncated limit steps { from { id } edge { type from to } to { id } forward } nodes { id } } }`;
    const any = (await data(api.yoga, query, { types: null })).path;
    const aligned = (await data(api.yoga, query, { types: ['IMPLEMENTS', 'CORRESPONDS_TO', 'SUCCEEDS'] })).path;
    expect(aligned.found).toBe(true);
    const types = new Set<string>(aligned.steps.map((step: { edge: { type: string } }) => step.edge.type));
    expect([...types].every((type) => ['IMPLEMENTS', 'CORRESPONDS_TO', 'SUCCEEDS'].includes(type))).toBe(true);
    expect(any.length).toBeLessThanOrEqual(aligned.length);
    // Steps chain: each leaves where the last arrived, and follows its edge forwards or backwards.
    let at = '330411-2024-draft/c24';
    for (const step of aligned.steps) {
      expect(step.from.id).toBe(at);
      expect(step.forward ? [step.edge.from, step.edge.to] : [step.edge.to, step.edge.from]).toEqual([at, step.to.id]);
      at = step.to.id;
    }
    expect(at).toBe('330411-2025/c12');
    expect(aligned.nodes.map((node: { id: string }) => node.id)).toEqual([
      '330411-2024-draft/c24',
      ...aligned.steps.map((step: { to: { id: string } }) => step.to.id),
    ]);
  });

  it('enforces the limit the schema documents', async () => {
    const pathField = buildSchema(typeDefs).getQueryType()?.getFields().path;
    expect(pathField?.description).toContain(`(1–${MAX_PATH_LENGTH}, default ${DEFAULT_PATH_LENGTH})`);
    expect(pathField?.args.find((arg) => arg.name === 'maxLength')?.defaultValue).toBe(DEFAULT_PATH_LENGTH);
    const over = await gql(
      api.yoga,
      `{ path(from: "330411-2025/c1", to: "330500-2025/c2", maxLength: ${MAX_PATH_LENGTH + 1}) { found } }`,
    );
    expect(over.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { path } = await data(
      api.yoga,
      '{ path(from: "330411-2025/c1", to: "330500-2025/c2", maxLength: 1) { found truncated limit } }',
    );
    expect(path).toEqual({ found: false, truncated: true, limit: 1 });
  });
});
