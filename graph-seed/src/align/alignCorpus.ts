import type { PolicyDocument } from '../model/document';
import type { GraphEdge, GraphNode, PolicyGraph } from '../model/graph';
import type { PolicyIdIndex } from '../graph/policyIds';
import { alignFamily, type FamilyAlignment } from './alignFamily';
import { clauseLookup } from './clauseLookup';
import { familyCoverage } from './coverage';
import { keepChunkedSteps, keptImplementsSteps } from './coverageCandidates';
import { inheritCoverage } from './coverageSuccession';
import { measurePeers } from './measurePeers';
import { findFamilies, type Family } from './family';
import { coreImplementerIds } from './familyClusters';
import { NO_INFERRED_IDS, inferredIdsBuilder, mergeInferredIds, type InferredIds } from './inferredIds';
import { corpusIdf } from './profiles';
import { byPolicyId, keptFirst, REFERENCE_DOCUMENTS } from './reference';
import { succeed, successions } from './succession';
import type { CoverageEntry, Measure } from './types';

export type { CoverageEntry, Measure } from './types';

// Each family's unlinked implementing clauses, once per alignment of the family (its part without peers): a kept
// family keeps them, where every import listed every implementing clause of the corpus, and every linked one.
const unlinkedOfPart = new WeakMap<PolicyGraph, string[]>();

/** The clauses of the family's implementers, in order, that none of its own IMPLEMENTS edges (`part`) leads from. */
function unlinkedInFamily(family: Family, part: PolicyGraph): string[] {
  let found = unlinkedOfPart.get(part);
  if (found) return found;
  const steps = keptImplementsSteps(part.edges);
  found = [];
  for (const { doc } of family.implementers)
    for (const c of doc.clauses) if (steps.get(c.id) === undefined) found.push(c.id);
  unlinkedOfPart.set(part, found);
  return found;
}

/**
 * What an alignment leaves for the next one of (mostly) the same documents: the vocabulary weights, and per family
 * and per succession what was computed. A family or a succession whose documents are the very same objects is not
 * computed again; a family with one more document aligns only that document (familyParts). Opaque to callers.
 */
export interface AlignmentMemo {
  reference: PolicyDocument[];
  idf: Map<string, number>;
  families: Map<string, { family: Family; aligned: FamilyAlignment; coverage: CoverageEntry[] }>;
  successions: Map<string, { newer: PolicyDocument; older: PolicyDocument; peers: string; edges: GraphEdge[] }>;
  /** The IMPLEMENTS edges inherited through the successions (coverageSuccession.ts), computed on every alignment. */
  inherited: GraphEdge[];
}

/** What alignCorpus adds to the corpus graph, plus the measures and coverage it found. */
export interface AlignmentResult {
  /** Inferred Section and Clause nodes of stub superior documents. */
  nodes: GraphNode[];
  /**
   * HAS_SECTION/HAS_CLAUSE of the inferred skeletons; IMPLEMENTS, CORRESPONDS_TO and SUCCEEDS between clauses. Made
   * when first read (a whole graph, a review): an import's delta reads the families' chunks (FamilyAlignment.chunks).
   */
  readonly edges: GraphEdge[];
  /**
   * `nodes` and `edges` but the peer and succession edges, in parts never changed once made: each family's
   * (FamilyAlignment.withoutPeers, the same object while the family is kept) and the inherited IMPLEMENTS edges'.
   */
  withoutPeers: PolicyGraph[];
  measures: Measure[];
  /** Clauses that implement no superior measure (the graph marks them `localAddition: true`). */
  localAdditions: string[];
  /** Clauses with an IMPLEMENTS edge to a superior clause (their family's or inherited through a succession). */
  linked: { has(clauseId: string): boolean };
  coverage: CoverageEntry[];
  /** The ids its inferred clauses and sections were given: pass them to the next alignment to keep them. */
  inferredIds: InferredIds;
  /** What the next alignment of (mostly) the same documents may reuse (AlignOptions.memo). */
  memo: AlignmentMemo;
}

