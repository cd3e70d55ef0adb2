/**
 * The IMPLEMENTS edge of succession-propagated coverage (coverageSuccession.ts): inferred, and saying so (method
 * `succession`, `inheritedFrom`, evidence), with the reproduction and changed figures every IMPLEMENTS edge has.
 */
import type { ClauseLookup } from './clauseLookup';
import type { Clause } from '../model/document';
import type { GraphEdge } from '../model/graph';
import { linkProperties, type LinkEnd } from './links';
import { reproductionOf } from './reproduction';

/** The method of an IMPLEMENTS edge inferred from the locality's older document. */
export const SUCCESSION_METHOD = 'succession';

const linkEnd = (c: Clause): LinkEnd => ({
  id: c.id,
  textSimplified: c.textSimplified,
  quantities: [...c.amounts, ...c.targets],
  words: c,
});

/**
 * Reproduction and changed figures of an inherited link, as every IMPLEMENTS edge has them (reproduction.ts): against
 * the superior's text when it is in the corpus, else against the closest of `peers` (the measure's clauses in other
 * localities).
 */
export function reproductionProperties(
  source: Clause,
  target: string,
  peers: Clause[],
  context: { clauseById: ClauseLookup; idf: Map<string, number> },
) {
  const superior = context.clauseById.get(target);
  const targetEnd = superior ? linkEnd(superior) : { id: target, textSimplified: '', quantities: [] };
  const reproduced = reproductionOf(linkEnd(source), targetEnd, !superior, peers.map(linkEnd), context.idf);
  const changedQuantities = superior
    ? linkProperties(linkEnd(source), targetEnd, context.idf, false).changedQuantities
    : '[]';
  return {
    changedQuantities,
    ...(reproduced.reproduction !== null
      ? {
          reproduction: reproduced.reproduction,
          reproductionBasis: reproduced.basis!,
          reproducedFrom: reproduced.from!,
        }
      : {}),
  };
}

/**
 * @param evidence the older clause's heading and the successor's sentence that says it and the measure.
 * @param reproduction reproductionProperties.
 * @param merged whether the clause carries another measure: the inherited one rides in it (merged); the clause's own
 *   link keeps its flag, its measure being carried by a clause of its own.
 */
export function inheritedEdge(
  succession: GraphEdge,
  target: string,
  evidence: string[],
  reproduction: ReturnType<typeof reproductionProperties>,
  merged: boolean,
): GraphEdge {
  const properties = {
    score: Number(succession.properties.score ?? 0),
    method: SUCCESSION_METHOD,
    evidence,
    ...reproduction,
    merged,
    // Never a candidate, whatever the succession's score: two signals agree (the older heading names the measure, and
    // the successor's sentence says it and the older clause).
    candidate: false,
    inheritedFrom: succession.to,
  };
  return { type: 'IMPLEMENTS', from: succession.from, to: target, properties };
}
