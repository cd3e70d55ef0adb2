import { PAIR_TUNING, type PairScore } from './pairScores';
import type { ClauseProfile } from './profiles';

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

/** Tuning of the second pass (merges and splits), measured by bench/alignment.ts. */
export const SECONDARY_TUNING = {
  /** A pair whose bodies are at least this similar counts as agreement with a group member. */
  agree: 0.25,
  /** A group with a single member of another document needs bodies this similar. */
  single: 0.35,
} as const;

/** Whether clause `p` also carries the measure of `group` (it agrees with most of the group's other documents). */
function joinsAsSecondary(p: ClauseProfile, group: Group, scoreOf: (a: ClauseProfile, b: ClauseProfile) => number) {
  const others = group.members.filter((m) => m.docIndex !== p.docIndex);
  if (others.length === 0) return false;
  const scores = others.map((m) => scoreOf(p, m));
  if (others.length === 1) return (scores[0] ?? 0) >= SECONDARY_TUNING.single;
  const agreeing = scores.filter((s) => s >= SECONDARY_TUNING.agree).length;
  return agreeing >= 2 && agreeing * 2 >= others.length;
}

/**
 * A clause left alone because its counterpart already sits in a measure with another clause of its document (平湖
 * splits 秀洲's 数字化、绿色化改造 into two clauses) forms a measure with that counterpart when their texts agree
 * strongly; the counterpart joins as a secondary member.
 */
function orphanClusters(profiles: ClauseProfile[][], pairs: PairScore[], groupOf: Map<string, Group>) {
  const byPartner = new Map<ClauseProfile, MeasureCluster>();
  const alone = (p: ClauseProfile) => (groupOf.get(p.clause.id)?.docs.size ?? 1) < 2;
  for (const p of profiles.flat().filter(alone)) {
    const best = pairs
      .filter((q) => q.accepted && q.score >= PAIR_TUNING.strong && (q.a === p || q.b === p))
      .map((q) => ({ partner: q.a === p ? q.b : q.a, score: q.score }))
      .filter(({ partner }) => !alone(partner))
      .sort((x, y) => y.score - x.score)[0];
    if (!best) continue;
    const cluster = byPartner.get(best.partner) ?? {
      members: [best.partner],
      secondary: new Set([best.partner.clause.id]),
    };
    if (cluster.members.some((m) => m.docIndex === p.docIndex)) continue;
    cluster.members.push(p);
    byPartner.set(best.partner, cluster);
  }
  return [...byPartner.values()];
}

/**
 * Clusters clauses into measures: groups along accepted correspondences, then lets a clause that also carries a
 * second group's measure (a merge such as 海宁's 城镇化和农业转移人口市民化, or a split) join it as a secondary
 * member when it agrees with most of that group's other documents.
 * @returns clusters with members from at least two documents.
 */
export function clusterMeasures(profiles: ClauseProfile[][], pairs: PairScore[]): MeasureCluster[] {
  const accepted = new Set(pairs.filter((p) => p.accepted).map((p) => pairKey(p.a, p.b)));
  const scores = new Map(pairs.map((p) => [pairKey(p.a, p.b), p.bodySimilarity]));
  const scoreOf = (a: ClauseProfile, b: ClauseProfile) => scores.get(pairKey(a, b)) ?? 0;
  const groupOf = primaryGroups(profiles, pairs, accepted);
  const groups = [...new Set(groupOf.values())].filter((g) => g.docs.size >= 2);
  const clusters = new Map<Group, MeasureCluster>(
    groups.map((g) => [g, { members: [...g.members], secondary: new Set<string>() }]),
  );
  for (const p of profiles.flat()) {
    const home = groupOf.get(p.clause.id);
    for (const group of groups) {
      if (group === home || !joinsAsSecondary(p, group, scoreOf)) continue;
      const cluster = clusters.get(group)!;
      cluster.members.push(p);
      cluster.secondary.add(p.clause.id);
    }
  }
  const orphans = orphanClusters(profiles, pairs, groupOf);
  const order = (m: ClauseProfile) => m.docIndex * 10_000 + m.clause.ordinal;
  return [...clusters.values(), ...orphans].map((c) => ({
    ...c,
    members: [...c.members].sort((x, y) => order(x) - order(y)),
  }));
}
