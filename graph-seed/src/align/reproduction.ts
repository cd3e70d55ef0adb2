/**
 * How much of the nearest real text a clause keeps word for word (issue 12): against a real superior clause, that
 * clause's text; against an inferred one — words no superior wrote — the closest implementing peer's, the one whose
 * text it keeps most of. The edge says which (`reproductionBasis` SUPERIOR or PEER, `reproducedFrom`).
 */
import { keptVerbatim, linkProperties, type LinkEnd } from './links';

export interface Reproduction {
  /** Share 0–1 of the compared text kept verbatim; null when no real text was compared. */
  reproduction: number | null;
  basis: 'SUPERIOR' | 'PEER' | null;
  /** Id of the clause whose text was compared. */
  from: string | null;
}

const policyOf = (id: string) => id.slice(0, id.lastIndexOf('/'));

/**
 * The reproduction of `source`'s link to `target`.
 * @param inferred whether `target` is an inferred clause (its text is a consensus, not a superior's).
 * @param peers real clauses of other localities carrying the same measure (the measure's exemplars, bounded).
 */
export function reproductionOf(
  source: LinkEnd,
  target: LinkEnd,
  inferred: boolean,
  peers: LinkEnd[],
  idf: Map<string, number>,
): Reproduction {
  if (!inferred)
    return {
      reproduction: linkProperties(source, target, idf, false).reproduction,
      basis: 'SUPERIOR',
      from: target.id,
    };
  let best: Reproduction = { reproduction: null, basis: null, from: null };
  for (const peer of peers) {
    if (peer.id === source.id || policyOf(peer.id) === policyOf(source.id)) continue;
    const kept = keptVerbatim(source, peer);
    if (best.reproduction === null || kept > best.reproduction)
      best = { reproduction: kept, basis: 'PEER', from: peer.id };
  }
  return best;
}