export interface AlignOptions {
  /** The ids inferred clauses and sections had before (a previous result's `inferredIds`, or read from a store). */
  inferredIds?: InferredIds | undefined;
  /** A previous result's memo: whatever still holds is reused, and the result is the same as without it. */
  memo?: AlignmentMemo | undefined;
  /**
   * false: no family's alignment is kept in the memo (its families stay empty), for a build that only wants its graph
   * (buildCorpusGraph). Each family's parts (core, every peripheral document's profiles and kept pairs) are then
   * garbage once its edges are made, instead of held to the end: at 1,000 documents the live heap nears the build's
   * heap cap by then, and the collector runs the more often the less room is left. The result is the same.
   */
  keepFamilies?: boolean | undefined;
}

/**
 * `source` pushed onto `target`: a loop, as spread arguments may exceed the stack, and by index, as an iterator's
 * result for each of a province's hundreds of thousands of edges made much of what an import left to collect.
 */
function appendAll<T>(target: T[], source: readonly T[]): void {
  for (let i = 0; i < source.length; i++) target.push(source[i]!);
}

/** A getter of `list` made outside any call that holds more: V8 gives all the closures of one call one context. */
function listed<T>(list: T): () => T {
  return () => list;
}

const sameList = <T>(x: readonly T[], y: readonly T[]) => x.length === y.length && x.every((v, i) => v === y[i]);

/** Whether two groupings of a family hold the very same documents in the same roles. */
function sameFamily(a: Family, b: Family): boolean {
  return (
    a.rootId === b.rootId &&
    sameList(a.intermediates, b.intermediates) &&
    sameList(
      a.implementers.map((i) => i.doc),
      b.implementers.map((i) => i.doc),
    ) &&
    sameList(
      a.implementers.map((i) => i.directSuperior),
      b.implementers.map((i) => i.directSuperior),
    ) &&
    sameList([...a.texts.entries()].flat(), [...b.texts.entries()].flat())
  );
}

/**
 * The vocabulary weights of the reference documents (those kept while they are there: reference.ts): the memo's
 * when they are the very same texts.
 */
function idfOf(docs: PolicyDocument[], memo: AlignmentMemo | undefined, kept: readonly string[] | undefined) {
  const reference = keptFirst(docs, REFERENCE_DOCUMENTS, kept);
  if (memo && sameList(memo.reference, reference)) return { reference, idf: memo.idf };
  return { reference, idf: corpusIdf(reference) };
}

/**
 * Aligns the corpus (DESIGN.md §5, issue 5): groups the documents by the superior documents they declare, clusters
 * their clauses into measures, gives stub superiors (浙政发〔2025〕3号 → 330000-2025, 嘉政发〔2025〕6号 →
 * 330400-2025) an inferred skeleton, links every implementing clause to its superior clause (IMPLEMENTS, via the
 * city for 嘉兴's counties), peers to each other (CORRESPONDS_TO) and newer clauses to older ones of the same
 * locality (SUCCEEDS). When a superior's text is in the corpus its real clauses are used and nothing is inferred.
 * The result depends on the set of documents, never on their order.
 *
 * @param docs parsed documents (loadCorpus).
 * @param ids the policy id index of the same documents (createPolicyIdIndex), which resolves declared superiors.
 * @param options earlier ids of inferred clauses to keep, and a previous result's memo to reuse.
 * @returns nodes and edges to add to the corpus graph, the measures, local additions, coverage, the inferred ids
 *   given, and the memo for the next alignment.
 */
