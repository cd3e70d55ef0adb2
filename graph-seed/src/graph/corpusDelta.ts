/**
 * Incremental import (issue 11): one document added to (or replacing its version in) a built corpus, and the graph
 * delta that turns the old corpus graph into the new one. The new build is exactly what buildCorpus would give for
 * the new set of documents (the alignment reuses what still holds: see AlignmentMemo), so a sequence of imports and
 * a full rebuild agree; only the changed nodes and edges are in the delta.
 */
import { alignCorpus } from '../align/alignCorpus';
import type { AlignmentResult } from '../align/alignCorpus';
import type { DocumentReference, PolicyDocument } from '../model/document';
import type { EdgeType, GraphEdge, GraphNode, PolicyGraph, Properties } from '../model/graph';
import { byPolicyId } from '../align/reference';
import { documentGraph, SHARED_LABELS, stubGraph } from './buildGraph';
import { withLocalAddition, type CorpusBuild } from './corpusGraph';
import { createPolicyIdIndex, type PolicyIdIndex } from './policyIds';

/** The changes that turn one corpus graph into another; nodes and edges carry all their properties. */
export interface GraphDelta {
  /** New nodes and nodes whose properties changed. */
  nodes: GraphNode[];
  /** Ids of nodes that are gone (their edges go with them). */
  removedNodes: string[];
  /** New edges and edges whose properties changed. */
  edges: GraphEdge[];
  /** Edges that are gone although both their ends stay. */
  removedEdges: Array<{ type: EdgeType; from: string; to: string }>;
}

/** How far an import reached: its document alone, its family realigned, or the whole corpus realigned. */
export type ChangeScope = 'document' | 'family' | 'corpus';

export interface CorpusChange {
  build: CorpusBuild;
  delta: GraphDelta;
  scope: ChangeScope;
  /** True when a document with the same policy id was replaced. */
  replaced: boolean;
}

const edgeKey = (e: { type: string; from: string; to: string }) => `${e.type}:${e.from}->${e.to}`;

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

function sameProperties(a: Properties, b: Properties): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameValue(a[k], b[k]));
}

/**
 * Collects the delta: node and edge versions before and after, by id or key; unchanged ones drop out. Each layer of
 * the graph (documents' parts, the alignment) reports its versions, null where it has none: an id is in at most one
 * layer at a time, but may move between them (an inferred clause becomes the real clause of a filled stub), so a
 * version wins over a null.
 */
class DeltaBuilder {
  private readonly nodesBefore = new Map<string, GraphNode | null>();
  private readonly nodesAfter = new Map<string, GraphNode | null>();
  private readonly edgesBefore = new Map<string, GraphEdge | null>();
  private readonly edgesAfter = new Map<string, GraphEdge | null>();

  private static put<T>(map: Map<string, T | null>, key: string, value: T | null | undefined): void {
    if (value === undefined) return;
    if (value !== null || !map.has(key)) map.set(key, value);
  }

  node(id: string, before: GraphNode | null | undefined, after: GraphNode | null | undefined): void {
    DeltaBuilder.put(this.nodesBefore, id, before);
    DeltaBuilder.put(this.nodesAfter, id, after);
  }

  edge(key: string, before: GraphEdge | null | undefined, after: GraphEdge | null | undefined): void {
    DeltaBuilder.put(this.edgesBefore, key, before);
    DeltaBuilder.put(this.edgesAfter, key, after);
  }

  /** Edges of an old and a new list (the last of a key wins, as the loader merges them). */
  edgeLists(before: readonly GraphEdge[], after: readonly GraphEdge[]): void {
    const was = new Map(before.map((e) => [edgeKey(e), e]));
    const is = new Map(after.map((e) => [edgeKey(e), e]));
    for (const [key, e] of was) this.edge(key, e, is.get(key) ?? null);
    for (const [key, e] of is) if (!was.has(key)) this.edge(key, null, e);
  }

  toDelta(): GraphDelta {
    const delta: GraphDelta = { nodes: [], removedNodes: [], edges: [], removedEdges: [] };
    for (const [id, after] of this.nodesAfter) {
      const before = this.nodesBefore.get(id) ?? null;
      if (after === null) {
        if (before !== null) delta.removedNodes.push(id);
      } else if (
        before === null ||
        before.label !== after.label ||
        !sameProperties(before.properties, after.properties)
      )
        delta.nodes.push(after);
    }
    const gone = new Set(delta.removedNodes);
    for (const [key, after] of this.edgesAfter) {
      const before = this.edgesBefore.get(key) ?? null;
      if (after === null) {
        if (before !== null && !gone.has(before.from) && !gone.has(before.to))
          delta.removedEdges.push({ type: before.type, from: before.from, to: before.to });
      } else if (before === null || !sameProperties(before.properties, after.properties)) delta.edges.push(after);
    }
    return delta;
  }
}

