import { beforeAll, describe, expect, it } from 'vitest';
import { CORE_DOCUMENTS, referenceKey, referenceOrder } from '../align/reference';
import { join } from 'node:path';
import { defaultCorpusDir, loadCorpus, readPolicyFile } from '../io/readPolicy';
import { syntheticDocuments } from '../io/syntheticCorpus';
import type { PolicyDocument } from '../model/document';
import type { GraphEdge, GraphNode, PolicyGraph } from '../model/graph';
import { addDocument, type GraphDelta } from './corpusDelta';
import { buildCorpus, corpusGraphOf, type CorpusBuild } from './corpusGraph';

const key = (e: { type: string; from: string; to: string }) => `${e.type}:${e.from}->${e.to}`;

/** Inferred ids renamed by their place in the skeleton: what two import orders must agree on. */
function canonical(graph: PolicyGraph): string {
  const rename = new Map<string, string>();
  for (const n of graph.nodes)
    if (n.properties.inferred === true)
      rename.set(n.id, `${String(n.properties.policyId)}/${n.label === 'Clause' ? 'c' : 's'}@${n.properties.ordinal}`);
  const id = (value: string) => rename.get(value) ?? value;
  const nodes = graph.nodes.map((n) => ({ ...n, id: id(n.id) })).sort((a, b) => (a.id < b.id ? -1 : 1));
  const edges = graph.edges
    .map((e) => ({ ...e, from: id(e.from), to: id(e.to) }))
    .sort((a, b) => (key(a) < key(b) ? -1 : 1));
  return JSON.stringify({ nodes, edges });
}

