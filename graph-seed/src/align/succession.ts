import type { PolicyDocument } from '../model/document';
import type { GraphEdge } from '../model/graph';
import { alignAreas } from './areas';
import { linkProperties, methodOf, score3 } from './links';
import { scorePairs } from './pairScores';
import { profileClauses } from './profiles';

/** Score above which a newer clause's best older counterpart is taken as its predecessor. */
export const SUCCESSION_FAIR = 0.15;

/** Pairs (newer, older) of documents of the same region: each document and the latest earlier one. */
export function successions(docs: PolicyDocument[]): Array<[PolicyDocument, PolicyDocument]> {
  const pairs: Array<[PolicyDocument, PolicyDocument]> = [];
  for (const newer of docs) {
    const older = docs
      .filter((d) => d.policy.region.code === newer.policy.region.code && d.policy.year < newer.policy.year)
      .sort((a, b) => b.policy.year - a.policy.year || a.policy.id.localeCompare(b.policy.id))[0];
    if (older) pairs.push([newer, older]);
  }
  return pairs;
}

/**
 * SUCCEEDS edges from the clauses of a newer document to the clauses of the older one of the same locality that
 * carry the same measure (same signals as peer alignment: text, area, order). A clause may succeed several
 * (秀洲 2025 merges three 2024 rural clauses into 推进乡村产业振兴).
 */
export function succeed(newer: PolicyDocument, older: PolicyDocument, idf: Map<string, number>): GraphEdge[] {
  const [a, b] = profileClauses([newer, older], idf);
  const scored = scorePairs(a ?? [], b ?? [], alignAreas(newer, older, idf));
  // One locality rewords its own clauses more between years than peers do within a year, and the 2024 areas differ
  // from 2025's: a clause's best counterpart is also taken when it is fair (SUCCESSION_FAIR), not only strong.
  const best = new Map<string, number>();
  for (const p of scored) best.set(p.a.clause.id, Math.max(best.get(p.a.clause.id) ?? 0, p.score));
  const pairs = scored.filter((p) => p.accepted || (p.score >= SUCCESSION_FAIR && p.score === best.get(p.a.clause.id)));
  return pairs.map((pair) => {
    const source = pair.a.clause;
    const target = pair.b.clause;
    const { evidence, changedQuantities } = linkProperties(
      { id: source.id, textSimplified: source.textSimplified, quantities: [...source.amounts, ...source.targets] },
      { id: target.id, textSimplified: target.textSimplified, quantities: [...target.amounts, ...target.targets] },
      idf,
      false,
    );
    const properties = { score: score3(pair.score), method: methodOf(pair), evidence, changedQuantities };
    return { type: 'SUCCEEDS', from: source.id, to: target.id, properties } satisfies GraphEdge;
  });
}
