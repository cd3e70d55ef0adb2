/**
 * Scores what the alignment says about measures against the hand-labelled set (goldLabels.ts): which measures each
 * labelled clause carries (a merged clause carries every measure it is labelled with) and which measures each
 * locality left out (gaps). Shared by bench/alignment.ts and the tests.
 */
import type { GraphEdge } from '../model/graph';
import { score, type AlignmentLabels } from './goldLabels';
import type { CoverageEntry } from './types';

/** Every (clause, measure key) the labels give, as `clauseId|key`. */
export function goldMemberships(labels: AlignmentLabels): Set<string> {
  const memberships = new Set<string>();
  for (const m of labels.measures) for (const id of Object.values(m.clauses).flat()) memberships.add(`${id}|${m.key}`);
  return memberships;
}

/** The memberships of clauses labelled with two measures or more (merged clauses), as `clauseId|key`. */
export function goldMerged(labels: AlignmentLabels): Set<string> {
  const keysOf = new Map<string, string[]>();
  for (const m of labels.measures)
    for (const id of new Set(Object.values(m.clauses).flat())) keysOf.set(id, [...(keysOf.get(id) ?? []), m.key]);
  return new Set(
    [...keysOf].filter(([, keys]) => keys.length > 1).flatMap(([id, keys]) => keys.map((k) => `${id}|${k}`)),
  );
}

/** Top superior clauses each clause reaches by IMPLEMENTS*1..2 (a county clause reaches the province via its city). */
function reachedFrom(edges: GraphEdge[], isTop: (id: string) => boolean): Map<string, Set<string>> {
  const targets = new Map<string, string[]>();
  for (const e of edges) if (e.type === 'IMPLEMENTS') targets.set(e.from, [...(targets.get(e.from) ?? []), e.to]);
  const reached = new Map<string, Set<string>>();
  for (const [from, firsts] of targets) {
    const tops = new Set<string>();
    for (const first of firsts) {
      if (isTop(first)) tops.add(first);
      for (const second of targets.get(first) ?? []) if (isTop(second)) tops.add(second);
    }
    reached.set(from, tops);
  }
  return reached;
}

/**
 * The labelled measure each top superior clause stands for: the one whose labelled clauses overlap most with the
 * clauses that reach it (ties: the smaller labelled measure, so a clause merging two measures does not pull the
 * row towards the broader one). Null when no labelled clause reaches it.
 */
function measureKeys(labels: AlignmentLabels, reached: Map<string, Set<string>>): Map<string, string | null> {
  const implementers = new Map<string, Set<string>>();
  for (const [from, tops] of reached)
    for (const top of tops) implementers.set(top, (implementers.get(top) ?? new Set()).add(from));
  const keys = new Map<string, string | null>();
  for (const [top, clauses] of implementers) {
    let best: { key: string; overlap: number; size: number } | null = null;
    for (const m of labels.measures) {
      const members = Object.values(m.clauses).flat();
      const overlap = members.filter((id) => clauses.has(id)).length;
      if (overlap > 0 && (!best || overlap > best.overlap || (overlap === best.overlap && members.length < best.size)))
        best = { key: m.key, overlap, size: members.length };
    }
    keys.set(top, best?.key ?? null);
  }
  return keys;
}

/** Policy ids of the labelled localities that carry each labelled measure. */
function carriers(labels: AlignmentLabels): Map<string, Set<string>> {
  return new Map(
    labels.measures.map((m) => [m.key, new Set(Object.keys(m.clauses).filter((p) => m.clauses[p]!.length > 0))]),
  );
}

export interface MeasureScores {
  /** Memberships of merged clauses: found = every membership of a clause the alignment gives two measures or more. */
  merged: ReturnType<typeof score>;
  /** Gaps as `topClauseId|policyId` (found) against `measureKey|policyId` (labelled); see gapScore. */
  gaps: { precision: number; recall: number; reported: number; falseGaps: string[]; missedGaps: string[] };
  /** The labelled measure of each top superior clause (null: none). */
  keyOf: Map<string, string | null>;
}

/**
 * Merged-clause and gap scores of an alignment against the labels, for the top superior `superiorId` (330000-2025).
 * A reported gap (a top clause a locality does not reach) is true when the locality carries none of the labelled
 * measure's clauses, false otherwise or when the top clause stands for no labelled measure; a labelled gap is found
 * when some top clause of its measure is reported as a gap of that locality.
 */
export function measureScores(
  labels: AlignmentLabels,
  edges: GraphEdge[],
  coverage: CoverageEntry[],
  superiorId: string,
): MeasureScores {
  const reached = reachedFrom(edges, (id) => id.startsWith(`${superiorId}/`));
  const keyOf = measureKeys(labels, reached);
  // Every membership found, and those of the clauses the alignment gives two measures or more.
  const found = new Set<string>();
  const foundMerged = new Set<string>();
  for (const [from, tops] of reached) {
    const keys = new Set([...tops].map((t) => keyOf.get(t) ?? `?${t}`));
    for (const key of keys)
      (keys.size > 1 ? [found, foundMerged] : [found]).forEach((set) => set.add(`${from}|${key}`));
  }
  const labelled = new Set(labels.measures.flatMap((m) => Object.keys(m.clauses)));
  // Recall: the labelled memberships of merged clauses that were found, merged by the alignment or not. Precision:
  // the memberships of the clauses the alignment merges that are labelled (one right and one wrong measure: one
  // false membership).
  const merged = score(found, goldMerged(labels));
  const memberships = goldMemberships(labels);
  merged.falsePositives = [...foundMerged].filter((k) => !memberships.has(k));
  merged.precision = foundMerged.size === 0 ? 0 : 1 - merged.falsePositives.length / foundMerged.size;
  const entries = coverage.filter((c) => c.superiorId === superiorId && labelled.has(c.policyId));
  return { merged, gaps: gapScore(labels, entries, keyOf), keyOf };
}

function gapScore(labels: AlignmentLabels, entries: CoverageEntry[], keyOf: Map<string, string | null>) {
  const carriedBy = carriers(labels);
  const reported = entries.flatMap((e) => e.gaps.map((gap) => ({ gap, policyId: e.policyId, key: keyOf.get(gap) })));
  const isTrue = (r: (typeof reported)[number]) => !!r.key && !carriedBy.get(r.key)?.has(r.policyId);
  const falseGaps = reported.filter((r) => !isTrue(r)).map((r) => `${r.gap}|${r.policyId}`);
  const foundKeys = new Set(reported.filter(isTrue).map((r) => `${r.key}|${r.policyId}`));
  const truth = labels.measures.flatMap((m) =>
    entries
      .map((e) => e.policyId)
      .filter((p) => !carriedBy.get(m.key)?.has(p))
      .map((p) => `${m.key}|${p}`),
  );
  const missedGaps = truth.filter((k) => !foundKeys.has(k));
  return {
    precision: reported.length === 0 ? 1 : (reported.length - falseGaps.length) / reported.length,
    recall: truth.length === 0 ? 1 : (truth.length - missedGaps.length) / truth.length,
    reported: reported.length,
    falseGaps,
    missedGaps,
  };
}
