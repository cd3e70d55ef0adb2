import type { ClauseProfile } from './profiles';

/** Body similarity of two clauses of different documents (0 when the pair was not scored). */
export type BodyScore = (a: ClauseProfile, b: ClauseProfile) => number;

/** Tuning of the second pass (merges and splits), measured by bench/alignment.ts. */
export const SECONDARY_TUNING = {
  /** A pair whose bodies are at least this similar counts as agreement with a measure's member. */
  agree: 0.25,
  /** A measure with a single member of another document needs bodies this similar. */
  single: 0.35,
} as const;

/**
 * Whether clause `p` also carries the measure of `members` (it merges that measure into its clause, or its document
 * splits the measure over two clauses): its body agrees with most of the members of other documents.
 * One other document is a single pair of evidence: it must be close, and it does not make a split — when `p`'s own
 * document already has a clause in the measure, one similar pair is as likely a neighbour sharing vocabulary
 * (湖州 c4 rewards incubators per new 高新技术企业; 秀洲 c7 rewards the 高新技术企业 themselves).
 * @param members the measure's members, `p` itself excluded.
 */
export function agreesWith(p: ClauseProfile, members: ClauseProfile[], bodyScore: BodyScore): boolean {
  const others = members.filter((m) => m.docIndex !== p.docIndex);
  if (others.length === 0) return false;
  const scores = others.map((m) => bodyScore(p, m));
  if (others.length === 1) return others.length === members.length && (scores[0] ?? 0) >= SECONDARY_TUNING.single;
  const agreeing = scores.filter((s) => s >= SECONDARY_TUNING.agree).length;
  return agreeing >= 2 && agreeing * 2 >= others.length;
}
