import type { PolicyDocument } from '../model/document';
import type { MeasureCluster } from './cluster';
import type { EdgeMemo } from './edgeMemo';
import { alignCore, type CoreAlignment } from './core';
import type { Family } from './family';
import { familyPairLookup, placePeripherals, type PlacedPeripheral } from './familyLookup';
import { clusterLeftovers, type PoolItem } from './leftovers';
import type { PairScore } from './pairScores';
import { alignPeripheral, type PeripheralDoc } from './periphery';
import type { ClauseProfile } from './profiles';
import { CORE_DOCUMENTS, keptFirst, referenceKey } from './reference';
import { sentenceMatches, type SentenceMembership } from './sentenceMerges';

/** A measure cluster placed in the superior's order: its area (in the reference document) and position. */
export interface PlacedCluster extends MeasureCluster {
  area: number;
  position: number;
  /**
   * The members that speak for the measure wherever a measure-wide figure is computed (placement, consensus title,
   * representative text, cohesion, the peer hub): all members in a family no larger than its core; else those of
   * core documents, topped up to EXEMPLAR_DOCUMENTS documents in reference order. Bounded, so a measure carried by a
   * thousand localities costs what one carried by a dozen does, and stable as documents are added.
   */
  exemplars: ClauseProfile[];
  /** Members that joined through one of their sentences (sentenceMerges.ts), by clause id. */
  sentences: Map<string, SentenceMembership>;
  /** For a measure found through a sentence (sentenceMerges.ts pass 3): the sentence that made it one. */
  origin?: SentenceMembership;
}

/** The clustering of one family: its documents and the placed clusters. */
export interface FamilyClustering {
  /** The core's documents (superior texts first), then the peripheral ones in policy-id order. */
  docs: PolicyDocument[];
  /** How many of `docs` are the core's. */
  coreSize: number;
  clusters: PlacedCluster[];
  /** Reference area of every clause id (section ordinal of the first document). */
  areaOf: Map<string, number>;
  /** Reference area of every section id. */
  areaOfSection: Map<string, number>;
  /** The pair score of two clauses of different documents, in either order. */
  pairOf: (a: string, b: string) => PairScore | undefined;
  /** Members' edges kept across imports while the core stays (edgeMemo.ts). */
  memo: EdgeMemo;
}

/**
 * Documents a measure's exemplars come from, at least, when its core members come from fewer. Small: a peripheral
 * document that becomes an exemplar changes its measure's figures (and every member's edges), so the fewer
 * top-ups, the fewer such imports.
 */
export const EXEMPLAR_DOCUMENTS = 4;

/** The parts of a family's alignment that can be kept while documents are added (incremental.ts). */
export interface FamilyParts {
  core: CoreAlignment;
  /** By policy id. */
  periphery: Map<string, PeripheralDoc>;
}

/** Section ordinal of each document → reference area (section of the family's first document). */
function referenceAreas(core: CoreAlignment, periphery: PlacedPeripheral[]): Array<Map<number, number>> {
  const inverse = (areas: Map<number, number>) => new Map([...areas].map(([r, d]) => [d, r]));
  return [
    ...core.docs.map((_, index) => (index === 0 ? new Map<number, number>() : inverse(core.pairs.areas(0, index)))),
    ...periphery.map((p) => inverse(p.peripheral.areas[0] ?? new Map())),
  ];
}

