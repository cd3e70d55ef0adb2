import type { Clause, PolicyDocument } from '../model/document';
import { indexAreas, type IndexedAreas } from './areas';
import { indexRows, type IndexedRows } from './bulkSimilarity';
import { clusterMeasures, type MeasureCluster } from './cluster';
import { scoreFamily, type FamilyPairs } from './familyPairs';
import type { EdgeMemo } from './edgeMemo';
import type { PairScore } from './pairScores';
import { profileClauses, type ClauseProfile } from './profiles';

/**
 * A family's core aligned exactly (issue 5): every pair of clauses of different documents scored (scoreFamily), the
 * pairs decided with the documents' order, and the clauses clustered into measures (clusterMeasures). A family no
 * larger than CORE_DOCUMENTS is all core; a larger one aligns its other documents against this (periphery.ts).
 */
export interface CoreAlignment {
  /** Superior texts first, then the core implementers in policy-id order. */
  docs: PolicyDocument[];
  profiles: ClauseProfile[][];
  /** Every core clause at the position of its `index`. */
  flat: ClauseProfile[];
  /** The core clauses indexed for comparison with one more document. */
  rows: IndexedRows;
  /** The core documents' areas indexed likewise. */
  areas: IndexedAreas;
  pairs: FamilyPairs;
  clusters: MeasureCluster[];
  /** The core clusters (indices into `clusters`) each core clause is a member of. */
  clustersOf: Map<string, number[]>;
  /** Pair scores of two peripheral clauses, once computed (familyLookup.ts), by their clauses. */
  alone: WeakMap<Clause, WeakMap<Clause, PairScore>>;
  /** Each member's IMPLEMENTS and peer edges in its measure's context (edgeMemo.ts). */
  edges: EdgeMemo;
}

export function alignCore(docs: PolicyDocument[], idf: Map<string, number>): CoreAlignment {
  const profiles = profileClauses(docs, idf);
  const flat = profiles.flat();
  const pairs = scoreFamily(docs, profiles, idf);
  const clusters = clusterMeasures(profiles, pairs);
  const clustersOf = new Map<string, number[]>();
  clusters.forEach((cluster, index) => {
    for (const m of cluster.members) clustersOf.set(m.clause.id, [...(clustersOf.get(m.clause.id) ?? []), index]);
  });
  return {
    docs,
    profiles,
    flat,
    rows: indexRows(flat),
    areas: indexAreas(docs, idf),
    pairs,
    clusters,
    clustersOf,
    alone: new WeakMap(),
    edges: new WeakMap(),
  };
}
