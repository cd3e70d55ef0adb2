import { nearestNeighbours } from './candidateIndex';
import type { MeasureCluster } from './cluster';
import { PAIR_TUNING, type PairScore } from './pairScores';
import type { ClauseProfile } from './profiles';

/** Candidate partners kept per clause, and the bigrams each clause probes the index with. */
const NEIGHBOURS = 8;
const PROBES = 12;
/** Members of each group whose pairs decide whether two groups merge. */
const SAMPLE = 6;

/** A clause of a large family that no core measure took. */
export interface PoolItem {
  profile: ClauseProfile;
  /** A core clause: the core's exact alignment already kept it apart from the other core clauses. */
  core: boolean;
}

interface Group {
  /** Item indices, ascending. */
  members: number[];
  docs: Set<number>;
}

/** Share of the cross pairs (different documents) of two groups' first members that are accepted. */
function support(x: Group, y: Group, items: PoolItem[], accepted: (i: number, j: number) => boolean): number {
  let hits = 0;
  let total = 0;
  for (const i of x.members.slice(0, SAMPLE))
    for (const j of y.members.slice(0, SAMPLE)) {
      if (items[i]!.profile.docIndex === items[j]!.profile.docIndex) continue;
      total++;
      if (accepted(i, j)) hits++;
    }
  return total === 0 ? 0 : hits / total;
}

function mergeSorted(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]! < b[j]!) ? a[i++]! : b[j++]!);
  return out;
}

/**
 * Measures among the clauses of a large family that no core measure took (leftovers of the core, clauses of
 * peripheral documents): a measure the core's documents do not carry, or carry once. Candidates come from an inverted
 * index (nearestNeighbours); a pair is accepted when its text is strong (PAIR_TUNING.strong; no order chain is built
 * between peripheral documents); groups merge along accepted pairs, strongest first, one clause per document, when
 * at least half of the cross pairs of their first members agree. Two core clauses are never paired here: the core's
 * exact alignment kept them apart. The result depends on the set of items alone, not on their order of arrival.
 * @param items in a canonical order (core first, then documents in family order, clauses in document order).
 * @param pairOf the pair score of two clauses of different documents.
 */
export function clusterLeftovers(
  items: PoolItem[],
  pairOf: (a: ClauseProfile, b: ClauseProfile) => PairScore,
): MeasureCluster[] {
  const memo = new Map<number, PairScore>();
  const pair = (i: number, j: number) => {
    const key = i < j ? i * items.length + j : j * items.length + i;
    let found = memo.get(key);
    if (!found) memo.set(key, (found = pairOf(items[Math.min(i, j)]!.profile, items[Math.max(i, j)]!.profile)));
    return found;
  };
  const accepted = (i: number, j: number) =>
    !(items[i]!.core && items[j]!.core) && pair(i, j).score >= PAIR_TUNING.strong;
  const profiles = items.map((item) => item.profile);
  const neighbours = nearestNeighbours(profiles, (i, j) => pair(i, j).score, {
    k: NEIGHBOURS,
    probes: PROBES,
    floor: PAIR_TUNING.strong - 1e-12,
  });
  const candidates = new Map<number, [number, number]>();
  neighbours.forEach((list, i) =>
    list.forEach(({ item: j }) => {
      const [lo, hi] = i < j ? [i, j] : [j, i];
      if (accepted(lo, hi)) candidates.set(lo * items.length + hi, [lo, hi]);
    }),
  );
  const ranked = [...candidates.values()].sort(
    ([a, b], [c, d]) => pair(c, d).score - pair(a, b).score || a - c || b - d,
  );
  const groupOf: Group[] = items.map((item, i) => ({ members: [i], docs: new Set([item.profile.docIndex]) }));
  for (const [i, j] of ranked) {
    const [x, y] = [groupOf[i]!, groupOf[j]!];
    if (x === y || [...y.docs].some((d) => x.docs.has(d))) continue;
    if (support(x, y, items, accepted) < 0.5) continue;
    x.members = mergeSorted(x.members, y.members);
    for (const d of y.docs) x.docs.add(d);
    for (const m of y.members) groupOf[m] = x;
  }
  const order = (p: ClauseProfile) => p.docIndex * 10_000 + p.clause.ordinal;
  return [...new Set(groupOf)]
    .filter((g) => g.docs.size >= 2 && g.members.some((m) => !items[m]!.core))
    .map((g) => ({
      members: g.members.map((m) => items[m]!.profile).sort((a, b) => order(a) - order(b)),
      secondary: new Set<string>(),
    }));
}
