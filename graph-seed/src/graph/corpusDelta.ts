/**
 * Incremental import (issue 11): one document added to (or replacing its version in) a built corpus, and the graph
 * delta that turns the old corpus graph into the new one. The new build is exactly what buildCorpus would give for
 * the new set of documents (the alignment reuses what still holds: see AlignmentMemo), so a sequence of imports and
 * a full rebuild agree; only the changed nodes and edges are in the delta.
 */
import { alignCorpus } from '../align/alignCorpus';
import type { AlignmentResult } from '../align/alignCorpus';
import type { DocumentReference, PolicyDocument } from '../model/document';
import type { GraphEdge, GraphNode, PolicyGraph } from '../model/graph';
import { byPolicyId } from '../align/reference';
import { documentGraph, SHARED_LABELS, stubGraph } from './buildGraph';
import { partialOf, withLocalAddition, withPartial, type CorpusBuild } from './corpusGraph';
import { DeltaBuilder, diffChunks, edgeKey, primeChunks, type GraphDelta } from './graphDelta';
import { createPolicyIdIndex, type PolicyIdIndex } from './policyIds';

export type { GraphDelta } from './graphDelta';

/** How far an import reached: its document alone, its family realigned, or the whole corpus realigned. */
export type ChangeScope = 'document' | 'family' | 'corpus';

export interface CorpusChange {
  build: CorpusBuild;
  delta: GraphDelta;
  scope: ChangeScope;
  /** True when a document with the same policy id was replaced. */
  replaced: boolean;
}

/**
 * The documents whose part of the graph the new index changes: a reference resolving elsewhere (a stub filled or
 * renamed), other superiors (a city text arriving makes its counties implement it), another 文号 known for it.
 */
function referencesMoved(docs: readonly PolicyDocument[], before: PolicyIdIndex, after: PolicyIdIndex): Set<string> {
  const moved = new Set<string>();
  for (const doc of docs) {
    const id = doc.policy.id;
    const refs = [...doc.references, ...doc.clauses.flatMap((c) => c.references)];
    const region = doc.policy.region.code;
    if (
      factsOf(before, id) !== factsOf(after, id) ||
      refs.some((ref) => resolved(before, ref, region) !== resolved(after, ref, region))
    )
      moved.add(id);
  }
  return moved;
}

// What an index says of each document and reference, kept with the index: an import's `after` index is the next
// import's `before`, so each import resolves every reference of the corpus once, not twice.
const answers = new WeakMap<
  PolicyIdIndex,
  { facts: Map<string, string>; refs: WeakMap<DocumentReference, string | null> }
>();

function answersOf(index: PolicyIdIndex) {
  let found = answers.get(index);
  if (!found) answers.set(index, (found = { facts: new Map(), refs: new WeakMap() }));
  return found;
}

/** The document's superiors and 文号 as the index gives them. */
function factsOf(index: PolicyIdIndex, id: string): string {
  const { facts } = answersOf(index);
  let found = facts.get(id);
  if (found === undefined) facts.set(id, (found = JSON.stringify([index.superiorsOf(id), index.docNumberOf(id)])));
  return found;
}

/** The id a reference resolves to, or null (a reference is its citing document's: `region` is always the same). */
function resolved(index: PolicyIdIndex, ref: DocumentReference, region: string): string | null {
  const { refs } = answersOf(index);
  let id = refs.get(ref);
  if (id === undefined) {
    try {
      id = index.idForReference(ref, region);
    } catch {
      id = null;
    }
    refs.set(ref, id);
  }
  return id;
}

/** Part keys in merge order: documents by policy id, the stubs' part (key '') last. */
function partOrder(a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

// Each part's shared nodes by id, once per part (parts are never changed once made): a province's department is
// held by a thousand parts, and finding it in each part's node list cost as much as the rest of the delta.
const sharedOfPart = new WeakMap<PolicyGraph, Map<string, GraphNode>>();

function sharedNode(part: PolicyGraph, id: string): GraphNode | undefined {
  let byId = sharedOfPart.get(part);
  if (!byId) {
    byId = new Map(part.nodes.filter((n) => SHARED_LABELS.has(n.label)).map((n) => [n.id, n]));
    sharedOfPart.set(part, byId);
  }
  return byId.get(id);
}

/** A shared node as mergeDocumentGraphs merges it from the parts holding it (GraphAccumulator.addShared). */
function mergedShared(id: string, holders: ReadonlySet<string> | undefined, partOf: (key: string) => PolicyGraph) {
  let merged: GraphNode | null = null;
  for (const key of [...(holders ?? [])].sort(partOrder)) {
    const node = sharedNode(partOf(key), id);
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
        else nodes.set(node.id, withPartial(withLocalAddition(node, side.additions), side.build.partial));
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

/** Clause nodes of unchanged parts whose localAddition flag flipped, and policy nodes whose partial flag did. */
function diffFlags(builder: DeltaBuilder, before: Side, after: Side, changed: ReadonlySet<string>): void {
  const flipped = [...before.additions].filter((id) => !after.additions.has(id));
  flipped.push(...[...after.additions].filter((id) => !before.additions.has(id)));
  for (const id of flipped) {
    const policyId = id.slice(0, id.lastIndexOf('/'));
    if (changed.has(policyId)) continue;
    const node = after.build.parts.get(policyId)?.nodes.find((n) => n.id === id);
    if (node) builder.node(id, withLocalAddition(node, before.additions), withLocalAddition(node, after.additions));
  }
  // A document's partial flag flips when its superior's shape changes (a skeleton growing, a city text arriving).
  const partialFlipped = [...before.build.partial].filter((id) => !after.build.partial.has(id));
  partialFlipped.push(...[...after.build.partial].filter((id) => !before.build.partial.has(id)));
  for (const id of partialFlipped) {
    const node = changed.has(id) ? undefined : after.build.parts.get(id)?.nodes.find((n) => n.id === id);
    if (node) builder.node(id, withPartial(node, before.build.partial), withPartial(node, after.build.partial));
  }
}

/**
 * The alignment's changes: inferred nodes, the edges of every family and succession computed anew, and the edges
 * inherited through successions (recomputed by every alignment; few).
 */
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
  builder.edgeLists(oldMemo.inherited, newMemo.inherited);
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
 * realigns the corpus, one that enters its family's core realigns the family (scope), which the kept choice of both
 * (reference.ts) leaves to small corpora and families. Throws, naming the id, when
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
  const next: CorpusBuild = { documents, ids, parts, stubs, alignment, partial: partialOf(parts, stubs, alignment) };
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

/**
 * Computes now what the first addDocument on `build` would otherwise compute (which parts hold each shared node, how
 * many chunks hold each alignment edge), so that the first import costs what the others do. Returns `build`.
 */
export function primeForImports(build: CorpusBuild): CorpusBuild {
  holdersOf(build);
  for (const { aligned } of build.alignment.memo.families.values()) primeChunks(aligned);
  return build;
}
