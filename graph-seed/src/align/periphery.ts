import type { PolicyDocument } from '../model/document';
import { areasWith } from './areas';
import { crossSimilarity } from './bulkSimilarity';
import { clusterMeasures, type MeasureCluster } from './cluster';
import type { CoreAlignment } from './core';
import { familyPairs } from './familyPairs';
import { decidePairs, unkeptPair, type PairScore } from './pairScores';
import { profileDocument, type ClauseProfile } from './profiles';

/** A peripheral clause's place in a core measure. */
export interface Membership {
  profile: ClauseProfile;
  /** Index into the core's clusters. */
  cluster: number;
  /** Joined as a second home (a merge or a split), as clusterMeasures decided it. */
  secondary: boolean;
}

/**
 * One document of a large family aligned against the family's core: which core measures its clauses carry. It
 * depends on the core and on the document alone, never on the other peripheral documents, so importing a document
 * computes exactly this and nothing else of the family's clustering is redone.
 */
export interface PeripheralDoc {
  doc: PolicyDocument;
  profiles: ClauseProfile[];
  memberships: Membership[];
  /** Clauses in no core measure: they are clustered with the family's other leftovers (leftovers.ts). */
  leftovers: ClauseProfile[];
  /** Per core document x, section ordinal of x → section ordinal of this document (alignAreas). */
  areas: Array<Map<number, number>>;
  /** The pair score of a core clause (first) and one of this document's clauses. */
  pairWith(core: ClauseProfile, own: ClauseProfile): PairScore;
}

/** The core's kept pairs with the document's inserted after each core document's own (scoreFamily's order). */
function interleave(core: readonly PairScore[], own: PairScore[][]): PairScore[] {
  const out: PairScore[] = [];
  let k = 0;
  own.forEach((pairs, x) => {
    while (k < core.length && core[k]!.a.docIndex <= x) out.push(core[k++]!);
    for (const pair of pairs) out.push(pair);
  });
  while (k < core.length) out.push(core[k++]!);
  return out;
}

/** Core clusters by vote of the core members that clustered with each of the document's clauses. */
function mapToCore(clusters: MeasureCluster[], core: CoreAlignment, docIndex: number): Membership[] {
  const found = new Map<string, Membership>();
  for (const cluster of clusters) {
    const own = cluster.members.filter((m) => m.docIndex === docIndex);
    if (own.length === 0) continue;
    const votes = new Map<number, number>();
    for (const m of cluster.members)
      for (const index of core.clustersOf.get(m.clause.id) ?? []) votes.set(index, (votes.get(index) ?? 0) + 1);
    const best = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
    if (best === undefined) continue;
    for (const profile of own) {
      const key = `${profile.clause.id}|${best}`;
      const secondary = cluster.secondary.has(profile.clause.id) && (found.get(key)?.secondary ?? true);
      found.set(key, { profile, cluster: best, secondary });
    }
  }
  // One primary clause per document and measure, as in the core; a second one is a split (secondary).
  const primaryOf = new Set<number>();
  return [...found.values()]
    .sort((a, b) => a.cluster - b.cluster || a.profile.clause.ordinal - b.profile.clause.ordinal)
    .map((m) => {
      if (m.secondary) return m;
      if (primaryOf.has(m.cluster)) return { ...m, secondary: true };
      primaryOf.add(m.cluster);
      return m;
    });
}

/**
 * Aligns a document with the family's core: its pairs with every core clause are scored and decided as the core's
 * own (text, area, the order chain of each pair of documents), the core and the document are clustered together by
 * clusterMeasures, and each of its clauses joins the core measure its cluster's core members belong to. The
 * document's profiles take the index after the core's documents, whatever its place in the family
 * (familyLookup.ts stamps that), so the result depends on the core and the document alone.
 */
export function alignPeripheral(core: CoreAlignment, doc: PolicyDocument, idf: Map<string, number>): PeripheralDoc {
  const docIndex = core.docs.length;
  const own = profileDocument(doc, docIndex, core.flat.length, idf);
  const areas = areasWith(core.areas, doc, idf);
  const cells = crossSimilarity(core.rows, own);
  const decided = core.profiles.map((rows, x) =>
    rows.length === 0 || own.length === 0
      ? []
      : decidePairs(
          rows,
          own,
          areas[x]!,
          { body: cells.body, title: cells.title, offset: rows[0]!.index * own.length, stride: own.length },
          false,
        ),
  );
  const areasOf = (x: number, y: number) => (y === docIndex ? (areas[x] ?? new Map()) : core.pairs.areas(x, y));
  const pairs = familyPairs([...core.flat, ...own], interleave(core.pairs.kept, decided), areasOf);
  const memberships = mapToCore(clusterMeasures([...core.profiles, own], pairs), core, docIndex);
  const keyOf = pairKeys(core.flat.length, own.length);
  const kept = keptPairs(decided.flat(), memberships, core, keyOf);
  const placed = new Set(memberships.map((m) => m.profile));
  return {
    doc,
    profiles: own,
    memberships,
    leftovers: own.filter((p) => !placed.has(p)),
    areas,
    pairWith: pairLookup(kept, keyOf, areas),
  };
}

