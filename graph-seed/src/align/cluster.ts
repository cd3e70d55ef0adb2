import { agreesWith, SECONDARY_TUNING } from './agreement';
import type { FamilyPairs } from './familyPairs';
import { placeOrphans } from './orphans';
import type { ClauseProfile } from './profiles';
import { claimByTitle } from './titleClaims';
import type { MeasureCluster } from './types';

export type { MeasureCluster };

interface Group {
  members: ClauseProfile[];
  docs: Set<number>;
}

/**
 * Share of the cross-document pairs between two groups that were accepted (average-linkage support), counted from
 * the accepted partners of the smaller group's members: a province's measures have a hundred members each.
 */
function support(x: Group, y: Group, partners: (p: ClauseProfile) => ClauseProfile[], groupOf: Group[]): number {
  const [small, other] = x.members.length <= y.members.length ? [x, y] : [y, x];
  let hits = 0;
  for (const a of small.members) for (const b of partners(a)) if (groupOf[b.index] === other) hits++;
  const total = x.members.length * y.members.length;
  return total === 0 ? 0 : hits / total;
}

/** First pass: merge groups along accepted pairs, strongest first, keeping one clause per document per group. */
function primaryGroups(profiles: ClauseProfile[][], pairs: FamilyPairs): Group[] {
  const groupOf: Group[] = profiles.flat().map((p) => ({ members: [p], docs: new Set([p.docIndex]) }));
  const partners = (p: ClauseProfile) =>
    pairs
      .touching(p)
      .filter((q) => q.accepted)
      .map((q) => (q.a === p ? q.b : q.a));
  const accepted = new Map(profiles.flat().map((p) => [p, partners(p)]));
  const ranked = pairs.kept.filter((p) => p.accepted).sort((p, q) => q.score - p.score);
  for (const pair of ranked) {
    const x = groupOf[pair.a.index];
    const y = groupOf[pair.b.index];
    if (!x || !y || x === y || [...y.docs].some((d) => x.docs.has(d))) continue;
    // Chaining guard: two groups merge only when at least half of their cross pairs agree.
    if (support(x, y, (p) => accepted.get(p) ?? [], groupOf) < 0.5) continue;
    x.members.push(...y.members);
    for (const d of y.docs) x.docs.add(d);
    for (const m of y.members) groupOf[m.index] = x;
  }
  return groupOf;
}

/**
 * Indices of the groups (other than its own) whose measure `p` may also carry: agreesWith needs at least one member
 * whose body is as close as SECONDARY_TUNING.agree, and such a pair is always kept (scoreFamily).
 */
function candidateGroups(p: ClauseProfile, pairs: FamilyPairs, groupOf: Group[], indexOf: Map<Group, number>) {
  const candidates = new Set<number>();
  for (const pair of pairs.touching(p)) {
    const group = groupOf[(pair.a === p ? pair.b : pair.a).index];
    const index = group && indexOf.get(group);
    if (pair.bodySimilarity >= SECONDARY_TUNING.agree && group !== groupOf[p.index] && index !== undefined)
      candidates.add(index);
  }
  return [...candidates].sort((a, b) => a - b);
}

/**
 * Clusters clauses into measures: groups along accepted correspondences; lets a clause that also carries a second
 * group's measure (a merge such as 海宁's 城镇化和农业转移人口市民化, or a split) join it as a secondary member when it
 * agrees with most of that group's other documents; places the clauses left out by a split or a merge
 * (placeOrphans); and gives each clause headed exactly as a measure to that measure (claimByTitle).
 * @returns clusters with members from at least two documents.
 */
export function clusterMeasures(profiles: ClauseProfile[][], pairs: FamilyPairs): MeasureCluster[] {
  const groupOf = primaryGroups(profiles, pairs);
  const groups = [...new Set(groupOf)].filter((g) => g.docs.size >= 2);
  const indexOf = new Map(groups.map((g, index) => [g, index]));
  const clusters = groups.map((g) => ({ members: [...g.members], secondary: new Set<string>() }));
  for (const p of profiles.flat()) {
    for (const index of candidateGroups(p, pairs, groupOf, indexOf)) {
      if (!agreesWith(p, groups[index]!.members, pairs.bodyScore)) continue;
      clusters[index]!.members.push(p);
      clusters[index]!.secondary.add(p.clause.id);
    }
  }
  const orphans = placeOrphans(profiles, pairs, clusters);
  const measures = claimByTitle([...clusters, ...orphans], profiles, pairs.bodyScore);
  const order = (m: ClauseProfile) => m.docIndex * 10_000 + m.clause.ordinal;
  return measures.map((c) => ({ ...c, members: [...c.members].sort((x, y) => order(x) - order(y)) }));
}
