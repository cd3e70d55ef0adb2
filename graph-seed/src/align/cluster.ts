import { agreesWith } from './agreement';
import type { PairScore } from './pairScores';
import { placeOrphans } from './orphans';
import type { ClauseProfile } from './profiles';
import { claimByTitle } from './titleClaims';

/** A group of clauses of different documents that carry the same superior measure. */
export interface MeasureCluster {
  /** Members in document order; a document may contribute two clauses when it splits the measure. */
  members: ClauseProfile[];
  /** Ids of members that joined as a second (merged or split) home: their clause also sits in another measure. */
  secondary: Set<string>;
}

interface Group {
  members: ClauseProfile[];
  docs: Set<number>;
}

/** Share of the cross-document pairs between two groups that were accepted (average-linkage support). */
function support(x: Group, y: Group, accepted: Set<string>): number {
  let total = 0;
  let hits = 0;
  for (const a of x.members)
    for (const b of y.members) {
      total++;
      if (accepted.has(pairKey(a, b))) hits++;
    }
  return total === 0 ? 0 : hits / total;
}

function pairKey(a: ClauseProfile, b: ClauseProfile): string {
  return a.clause.id < b.clause.id ? `${a.clause.id}|${b.clause.id}` : `${b.clause.id}|${a.clause.id}`;
}

/** First pass: merge groups along accepted pairs, strongest first, keeping one clause per document per group. */
function primaryGroups(profiles: ClauseProfile[][], pairs: PairScore[], accepted: Set<string>): Map<string, Group> {
  const groupOf = new Map<string, Group>();
  for (const p of profiles.flat()) groupOf.set(p.clause.id, { members: [p], docs: new Set([p.docIndex]) });
  const ranked = pairs.filter((p) => p.accepted).sort((p, q) => q.score - p.score);
  for (const pair of ranked) {
    const x = groupOf.get(pair.a.clause.id);
    const y = groupOf.get(pair.b.clause.id);
    if (!x || !y || x === y || [...y.docs].some((d) => x.docs.has(d))) continue;
    // Chaining guard: two groups merge only when at least half of their cross pairs agree.
    if (support(x, y, accepted) < 0.5) continue;
    x.members.push(...y.members);
    for (const d of y.docs) x.docs.add(d);
    for (const m of y.members) groupOf.set(m.clause.id, x);
  }
  return groupOf;
}

/**
 * Clusters clauses into measures: groups along accepted correspondences; lets a clause that also carries a second
 * group's measure (a merge such as 海宁's 城镇化和农业转移人口市民化, or a split) join it as a secondary member when it
 * agrees with most of that group's other documents; places the clauses left out by a split or a merge
 * (placeOrphans); and gives each clause headed exactly as a measure to that measure (claimByTitle).
 * @returns clusters with members from at least two documents.
 */
export function clusterMeasures(profiles: ClauseProfile[][], pairs: PairScore[]): MeasureCluster[] {
  const accepted = new Set(pairs.filter((p) => p.accepted).map((p) => pairKey(p.a, p.b)));
  const scores = new Map(pairs.map((p) => [pairKey(p.a, p.b), p.bodySimilarity]));
  const bodyScore = (a: ClauseProfile, b: ClauseProfile) => scores.get(pairKey(a, b)) ?? 0;
  const groupOf = primaryGroups(profiles, pairs, accepted);
  const groups = [...new Set(groupOf.values())].filter((g) => g.docs.size >= 2);
  const clusters = groups.map((g) => ({ members: [...g.members], secondary: new Set<string>() }));
  for (const p of profiles.flat()) {
    const home = groupOf.get(p.clause.id);
    groups.forEach((group, index) => {
      if (group === home || !agreesWith(p, group.members, bodyScore)) return;
      clusters[index]!.members.push(p);
      clusters[index]!.secondary.add(p.clause.id);
    });
  }
  const measures = claimByTitle([...clusters, ...placeOrphans(profiles, pairs, clusters)], profiles, bodyScore);
  const order = (m: ClauseProfile) => m.docIndex * 10_000 + m.clause.ordinal;
  return measures.map((c) => ({ ...c, members: [...c.members].sort((x, y) => order(x) - order(y)) }));
}