/** The graph a store holds after a delta is written (removals, then merges of whole nodes and edges). */
function applyDelta(graph: PolicyGraph, delta: GraphDelta): PolicyGraph {
  const nodes = new Map<string, GraphNode>(graph.nodes.map((n) => [n.id, n]));
  const edges = new Map<string, GraphEdge>(graph.edges.map((e) => [key(e), e]));
  const gone = new Set(delta.removedNodes);
  for (const id of gone) nodes.delete(id);
  for (const [k, e] of edges) if (gone.has(e.from) || gone.has(e.to)) edges.delete(k);
  for (const e of delta.removedEdges) edges.delete(key(e));
  for (const n of delta.nodes) nodes.set(n.id, n);
  for (const e of delta.edges) edges.set(key(e), e);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

let documents: PolicyDocument[];
let synthetic: PolicyDocument[];
let full: CorpusBuild;

beforeAll(() => {
  // The corpus and enough synthetic localities that the family has documents beyond its core.
  synthetic = syntheticDocuments(CORE_DOCUMENTS + 6, 5);
  documents = [...loadCorpus().documents, ...synthetic];
  full = buildCorpus(documents);
}, 240_000);

describe('importing documents one by one', { timeout: 240_000 }, () => {
  it.each([1, 2])('gives the graph a full rebuild gives, whatever the order (shuffle %i)', (seed) => {
    const order = shuffled(documents, seed);
    // Past the reference documents and the family's core, most imports align only their document.
    const start = order.slice(0, order.length - 5);
    let build = buildCorpus(start);
    let graph = corpusGraphOf(build);
    const scopes = new Set<string>();
    for (const doc of order.slice(start.length)) {
      const change = addDocument(build, doc);
      scopes.add(change.scope);
      graph = applyDelta(graph, change.delta);
      build = change.build;
    }
    expect(canonical(graph)).toBe(canonical(corpusGraphOf(build)));
    // A rebuild is given what the imports kept (the ids, the reference documents and the cores), as the server's
    // data directory gives it.
    const rebuilt = buildCorpus(documents, { inferredIds: build.alignment.inferredIds });
    expect(canonical(corpusGraphOf(build))).toBe(canonical(corpusGraphOf(rebuilt)));
    expect(scopes.has('document')).toBe(true);
    // The start holds more documents than the reference: no import changes it.
    expect(scopes.has('corpus')).toBe(false);
  });

  it('keeps the reference documents and the cores, so a document that comes first in reference order realigns only itself', () => {
    const first = referenceOrder(documents).find((d) => synthetic.includes(d))!;
    // Chosen afresh, it is a reference document and in its family's core.
    expect(full.alignment.inferredIds.reference).toContain(first.policy.id);
    expect([...(full.alignment.inferredIds.cores?.values() ?? [])].flat()).toContain(first.policy.id);
    const before = buildCorpus(documents.filter((d) => d !== first));
    const change = addDocument(before, first);
    expect(change.scope).toBe('document');
    const kept = change.build.alignment.inferredIds;
    expect(kept.reference).toEqual(before.alignment.inferredIds.reference);
    expect(kept.cores).toEqual(before.alignment.inferredIds.cores);
    const rebuilt = buildCorpus(documents, { inferredIds: kept });
    expect(canonical(applyDelta(corpusGraphOf(before), change.delta))).toBe(canonical(corpusGraphOf(rebuilt)));
  });

  it('changes nothing when a document is imported again with the same text', () => {
    const reparsed = readPolicyFile(join(defaultCorpusDir, '330481-haining-2025.txt')).document!;
    expect(documents.find((d) => d.policy.id === reparsed.policy.id)).not.toBe(reparsed);
    const change = addDocument(full, reparsed);
    expect(change.replaced).toBe(true);
    expect(change.delta).toEqual({ nodes: [], removedNodes: [], edges: [], removedEdges: [] });
  });
});

/**
 * The document with two clauses' bodies exchanged (their headings kept): new sentences, pools and figures. Every
 * object new, as a parse of the edited text makes them (peer edges are kept by their clauses' objects: edgeMemo.ts).
 */
function edited(doc: PolicyDocument): PolicyDocument {
  const copy = structuredClone(doc);
  const [x, y] = [copy.clauses[1]!, copy.clauses[copy.clauses.length - 2]!];
  const cut = (text: string) => text.indexOf('。') + 1;
  const swap = (c: typeof x, o: typeof x) => ({
    ...c,
    text: c.text.slice(0, cut(c.text)) + o.text.slice(cut(o.text)),
    textSimplified: c.textSimplified.slice(0, cut(c.textSimplified)) + o.textSimplified.slice(cut(o.textSimplified)),
  });
  return { ...copy, clauses: copy.clauses.map((c) => (c === x ? swap(x, y) : c === y ? swap(y, x) : c)) };
}

describe('results kept across imports (align/keptResults.ts)', { timeout: 240_000 }, () => {
  // Sentence matching, pools, consensus, offers and the partial rule are kept by the identity of what they read: a
  // member of the core and one beyond it (the first, an exemplar of the measures the core carries little of) are
  // edited and restored, the vocabulary unchanged (neither is a reference document), and each step is checked
  // against a rebuild of freshly copied texts (whose objects no kept result knows).
  it.each(['core', 'periphery'] as const)('follow an edited member of the %s and its restoration', (where) => {
    const memo = full.alignment.memo;
    const core = new Set([...memo.families.values()].flatMap((f) => f.aligned.parts.core.docs));
    const candidates = synthetic
      .filter((d) => !memo.reference.includes(d) && core.has(d) === (where === 'core'))
      .sort((a, b) => (referenceKey(a) < referenceKey(b) ? -1 : 1));
    const original = candidates[0]!;
    let build = full;
    let graph = corpusGraphOf(full);
    for (const doc of [edited(original), original]) {
      const change = addDocument(build, doc);
      expect(change.replaced).toBe(true);
      expect(change.scope).not.toBe('corpus');
      expect(change.delta.edges.length).toBeGreaterThan(0);
      graph = applyDelta(graph, change.delta);
      build = change.build;
      const fresh = build.documents.map((d) => (d === doc ? structuredClone(doc) : structuredClone(d)));
      expect(canonical(graph)).toBe(canonical(corpusGraphOf(buildCorpus(fresh))));
    }
    expect(canonical(graph)).toBe(canonical(corpusGraphOf(full)));
  });
});

describe('measures inherited through a succession (coverageSuccession.ts)', { timeout: 240_000 }, () => {
  it('come and go with an import as with a rebuild', () => {
    const corpus = loadCorpus().documents;
    const xiuzhou = corpus.find((d) => d.policy.id === '330411-2025')!;
    const without = buildCorpus(corpus.filter((d) => d !== xiuzhou));
    const inherited = (edges: GraphEdge[]) => edges.filter((e) => e.properties.method === 'succession').map(key);
    const added = addDocument(without, xiuzhou);
    // 秀洲 2025 (三十三) carries its draft's 高等教育 clause on: the delta brings the edge.
    expect(inherited(added.delta.edges)).toEqual([expect.stringMatching(/^IMPLEMENTS:330411-2025\/c33->/)]);
    let graph = applyDelta(corpusGraphOf(without), added.delta);
    expect(canonical(graph)).toBe(canonical(corpusGraphOf(buildCorpus(corpus))));
    // The draft again without that clause: the edge goes.
    const draft = corpus.find((d) => d.policy.id === '330411-2024-draft')!;
    const cut = { ...draft, clauses: draft.clauses.filter((c) => c.id !== '330411-2024-draft/c9') };
    const changed = addDocument(added.build, cut);
    graph = applyDelta(graph, changed.delta);
    expect(inherited(graph.edges)).toEqual([]);
    expect(canonical(graph)).toBe(canonical(corpusGraphOf(changed.build)));
  });
});

describe('inferred ids', { timeout: 240_000 }, () => {
  const inferred = (build: CorpusBuild) => build.alignment.inferredIds.clauses;
  const title = (b: CorpusBuild, id: string) => b.alignment.nodes.find((n) => n.id === id)?.properties.title;
  const stub = (id: string) => id.slice(0, id.lastIndexOf('/'));
  const overlap = (a: readonly string[], b: readonly string[]) => a.filter((m) => b.includes(m)).length;

  /**
   * Old measures that still exist after a change, with the id that now holds them: a new measure of the same stub
   * holds most of what the old one was inferred from, and no other old measure overlaps it as much (two measures
   * that merged are one now: only the older keeps its id).
   */
  function survivors(before: CorpusBuild, after: CorpusBuild): Array<[string, string]> {
    const [was, now] = [inferred(before), inferred(after)];
    const found: Array<[string, string]> = [];
    for (const [id, members] of was) {
      const [heir, share] = [...now]
        .filter(([y]) => stub(y) === stub(id))
        .map(([y, holds]) => [y, overlap(members, holds)] as const)
        .sort((a, b) => b[1] - a[1] || Number(b[0] === id) - Number(a[0] === id))[0] ?? ['', 0];
      const rivals = [...was].filter(([x]) => x !== id && stub(x) === stub(id));
      if (share * 2 > members.length && rivals.every(([, others]) => overlap(others, now.get(heir)!) < share))
        found.push([id, heir]);
    }
    return found;
  }

  it.each([7, 8])('keep the measure they name as documents are added, one by one (order %i)', (seed) => {
    let build = buildCorpus(loadCorpus().documents);
    expect(title(build, '330000-2025/c1')).toBe('推动高能级科创平台提质增效');
    let checked = 0;
    for (const doc of shuffled(syntheticDocuments(10, seed), seed)) {
      const next = addDocument(build, doc).build;
      for (const [id, heir] of survivors(build, next)) {
        expect(heir, `${doc.policy.id} moved ${id} to ${heir}`).toBe(id);
        checked++;
      }
      build = next;
    }
    expect(checked).toBeGreaterThan(300);
    expect(title(build, '330000-2025/c1')).toBe('推动高能级科创平台提质增效');
  });

  it('are reproduced by a rebuild given the previous assignment', () => {
    const corpus = loadCorpus().documents;
    let build = buildCorpus(corpus);
    for (const doc of syntheticDocuments(6, 11)) build = addDocument(build, doc).build;
    const rebuilt = buildCorpus(build.documents, { inferredIds: build.alignment.inferredIds });
    expect(JSON.stringify(corpusGraphOf(rebuilt))).toBe(JSON.stringify(corpusGraphOf(build)));
  });
});

describe('retired inferred ids', { timeout: 240_000 }, () => {
  const numbers = (build: CorpusBuild) =>
    [...build.alignment.inferredIds.clauses.keys()]
      .filter((id) => id.startsWith('330000-2025/c'))
      .map((id) => Number(id.slice('330000-2025/c'.length)));

  it('are never given to another measure, in memory or after a rebuild given the ids and the highest numbers', () => {
    const corpus = loadCorpus().documents;
    const xiuzhou = corpus.find((d) => d.policy.id === '330411-2025')!;
    // Without 秀洲 2025 the corpus infers 45 provincial measures; its text brings 8 more (c46–c53).
    const without = buildCorpus(corpus.filter((d) => d !== xiuzhou));
    const full = addDocument(without, xiuzhou).build;
    expect(Math.max(...numbers(full))).toBe(53);
    // 秀洲's text cut to its first clauses: the measures only it carried are gone.
    const cut = { ...xiuzhou, clauses: xiuzhou.clauses.slice(0, 3) };
    const shrunk = addDocument(full, cut).build;
    const retired = numbers(full).filter((n) => !numbers(shrunk).includes(n));
    expect(retired.length).toBeGreaterThan(0);
    expect(shrunk.alignment.inferredIds.highest?.get('330000-2025/c')).toBe(53);
    const check = (after: CorpusBuild) => {
      const fresh = numbers(after).filter((n) => !numbers(shrunk).includes(n));
      expect(fresh.length).toBeGreaterThan(0);
      expect(fresh.every((n) => n > 53)).toBe(true);
    };
    // In memory: the full text again brings its measures back under new numbers.
    check(addDocument(shrunk, xiuzhou).build);
    // After a restart: the ids the store holds and the highest numbers kept beside them.
    const { clauses, sections, highest } = shrunk.alignment.inferredIds;
    const restarted = buildCorpus(shrunk.documents, { inferredIds: { clauses, sections, highest } });
    expect(numbers(restarted)).toEqual(numbers(shrunk));
    check(addDocument(restarted, xiuzhou).build);
  });
});
