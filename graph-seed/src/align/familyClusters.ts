import type { PolicyDocument } from '../model/document';
import { clusterMeasures, type MeasureCluster } from './cluster';
import type { Family } from './family';
import { scoreFamily, type FamilyPairs } from './familyPairs';
import type { PairScore } from './pairScores';
import { profileClauses, type ClauseProfile } from './profiles';

/** A measure cluster placed in the superior's order: its area (in the reference document) and position. */
export interface PlacedCluster extends MeasureCluster {
  area: number;
  position: number;
}

/** The clustering of one family: its documents, the pair scores it kept and the placed clusters. */
export interface FamilyClustering {
  docs: PolicyDocument[];
  /** The pairs above the chain threshold (scoreFamily); pairOf gives any other. */
  pairs: PairScore[];
  clusters: PlacedCluster[];
  /** Reference area of every clause id (section ordinal of the first document). */
  areaOf: Map<string, number>;
  /** Reference area of every section id. */
  areaOfSection: Map<string, number>;
  /** The pair score of two clauses of different documents, in either order. */
  pairOf: (a: string, b: string) => PairScore | undefined;
}

function positions(docs: PolicyDocument[], areas: FamilyPairs['areas']) {
  const areaOf = new Map<string, number>();
  const positionOf = new Map<string, number>();
  const areaOfSection = new Map<string, number>();
  docs.forEach((doc, index) => {
    const toReference = new Map<number, number>();
    if (index > 0) for (const [r, d] of areas(0, index)) toReference.set(d, r);
    for (const section of doc.sections) {
      const area = index === 0 ? section.ordinal : (toReference.get(section.ordinal) ?? section.ordinal);
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

function place(clusters: MeasureCluster[], areaOf: Map<string, number>, positionOf: Map<string, number>) {
  const placed = clusters.map((c) => {
    const ids = c.members.map((m) => m.clause.id);
    const area = mostCommon(ids.map((id) => areaOf.get(id) ?? 0));
    const inArea = ids.filter((id) => areaOf.get(id) === area);
    const position = inArea.reduce((sum, id) => sum + (positionOf.get(id) ?? area), 0) / Math.max(1, inArea.length);
    return { ...c, area, position };
  });
  return placed.sort((a, b) => a.area - b.area || a.position - b.position);
}

/**
 * Clusters the clauses of a family's documents (superior texts first when the corpus has them, then the
 * implementers) into measures, in the superior's order.
 */
export function clusterFamily(family: Family, idf: Map<string, number>): FamilyClustering {
  const docs = [...family.texts.values(), ...family.implementers.map((i) => i.doc)];
  const profiles: ClauseProfile[][] = profileClauses(docs, idf);
  const pairs = scoreFamily(docs, profiles, idf);
  const { areaOf, positionOf, areaOfSection } = positions(docs, pairs.areas);
  return {
    docs,
    pairs: pairs.kept,
    clusters: place(clusterMeasures(profiles, pairs), areaOf, positionOf),
    areaOf,
    areaOfSection,
    pairOf: pairs.pairOf,
  };
}
