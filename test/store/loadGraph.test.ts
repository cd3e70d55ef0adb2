import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countGraph, GraphLoadError, loadGraph, replacePolicies } from '../../server/src/load';
import type { CypherStore } from '../../server/src/store/CypherStore';
import { createGrafeoStore } from '../../server/src/store/grafeo/grafeoStore';
import { handGraph } from './fixtures/handGraph';

/** Every node with its properties and every edge with its properties, in a stable order. */
async function snapshot(store: CypherStore) {
  const nodes = await store.run('MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS p ORDER BY id');
  const edges = await store.run(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS p ORDER BY from, type, to',
  );
  return { nodes, edges };
}

/** The same store, except that statements matching `pattern` fail inside transactions (fault injection). */
function failOn(store: CypherStore, pattern: RegExp): CypherStore {
  return {
    name: store.name,
    run: (cypher, params) => store.run(cypher, params),
    close: () => store.close(),
    transaction: (work) =>
      store.transaction((tx) =>
        work({
          run: async (cypher, params) => {
            if (pattern.test(cypher)) throw new Error(`injected failure on ${cypher}`);
            return tx.run(cypher, params);
          },
        }),
      ),
  };
}

describe('loadGraph on grafeo', () => {
  let store: CypherStore;
  beforeEach(async () => {
    store = await createGrafeoStore();
  });
  afterEach(async () => {
    await store.close();
  });

  it('loads every node and edge, and loading twice changes nothing', async () => {
    const graph = handGraph();
    const summary = await loadGraph(store, graph);
    expect(summary).toMatchObject({ nodesWritten: graph.nodes.length, edgesWritten: graph.edges.length });
    const first = await snapshot(store);
    const counts = await countGraph(store);
    expect(counts).toMatchObject({ nodes: 13, edges: 15 });
    expect(counts.byLabel).toMatchObject({ Clause: 3, Policy: 2, Region: 3 });
    expect(counts.byType).toMatchObject({ HAS_CLAUSE: 3, IMPLEMENTS: 2, PART_OF: 2 });

    await loadGraph(store, handGraph());
    expect(await snapshot(store)).toEqual(first);
    expect(await countGraph(store)).toEqual(counts);
  });

  it('stores no null properties and keeps lists and numbers', async () => {
    await loadGraph(store, handGraph());
    const [policy] = await store.run("MATCH (p:Policy {id: '330411-2025'}) RETURN keys(p) AS keys");
    expect(policy?.keys).not.toContain('publishedOn');
    const [edge] = await store.run('MATCH (:Clause)-[r:IMPLEMENTS]->(:Clause) RETURN r {.score, .evidence} AS r');
    expect(edge?.r).toEqual({ score: 0.82, evidence: ['孵化器', '科技企业'] });
  });

  it('rolls back everything when an edge endpoint is missing mid-load', async () => {
    await loadGraph(store, handGraph());
    const before = await snapshot(store);
    const broken = handGraph();
    broken.nodes.push({ id: '330411-2025/c3', label: 'Clause', properties: { ordinal: 3, title: '新条款' } });
    broken.edges.push({ type: 'HAS_CLAUSE', from: '330411-2025/s1', to: '330411-2025/c3', properties: {} });
    broken.edges.push({ type: 'MENTIONS', from: '330411-2025/c3', to: 'no-such-program', properties: {} });
    await expect(loadGraph(store, broken)).rejects.toThrow(
      /MENTIONS:330411-2025\/c3->no-such-program.*no-such-program/,
    );
    expect(await snapshot(store)).toEqual(before);
  });

  it('rolls back nodes and edges already written when a statement fails late in the load', async () => {
    await loadGraph(store, handGraph());
    const before = await snapshot(store);
    const next = handGraph();
    next.nodes = next.nodes.filter((node) => node.id !== '330411-2025/c2');
    next.edges = next.edges.filter((edge) => edge.from !== '330411-2025/c2' && edge.to !== '330411-2025/c2');
    next.nodes.push({ id: '330411-2025/c9', label: 'Clause', properties: { ordinal: 9, title: '新增条款' } });
    // The real store, with the one statement that merges SETS edges failing: by then stale clauses are deleted
    // and every node is merged.
    const failing = failOn(store, /\[r:SETS\]/);
    await expect(loadGraph(failing, next)).rejects.toThrow(/injected failure/);
    expect(await snapshot(store)).toEqual(before);
  });

  it('rejects a property the stores cannot hold, naming the node and the property', async () => {
    const bad = handGraph();
    const clause = bad.nodes.find((node) => node.id === '330411-2025/c2');
    Object.assign(clause?.properties ?? {}, { amounts: [1, '2'] });
    await expect(loadGraph(store, bad)).rejects.toBeInstanceOf(GraphLoadError);
    await expect(loadGraph(store, bad)).rejects.toThrow(/330411-2025\/c2.*'amounts'/);
  });

  it('fills a stub policy in place when its text arrives, and a stub never overwrites it', async () => {
    await loadGraph(store, handGraph());
    const filled = handGraph();
    const province = filled.nodes.find((node) => node.id === '330000-2025');
    if (province)
      province.properties = { stub: false, title: '浙江省人民政府关于推动经济高质量发展的若干政策', year: 2025 };
    const clause = filled.nodes.find((node) => node.id === '330000-2025/c1');
    if (clause) clause.properties = { ordinal: 1, label: '(一)', title: '支持孵化器', text: '……' };
    await loadGraph(store, filled);
    const policy =
      "MATCH (p:Policy {id: '330000-2025'}) RETURN p.stub AS stub, p.docNumber AS docNumber, p.year AS year";
    expect(await store.run(policy)).toEqual([{ stub: false, docNumber: null, year: 2025 }]);
    const inferred = "MATCH (c:Clause {id: '330000-2025/c1'}) RETURN c.inferred AS inferred, c.label AS label";
    expect(await store.run(inferred)).toEqual([{ inferred: null, label: '(一)' }]);

    const summary = await loadGraph(store, handGraph());
    expect(summary.stubsKept).toEqual(['330000-2025']);
    expect(await store.run(policy)).toEqual([{ stub: false, docNumber: null, year: 2025 }]);
    expect(await store.run(inferred)).toEqual([{ inferred: null, label: '(一)' }]);
  });

  it('removes a clause that disappeared from a new version, with its edges and targets', async () => {
    await loadGraph(store, handGraph());
    const next = handGraph();
    next.nodes = next.nodes.filter((node) => !node.id.startsWith('330411-2025/c1'));
    next.edges = next.edges.filter((edge) => !edge.from.startsWith('330411-2025/c1') && edge.to !== '330411-2025/c1');
    const summary = await loadGraph(store, next);
    expect(summary.staleNodesRemoved).toBe(2);
    const clauses = await store.run("MATCH (c) WHERE c.id STARTS WITH '330411-2025/c' RETURN c.id AS id ORDER BY id");
    expect(clauses).toEqual([{ id: '330411-2025/c2' }]);
    expect(await store.run('MATCH (:Clause)-[r:IMPLEMENTS]->() RETURN count(r) AS n')).toEqual([{ n: 0 }]);
    const department = await store.run("MATCH (d:Department {id: '330411/科技局'})<-[r]-() RETURN count(r) AS n");
    expect(department).toEqual([{ n: 0 }]);
  });

  it('replaces an edge that changed between versions instead of keeping both', async () => {
    await loadGraph(store, handGraph());
    const next = handGraph();
    const assigned = next.edges.find((edge) => edge.type === 'ASSIGNED_TO');
    if (assigned) assigned.properties = { role: 'SUPPORT', rank: 2 };
    await loadGraph(store, next);
    const rows = await store.run(
      'MATCH (:Clause)-[r:ASSIGNED_TO]->(:Department) RETURN r.role AS role, r.rank AS rank',
    );
    expect(rows).toEqual([{ role: 'SUPPORT', rank: 2 }]);
  });

  it('replacePolicies swaps the alignment edges of the whole corpus together with the imported policy', async () => {
    await loadGraph(store, handGraph());
    const next = handGraph();
    next.nodes.push({ id: '330411-2025/c3', label: 'Clause', properties: { ordinal: 3, title: '孵化器' } });
    next.edges.push({ type: 'HAS_CLAUSE', from: '330411-2025/s1', to: '330411-2025/c3', properties: {} });
    next.edges = next.edges.map((edge) =>
      edge.type === 'IMPLEMENTS' && edge.from === '330411-2025/c1' ? { ...edge, from: '330411-2025/c3' } : edge,
    );
    await replacePolicies(store, next, ['330411-2025']);
    const rows = await store.run('MATCH (a:Clause)-[:IMPLEMENTS]->(b:Clause) RETURN a.id AS from, b.id AS to');
    expect(rows).toEqual([{ from: '330411-2025/c3', to: '330000-2025/c1' }]);
    await expect(replacePolicies(store, next, ['330482-2025'])).rejects.toThrow(/330482-2025 is not in the graph/);
  });
});

describe('loadGraph on a grafeo directory', () => {
  const root = mkdtempSync(join(tmpdir(), 'cascade-load-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('keeps the loaded graph across close and reopen', async () => {
    const first = await createGrafeoStore({ path: root });
    await loadGraph(first, handGraph());
    const counts = await countGraph(first);
    await first.close();
    const second = await createGrafeoStore({ path: root });
    expect(await countGraph(second)).toEqual(counts);
    await second.close();
  });
});