function positions(docs: PolicyDocument[], toReference: Array<Map<number, number>>) {
  const areaOf = new Map<string, number>();
  const positionOf = new Map<string, number>();
  const areaOfSection = new Map<string, number>();
  docs.forEach((doc, index) => {
    for (const section of doc.sections) {
      const area = index === 0 ? section.ordinal : (toReference[index]?.get(section.ordinal) ?? section.ordinal);
      areaOfSection.set(section.id, area);
      const clauses = doc.clauses.filter((c) => c.sectionOrdinal === section.ordinal);
      clauses.forEach((c, rank) => {
        areaOf.set(c.id, area);
        positionOf.set(c.id, area + rank / Math.max(1, clauses.length));
      });
    }
  });
  return { areaOf, positionOf, areaOfSection };
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/** The exemplars of a cluster (see PlacedCluster.exemplars), in member order. */
function exemplarsOf(cluster: MeasureCluster, coreSize: number, keyOf: (docIndex: number) => string) {
  if (cluster.members.every((m) => m.docIndex < coreSize)) return cluster.members;
  const docs = new Set(cluster.members.filter((m) => m.docIndex < coreSize).map((m) => m.docIndex));
  const others = [...new Set(cluster.members.map((m) => m.docIndex).filter((d) => d >= coreSize))];
  others.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  for (const d of others.slice(0, Math.max(0, EXEMPLAR_DOCUMENTS - docs.size))) docs.add(d);
  return cluster.members.filter((m) => docs.has(m.docIndex));
}

type Exemplars = (cluster: MeasureCluster) => ClauseProfile[];

function place(
  clusters: MeasureCluster[],
  areaOf: Map<string, number>,
  positionOf: Map<string, number>,
  exemplars: Exemplars,
) {
  const placed = clusters.map((c) => {
    const chosen = exemplars(c);
    const ids = chosen.map((m) => m.clause.id);
    const area = mostCommon(ids.map((id) => areaOf.get(id) ?? 0));
    const inArea = ids.filter((id) => areaOf.get(id) === area);
    const position = inArea.reduce((sum, id) => sum + (positionOf.get(id) ?? area), 0) / Math.max(1, inArea.length);
    return { ...c, area, position, exemplars: chosen, sentences: new Map<string, SentenceMembership>() };
  });
  return placed.sort((a, b) => a.area - b.area || a.position - b.position);
}

/** The core measures with the peripheral clauses that joined them, members in document order. */
function extendCore(core: CoreAlignment, periphery: PlacedPeripheral[]): MeasureCluster[] {
  const clusters = core.clusters.map((c) => ({ members: [...c.members], secondary: new Set(c.secondary) }));
  for (const placed of periphery)
    for (const m of placed.peripheral.memberships) {
      const cluster = clusters[m.cluster]!;
      cluster.members.push(placed.profiles[m.profile.index - core.flat.length]!);
      if (m.secondary) cluster.secondary.add(m.profile.clause.id);
    }
  return clusters;
}

/** The pool of a large family: core clauses in no core measure, then the peripheral clauses in none. */
function poolOf(core: CoreAlignment, periphery: PlacedPeripheral[]): PoolItem[] {
  const items: PoolItem[] = core.flat
    .filter((p) => !core.clustersOf.has(p.clause.id))
    .map((profile) => ({ profile, core: true }));
  for (const placed of periphery)
    for (const own of placed.peripheral.leftovers)
      items.push({ profile: placed.profiles[own.index - core.flat.length]!, core: false });
  return items;
}

/**
 * Lets each clause that carries a measure through its sentences join it as a secondary member, and adds the new
 * measures found that way (sentenceMerges.ts). A member that joined so is no exemplar: the measure's title and words
 * stay those of the clauses that carry it whole.
 */
function joinBySentences(
  clusters: PlacedCluster[],
  implementing: ClauseProfile[][],
  idf: Map<string, number>,
  coreSize: number,
  placeNew: (clusters: MeasureCluster[]) => PlacedCluster[],
): PlacedCluster[] {
  const placed = new Map<MeasureCluster, PlacedCluster>(clusters.map((c) => [c, c]));
  const exemplarsOf = (c: MeasureCluster) => placed.get(c)?.exemplars ?? c.members;
  const { memberships, created } = sentenceMatches(clusters, implementing, exemplarsOf, idf, coreSize);
  const join = (cluster: PlacedCluster, merge: SentenceMembership) => {
    // A new array: `exemplars` may be the members array itself, and the one who joins is no exemplar.
    cluster.members = [...cluster.members, merge.profile];
    cluster.secondary.add(merge.profile.clause.id);
    cluster.sentences.set(merge.profile.clause.id, merge);
  };
  for (const merge of memberships) join(placed.get(merge.cluster)!, merge);
  const fresh = placeNew(created.map((c) => c.cluster));
  created.forEach((c, i) => {
    fresh[i]!.origin = c.membership;
    join(fresh[i]!, c.membership);
  });
  const order = (m: ClauseProfile) => m.docIndex * 10_000 + m.clause.ordinal;
  for (const cluster of [...clusters, ...fresh])
    if (cluster.sentences.size > 0) cluster.members.sort((x, y) => order(x) - order(y));
  return [...clusters, ...fresh].sort((a, b) => a.area - b.area || a.position - b.position);
}

/**
 * The core of a family: its superior texts and, among its implementers, CORE_DOCUMENTS of them (all of them in a
 * family no larger than that): those of `kept` (the policy ids of an earlier core) still in the family, topped up in
 * reference order (reference.ts).
 */
export function coreDocuments(family: Family, kept?: readonly string[]): PolicyDocument[] {
  const implementers = family.implementers.map((i) => i.doc);
  const core = implementers.length <= CORE_DOCUMENTS ? implementers : keptFirst(implementers, CORE_DOCUMENTS, kept);
  return [...family.texts.values(), ...core];
}

/** The policy ids of the implementers in a family's core (the ids coreDocuments keeps). */
export function coreImplementerIds(family: Family, parts: FamilyParts): string[] {
  return parts.core.docs.slice(family.texts.size).map((d) => d.policy.id);
}

/**
 * Aligns what a family's parts do not hold yet: the core when `parts` is absent or its documents differ, and every
 * peripheral document not aligned against that core before. `keptCore`: the policy ids of the core to keep.
 */
export function familyParts(
  family: Family,
  idf: Map<string, number>,
  parts?: FamilyParts,
  keptCore?: readonly string[],
): FamilyParts {
  const coreDocs = coreDocuments(family, keptCore);
  const same =
    parts && parts.core.docs.length === coreDocs.length && parts.core.docs.every((d, i) => d === coreDocs[i]);
  const core = same ? parts.core : alignCore(coreDocs, idf);
  const inCore = new Set(coreDocs);
  const periphery = new Map<string, PeripheralDoc>();
  for (const { doc } of family.implementers) {
    if (inCore.has(doc)) continue;
    const known = same ? parts.periphery.get(doc.policy.id) : undefined;
    periphery.set(doc.policy.id, known?.doc === doc ? known : alignPeripheral(core, doc, idf));
  }
  return { core, periphery };
}

/**
 * Clusters the clauses of a family's documents into measures, in the superior's order: the core exactly
 * (core.ts), every other document against the core (periphery.ts), and the clauses no core measure took among
 * themselves (leftovers.ts).
 */
export function clusterFamily(
  family: Family,
  idf: Map<string, number>,
  parts = familyParts(family, idf),
): FamilyClustering {
  const { core } = parts;
  const periphery = placePeripherals(
    core,
    family.implementers.flatMap(({ doc }) => parts.periphery.get(doc.policy.id) ?? []),
  );
  const docs = [...core.docs, ...periphery.map((p) => p.peripheral.doc)];
  const { areaOf, positionOf, areaOfSection } = positions(docs, referenceAreas(core, periphery));
  const pairOf = familyPairLookup(core, periphery, areaOf);
  const pairOfProfiles = (a: ClauseProfile, b: ClauseProfile) => pairOf(a.clause.id, b.clause.id)!;
  const leftovers = periphery.length === 0 ? [] : clusterLeftovers(poolOf(core, periphery), pairOfProfiles);
  const keys = docs.map(referenceKey);
  const exemplars = (c: MeasureCluster) => exemplarsOf(c, core.docs.length, (d) => keys[d] ?? '');
  const placed = place([...extendCore(core, periphery), ...leftovers], areaOf, positionOf, exemplars);
  const implementing = [...core.profiles.slice(family.texts.size), ...periphery.map((p) => p.profiles)];
  const clusters = joinBySentences(placed, implementing, idf, core.docs.length, (fresh) =>
    fresh.map((c) => place([c], areaOf, positionOf, exemplars)[0]!),
  );
  return { docs, coreSize: core.docs.length, clusters, areaOf, areaOfSection, pairOf, memo: core.edges };
}