/**
 * The documents whose part of the graph the new index changes: a reference resolving elsewhere (a stub filled or
 * renamed), other superiors (a city text arriving makes its counties implement it), another 文号 known for it.
 */
function referencesMoved(docs: readonly PolicyDocument[], before: PolicyIdIndex, after: PolicyIdIndex): Set<string> {
  const resolve = (index: PolicyIdIndex, ref: DocumentReference, region: string) => {
    try {
      return index.idForReference(ref, region);
    } catch {
      return null;
    }
  };
  const facts = (index: PolicyIdIndex, id: string) => JSON.stringify([index.superiorsOf(id), index.docNumberOf(id)]);
  const moved = new Set<string>();
  for (const doc of docs) {
    const id = doc.policy.id;
    const refs = [...doc.references, ...doc.clauses.flatMap((c) => c.references)];
    const region = doc.policy.region.code;
    if (
      facts(before, id) !== facts(after, id) ||
      refs.some((ref) => resolve(before, ref, region) !== resolve(after, ref, region))
    )
      moved.add(id);
  }
  return moved;
}

/** Part keys in merge order: documents by policy id, the stubs' part (key '') last. */
function partOrder(a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A shared node as mergeDocumentGraphs merges it from the parts holding it (GraphAccumulator.addShared). */
function mergedShared(id: string, holders: ReadonlySet<string> | undefined, partOf: (key: string) => PolicyGraph) {
  let merged: GraphNode | null = null;
  for (const key of [...(holders ?? [])].sort(partOrder)) {
    const node = partOf(key).nodes.find((n) => n.id === id);
    if (!node) continue;
    if (!merged) {
      merged = { ...node, properties: { ...node.properties } };
      continue;
    }
    for (const [k, value] of Object.entries(node.properties)) {
      const current = merged.properties[k];
      if (Array.isArray(current) && Array.isArray(value))
        merged.properties[k] = [...new Set([...(current as string[]), ...(value as string[])])].sort();
      else if (current === undefined) merged.properties[k] = value;
    }
  }
  return merged;
}

/** Which parts hold each shared node (region, department, program), by part key. */
export function sharedHolders(parts: ReadonlyMap<string, PolicyGraph>, stubs: PolicyGraph) {
  const holders = new Map<string, Set<string>>();
  const add = (key: string, part: PolicyGraph) => {
    for (const node of part.nodes)
      if (SHARED_LABELS.has(node.label)) holders.set(node.id, (holders.get(node.id) ?? new Set()).add(key));
  };
  for (const [key, part] of parts) add(key, part);
  add('', stubs);
  return holders;
}

interface Side {
  build: CorpusBuild;
  holders: Map<string, Set<string>>;
  additions: ReadonlySet<string>;
}

/** The document graph's changes: the changed parts (and the stubs') before and after, shared nodes re-merged. */
function diffParts(builder: DeltaBuilder, before: Side, after: Side, changed: ReadonlySet<string>): void {
  const partOf = (side: Side) => (key: string) => (key === '' ? side.build.stubs : side.build.parts.get(key)!);
  const touched = new Set<string>();
  const owned = (side: Side) => {
    const nodes = new Map<string, GraphNode>();
    const edges = new Map<string, GraphEdge>();
    for (const key of changed) {
      const part = key === '' ? side.build.stubs : side.build.parts.get(key);
      for (const node of part?.nodes ?? []) {
        if (SHARED_LABELS.has(node.label)) touched.add(node.id);
        else nodes.set(node.id, withLocalAddition(node, side.additions));
      }
      for (const edge of part?.edges ?? []) edges.set(edgeKey(edge), edge);
    }
    return { nodes, edges };
  };
  const [old, now] = [owned(before), owned(after)];
  for (const id of new Set([...old.nodes.keys(), ...now.nodes.keys()]))
    builder.node(id, old.nodes.get(id) ?? null, now.nodes.get(id) ?? null);
  const mergedBefore = new Map(
    [...touched].map((id) => [id, mergedShared(id, before.holders.get(id), partOf(before))]),
  );
  const mergedAfter = new Map([...touched].map((id) => [id, mergedShared(id, after.holders.get(id), partOf(after))]));
  for (const id of touched) builder.node(id, mergedBefore.get(id)!, mergedAfter.get(id)!);
  for (const key of new Set([...old.edges.keys(), ...now.edges.keys()])) {
    const edge = (now.edges.get(key) ?? old.edges.get(key))!;
    // An edge from a shared node (OF, PART_OF) is there exactly while its node is.
    const shared = touched.has(edge.from);
    const was = shared ? (mergedBefore.get(edge.from) ? edge : null) : (old.edges.get(key) ?? null);
    const is = shared ? (mergedAfter.get(edge.from) ? edge : null) : (now.edges.get(key) ?? null);
    builder.edge(key, was, is);
  }
}

/** Clause nodes of unchanged parts whose localAddition flag flipped. */
function diffFlags(builder: DeltaBuilder, before: Side, after: Side, changed: ReadonlySet<string>): void {
  const flipped = [...before.additions].filter((id) => !after.additions.has(id));
  flipped.push(...[...after.additions].filter((id) => !before.additions.has(id)));
  for (const id of flipped) {
    const policyId = id.slice(0, id.lastIndexOf('/'));
    if (changed.has(policyId)) continue;
    const node = after.build.parts.get(policyId)?.nodes.find((n) => n.id === id);
    if (node) builder.node(id, withLocalAddition(node, before.additions), withLocalAddition(node, after.additions));
  }
}

/** The alignment's changes: inferred nodes, and the edges of every family and succession computed anew. */
function diffAlignment(builder: DeltaBuilder, before: AlignmentResult, after: AlignmentResult): void {
  const oldNodes = new Map(before.nodes.map((n) => [n.id, n]));
  const newNodes = new Map(after.nodes.map((n) => [n.id, n]));
  for (const id of new Set([...oldNodes.keys(), ...newNodes.keys()]))
    builder.node(id, oldNodes.get(id) ?? null, newNodes.get(id) ?? null);
  const [oldMemo, newMemo] = [before.memo, after.memo];
  for (const root of new Set([...oldMemo.families.keys(), ...newMemo.families.keys()])) {
    const [was, is] = [oldMemo.families.get(root)?.aligned, newMemo.families.get(root)?.aligned];
    if (was !== is) diffChunks(builder, was, is);
  }
  for (const newer of new Set([...oldMemo.successions.keys(), ...newMemo.successions.keys()])) {
    const [was, is] = [oldMemo.successions.get(newer), newMemo.successions.get(newer)];
    if (was !== is) builder.edgeLists(was?.edges ?? [], is?.edges ?? []);
  }
}

type Chunked = { chunks: GraphEdge[][] } | undefined;

/**
 * How many chunks of a family's alignment hold each edge key: the first alignment's counted once, each later one as
 * the changes over the one it was diffed from (flattened now and then, so a lookup never walks far).
 */
class KeyCounts {
  private constructor(
    private readonly own: Map<string, number>,
    private readonly base: KeyCounts | undefined,
    private readonly depth: number,
  ) {}

  static of(chunks: GraphEdge[][]): KeyCounts {
    const own = new Map<string, number>();
    for (const chunk of chunks) for (const e of chunk) own.set(edgeKey(e), (own.get(edgeKey(e)) ?? 0) + 1);
    return new KeyCounts(own, undefined, 0);
  }

  /** This and the counts it was made from, oldest first. */
  private layers(): KeyCounts[] {
    return this.base ? [...this.base.layers(), this] : [this];
  }

  get(key: string): number {
    return this.own.get(key) ?? this.base?.get(key) ?? 0;
  }

  /** The counts once `changes` (key → difference) are applied. */
  with(changes: Map<string, number>): KeyCounts {
    const own = new Map<string, number>();
    for (const [key, change] of changes) own.set(key, this.get(key) + change);
    if (this.depth < 16) return new KeyCounts(own, this, this.depth + 1);
    const flat = new Map<string, number>();
    for (const layer of this.layers()) for (const [key, count] of layer.own) flat.set(key, count);
    for (const [key, count] of own) flat.set(key, count);
    return new KeyCounts(flat, undefined, 0);
  }
}

const keyCounts = new WeakMap<object, KeyCounts>();

function countsOf(aligned: NonNullable<Chunked>): KeyCounts {
  let counts = keyCounts.get(aligned);
  if (!counts) keyCounts.set(aligned, (counts = KeyCounts.of(aligned.chunks)));
  return counts;
}

/**
 * The edge changes of a family aligned again: only the chunks that are not the very arrays of the previous
 * alignment are looked at (an import keeps every member's chunk whose context held), and an edge is there while
 * some chunk holds it.
 */
function diffChunks(builder: DeltaBuilder, was: Chunked, is: Chunked): void {
  if (!was || !is) {
    builder.edgeLists(was ? was.chunks.flat() : [], is ? is.chunks.flat() : []);
    return;
  }
  const [oldChunks, newChunks] = [new Set(was.chunks), new Set(is.chunks)];
  const removed = was.chunks.filter((c) => !newChunks.has(c));
  const added = is.chunks.filter((c) => !oldChunks.has(c));
  const before = countsOf(was);
  const changes = new Map<string, number>();
  const gone = new Map<string, GraphEdge>();
  const come = new Map<string, GraphEdge>();
  for (const chunk of removed)
    for (const e of chunk) {
      changes.set(edgeKey(e), (changes.get(edgeKey(e)) ?? 0) - 1);
      gone.set(edgeKey(e), e);
    }
  for (const chunk of added)
    for (const e of chunk) {
      changes.set(edgeKey(e), (changes.get(edgeKey(e)) ?? 0) + 1);
      come.set(edgeKey(e), e);
    }
  const after = before.with(changes);
  keyCounts.set(is, after);
  for (const key of changes.keys()) {
    const old = before.get(key) > 0 ? (gone.get(key) ?? come.get(key)!) : null;
    const now = after.get(key) > 0 ? (come.get(key) ?? old) : null;
    builder.edge(key, old, now);
  }
}

function scopeOf(before: AlignmentResult, after: AlignmentResult): ChangeScope {
  if (before.memo.idf !== after.memo.idf) return 'corpus';
  for (const [root, { aligned }] of after.memo.families) {
    const was = before.memo.families.get(root)?.aligned;
    if (was !== aligned && was?.parts.core !== aligned.parts.core) return 'family';
  }
  return 'document';
}

/**
 * Adds one document to a built corpus, or replaces the document with its policy id: the new build (what
 * buildCorpus gives for the new set of documents) and the delta from the old graph to the new one. Only the new
 * document is parsed into the graph and aligned against its family's core; the family's measures, skeleton, peer
 * edges and coverage are assembled again from what the memo holds; a document that enters the reference set
 * realigns the corpus, one that enters its family's core realigns the family (scope). Throws, naming the id, when
 * the document cannot be placed in the graph; `build` is never changed.
 */
export function addDocument(build: CorpusBuild, doc: PolicyDocument): CorpusChange {
  const id = doc.policy.id;
  const replaced = build.parts.has(id);
  const documents = byPolicyId([...build.documents.filter((d) => d.policy.id !== id), doc]);
  const ids = createPolicyIdIndex(documents);
  const moved = referencesMoved(
    documents.filter((d) => d !== doc),
    build.ids,
    ids,
  );
  const changed = new Set([id, ...moved, '']);
  const parts = new Map(
    documents.map((d) => [
      d.policy.id,
      changed.has(d.policy.id) ? documentGraph(d, ids) : build.parts.get(d.policy.id)!,
    ]),
  );
  const stubs = stubGraph(ids);
  const alignment = alignCorpus(documents, ids, {
    memo: build.alignment.memo,
    inferredIds: build.alignment.inferredIds,
  });
  const next: CorpusBuild = { documents, ids, parts, stubs, alignment };
  const builder = new DeltaBuilder();
  const before: Side = { build, holders: holdersOf(build), additions: new Set(build.alignment.localAdditions) };
  const nextHolders = updatedHolders(before.holders, build, next, changed);
  holders.set(next, nextHolders);
  const after: Side = { build: next, holders: nextHolders, additions: new Set(alignment.localAdditions) };
  diffParts(builder, before, after, changed);
  diffFlags(builder, before, after, changed);
  diffAlignment(builder, build.alignment, alignment);
  return { build: next, delta: builder.toDelta(), scope: scopeOf(build.alignment, alignment), replaced };
}

const holders = new WeakMap<CorpusBuild, Map<string, Set<string>>>();

/** sharedHolders of a build, computed once per build. */
function holdersOf(build: CorpusBuild): Map<string, Set<string>> {
  let found = holders.get(build);
  if (!found) holders.set(build, (found = sharedHolders(build.parts, build.stubs)));
  return found;
}

/** The holders of shared nodes after the changed parts were replaced (copy on write: `previous` is not changed). */
function updatedHolders(
  previous: Map<string, Set<string>>,
  before: CorpusBuild,
  after: CorpusBuild,
  changed: ReadonlySet<string>,
): Map<string, Set<string>> {
  const next = new Map(previous);
  const partOf = (build: CorpusBuild, key: string) => (key === '' ? build.stubs : build.parts.get(key));
  const edit = (id: string, change: (set: Set<string>) => void) => {
    const set = new Set(next.get(id) ?? []);
    change(set);
    if (set.size > 0) next.set(id, set);
    else next.delete(id);
  };
  for (const key of changed) {
    for (const node of partOf(before, key)?.nodes ?? [])
      if (SHARED_LABELS.has(node.label)) edit(node.id, (set) => set.delete(key));
    for (const node of partOf(after, key)?.nodes ?? [])
      if (SHARED_LABELS.has(node.label)) edit(node.id, (set) => set.add(key));
  }
  return next;
}