export function alignCorpus(input: PolicyDocument[], ids: PolicyIdIndex, options: AlignOptions = {}): AlignmentResult {
  const docs = byPolicyId(input);
  const previous = options.memo;
  const { reference, idf } = idfOf(docs, previous, options.inferredIds?.reference);
  const reuse = previous?.idf === idf ? previous : undefined;
  const memo: AlignmentMemo = { reference, idf, families: new Map(), successions: new Map(), inherited: [] };
  const nodes: GraphNode[] = [];
  // The edges' lists in the order `edges` lists them: each family's, each succession's, the inherited ones.
  const edgeLists: Array<() => readonly GraphEdge[]> = [];
  let coverage: CoverageEntry[] = [];
  // The highest numbers given carry over, those of superiors no longer inferred included: an id is never reused.
  const inferredIds = inferredIdsBuilder(options.inferredIds?.highest);
  inferredIds.reference = reference.map((d) => d.policy.id);
  // The implementing clauses each family's own IMPLEMENTS edges leave unlinked, in the families' order.
  const unlinked: string[] = [];
  const measures: Measure[] = [];
  const familyMeasures: Measure[][] = [];
  const core = new Set<string>();
  // Every IMPLEMENTS edge is in these parts, a family's or the inherited ones: succession edges are SUCCEEDS.
  const withoutPeers: PolicyGraph[] = [];
  for (const family of findFamilies(docs, ids)) {
    const known = reuse?.families.get(family.rootId);
    const kept = known && sameFamily(known.family, family) ? known : undefined;
    const aligned =
      kept?.aligned ??
      alignFamily(family, idf, { parts: known?.aligned.parts, previousIds: options.inferredIds ?? NO_INFERRED_IDS });
    // A family to be kept has its IMPLEMENTS steps made from its chunks, most of them kept (coverageCandidates.ts).
    if (!kept && options.keepFamilies !== false) keepChunkedSteps(aligned.withoutPeers.edges, aligned.implementsChunks);
    const covered = kept?.coverage ?? familyCoverage(family, aligned.superiorClauses, aligned.withoutPeers.edges);
    if (options.keepFamilies !== false) memo.families.set(family.rootId, { family, aligned, coverage: covered });
    appendAll(measures, aligned.measures);
    familyMeasures.push(aligned.measures);
    for (const doc of aligned.parts.core.docs) core.add(doc.policy.id);
    nodes.push(...aligned.nodes);
    // A family not kept has its edges listed now, so that the result holds the list and not the alignment with its
    // parts (profiles, kept pairs), which are then garbage: 70 MB at 1,000 documents. Through `listed`, as a closure
    // made here shares this iteration's context, and `aligned` with it.
    edgeLists.push(options.keepFamilies === false ? listed(aligned.edges) : () => aligned.edges);
    withoutPeers.push(aligned.withoutPeers);
    coverage.push(...covered);
    mergeInferredIds(inferredIds, aligned.ids);
    inferredIds.cores.set(family.rootId, coreImplementerIds(family, aligned.parts));
    appendAll(unlinked, unlinkedInFamily(family, aligned.withoutPeers));
  }
  const clauseById = clauseLookup(docs);
  const { peersOf, keyOf, measuresOf } = measurePeers(familyMeasures, clauseById, core);
  const inheritances = [];
  for (const [newer, older] of successions(docs)) {
    const known = reuse?.successions.get(newer.policy.id);
    // The newer clauses' peers lend their words to the comparison: a succession is kept while they are the same.
    const peers = newer.clauses.map((c) => keyOf(c.id)).join(';');
    const succession =
      known?.newer === newer && known.older === older && known.peers === peers
        ? known
        : { newer, older, peers, edges: succeed(newer, older, idf, peersOf) };
    memo.successions.set(newer.policy.id, succession);
    edgeLists.push(() => succession.edges);
    inheritances.push({ newer, older, succeeds: succession.edges.filter((e) => e.properties.candidate !== true) });
  }
  // A measure the newer text leaves out but its older text carried, and a successor still says (coverageSuccession).
  const familyEdges = withoutPeers.map((part) => part.edges);
  const inherited = inheritCoverage(inheritances, coverage, familyEdges, { measures, measuresOf, clauseById, idf });
  edgeLists.push(() => inherited.edges);
  memo.inherited = inherited.edges;
  withoutPeers.push({ nodes: [], edges: inherited.edges });
  coverage = inherited.coverage;
  const partSteps = withoutPeers.map((part) => keptImplementsSteps(part.edges));
  const linked = { has: (clauseId: string) => partSteps.some((steps) => steps.get(clauseId) !== undefined) };
  const localAdditions = [...new Set(unlinked.filter((id) => !linked.has(id)))];
  let edges: GraphEdge[] | undefined;
  return {
    nodes,
    get edges() {
      if (!edges) {
        edges = [];
        for (const list of edgeLists) appendAll(edges, list());
      }
      return edges;
    },
    withoutPeers,
    measures,
    localAdditions,
    linked,
    coverage,
    inferredIds,
    memo,
  };
}