/*
 * pairKeys and pairLookup make the closures a PeripheralDoc keeps outside alignPeripheral on purpose: V8 gives all
 * closures of one function call a single context, so a pairWith made in there kept that call's dense cosine
 * matrices (`cells`, core clauses × own clauses × 2 × 8 bytes) alive for as long as the family is kept: ~0.4 MB
 * per peripheral document, a third of the build's live heap at 300 documents.
 */

/** A number per (core clause, own clause) pair. */
function pairKeys(coreSize: number, ownSize: number): (c: ClauseProfile, p: ClauseProfile) => number {
  return (c, p) => c.index * ownSize + p.index - coreSize;
}

/**
 * The kept pairs of a peripheral document (keptPairs), in typed arrays: a key per pair (pairKeys, ascending), its
 * three scores and its three flags. A family holds a few hundred per document for as long as it is aligned, and as
 * objects (with a Map entry and a number object per score each) they were 114,000 objects and 26 MB of the live
 * heap at 300 documents (heap snapshot), which every full collection marks.
 */
interface KeptPairs {
  keys: Int32Array;
  /** score, bodySimilarity, titleSimilarity of the pair at each key's position. */
  scores: Float64Array;
  /** sameArea (1), inOrder (2), accepted (4). */
  flags: Uint8Array;
}

const [SAME_AREA, IN_ORDER, ACCEPTED] = [1, 2, 4];

/** The position of `key` in ascending `keys`, or -1. */
function positionOf(keys: Int32Array, key: number): number {
  let [low, high] = [0, keys.length - 1];
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = keys[mid]!;
    if (at === key) return mid;
    if (at < key) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/**
 * The pair score of a core clause and one of the document's: a kept pair (the same values as when it was decided,
 * `a` the core clause and `b` the document's), else computed again exactly.
 */
function pairLookup(
  kept: KeptPairs,
  keyOf: (c: ClauseProfile, p: ClauseProfile) => number,
  areas: ReadonlyArray<ReadonlyMap<number, number>>,
): (c: ClauseProfile, p: ClauseProfile) => PairScore {
  return (c, p) => {
    const at = positionOf(kept.keys, keyOf(c, p));
    if (at < 0) return unkeptPair(c, p, areas[c.docIndex]?.get(c.sectionOrdinal) === p.sectionOrdinal);
    const flags = kept.flags[at]!;
    return {
      a: c,
      b: p,
      score: kept.scores[3 * at]!,
      bodySimilarity: kept.scores[3 * at + 1]!,
      titleSimilarity: kept.scores[3 * at + 2]!,
      sameArea: (flags & SAME_AREA) !== 0,
      inOrder: (flags & IN_ORDER) !== 0,
      accepted: (flags & ACCEPTED) !== 0,
    };
  };
}

/**
 * The decided pairs the family may ask for again (pairWith): a clause with the core members of a measure it joined,
 * and a leftover with the core's leftovers (leftovers.ts may put them together). Only those are kept, a few hundred
 * per document instead of a few thousand; any other pair is recomputed exactly (unkeptPair) if ever asked for, and
 * pairs not kept by decidePairs were neither in order nor accepted, so the recomputation agrees.
 */
function keptPairs(
  decided: PairScore[],
  memberships: Membership[],
  core: CoreAlignment,
  keyOf: (c: ClauseProfile, p: ClauseProfile) => number,
): KeptPairs {
  const joined = new Map<ClauseProfile, Set<number>>();
  for (const m of memberships) joined.set(m.profile, (joined.get(m.profile) ?? new Set()).add(m.cluster));
  const wanted: Array<{ key: number; pair: PairScore }> = [];
  for (const pair of decided) {
    const clusters = joined.get(pair.b);
    const homes = core.clustersOf.get(pair.a.clause.id);
    const asked = clusters ? (homes ?? []).some((k) => clusters.has(k)) : homes === undefined;
    if (asked && (pair.inOrder || pair.accepted)) wanted.push({ key: keyOf(pair.a, pair.b), pair });
  }
  // Each (core clause, own clause) pair is decided once, so the keys are distinct.
  wanted.sort((x, y) => x.key - y.key);
  const kept: KeptPairs = {
    keys: new Int32Array(wanted.length),
    scores: new Float64Array(3 * wanted.length),
    flags: new Uint8Array(wanted.length),
  };
  wanted.forEach(({ key, pair }, at) => {
    kept.keys[at] = key;
    kept.scores.set([pair.score, pair.bodySimilarity, pair.titleSimilarity], 3 * at);
    kept.flags[at] = (pair.sameArea ? SAME_AREA : 0) | (pair.inOrder ? IN_ORDER : 0) | (pair.accepted ? ACCEPTED : 0);
  });
  return kept;
}
