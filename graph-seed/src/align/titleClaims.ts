import { agreesWith, SECONDARY_TUNING, type BodyScore } from './agreement';
import { cosine, matchText } from './ngrams';
import type { MeasureCluster } from './types';
import { consensusTitle, simplifiedTitle, type ClauseProfile } from './profiles';

/** A heading in matchable form: Simplified, punctuation and spacing folded (digits as #). */
const foldedTitle = (p: ClauseProfile): string => matchText(simplifiedTitle(p.clause));

/** The heading each measure will be given (consensusTitle, as the skeleton titles it), folded; null when shared. */
function measureTitles(clusters: MeasureCluster[]): Map<string, MeasureCluster | null> {
  const byTitle = new Map<string, MeasureCluster | null>();
  for (const cluster of clusters) {
    const title = matchText(consensusTitle(cluster.members.map((m) => simplifiedTitle(m.clause))));
    if (title.length > 0) byTitle.set(title, byTitle.has(title) ? null : cluster);
  }
  return byTitle;
}

/** How much more a body must resemble another measure than the named one to outweigh an identical heading. */
const OTHERWISE_FACTOR = 2;

const without = (cluster: MeasureCluster, p: ClauseProfile) => cluster.members.filter((m) => m !== p);

/** The closest body, heading excluded, among the members of other documents (headings are equal by construction). */
function bestBeyondHeading(p: ClauseProfile, members: ClauseProfile[]): number {
  const others = members.filter((m) => m.docIndex !== p.docIndex);
  return Math.max(0, ...others.map((m) => cosine(p.rest, m.rest)));
}

/**
 * Whether the body says the clause carries another measure and not the named one: it agrees with a measure it sits
 * in (agreesWith), and what it says beyond its heading is clearly closer to that measure's clauses than to the named
 * measure's. 南湖's 数字化改造 body is not: it is about as close to the named measure's 秀洲 c9 as to the others.
 */
function saysOtherwise(p: ClauseProfile, named: MeasureCluster, elsewhere: MeasureCluster[], bodyScore: BodyScore) {
  const own = bestBeyondHeading(p, named.members);
  return elsewhere.some((c) => {
    const rest = without(c, p);
    const other = bestBeyondHeading(p, rest);
    return agreesWith(p, rest, bodyScore) && other >= SECONDARY_TUNING.agree && other >= OTHERWISE_FACTOR * own;
  });
}

/**
 * A clause headed exactly as a measure is headed carries that measure: drafters copy the superior's heading when they
 * carry a measure down, so the heading outweighs a body that shares more words with a neighbouring measure (南湖's
 * 推动企业数字化、绿色化改造提速提质提效 describes only its 数字化改造 projects, yet carries the measure of that name),
 * unless the body says otherwise (saysOtherwise). The clause joins the measure it is named after and leaves any other
 * measure whose other documents its body does not agree with (agreesWith); a body that agrees with them is a merge
 * and keeps both. When the body says otherwise, the clause keeps only the measures its body agrees with.
 * @returns the measures, with at least two documents each.
 */
export function claimByTitle(
  clusters: MeasureCluster[],
  profiles: ClauseProfile[][],
  bodyScore: BodyScore,
): MeasureCluster[] {
  const titled = measureTitles(clusters);
  for (const p of profiles.flat()) {
    const named = titled.get(foldedTitle(p));
    if (!named || named.members.includes(p)) continue;
    const elsewhere = clusters.filter((c) => c.members.includes(p));
    const otherwise = saysOtherwise(p, named, elsewhere, bodyScore);
    // The shared heading is what drew the clause to a measure it was not named after; it stays only where its body
    // agrees with the measure's other documents (a merge).
    for (const cluster of elsewhere) {
      if (agreesWith(p, without(cluster, p), bodyScore)) continue;
      cluster.members = without(cluster, p);
      cluster.secondary.delete(p.clause.id);
    }
    if (otherwise) continue;
    named.members.push(p);
    if (clusters.some((c) => c !== named && c.members.includes(p))) named.secondary.add(p.clause.id);
  }
  return clusters.filter((c) => new Set(c.members.map((m) => m.docIndex)).size >= 2);
}
