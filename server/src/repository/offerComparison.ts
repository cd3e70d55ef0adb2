/**
 * A locality's figures beside what the implementers of an inferred superior clause offer (issue 12 item 2): an
 * inferred clause states no figure of its own, so a locality's amount is placed against the implementers' median —
 * "海宁 300万元 vs implementers' median 100万元 (higher)" — and is never said to be raised or lowered from a value no
 * superior text states. Seen from the locality's side: the lower clause of the IMPLEMENTS edge.
 */
import type { ClauseInfo, QuantityInfo, QuantityRange } from './types';

export type OfferPosition = 'HIGHER' | 'SAME' | 'LOWER';

export interface OfferComparison {
  /** The locality's figure. */
  quantity: QuantityInfo;
  /** The implementers' range the figure was counted in. */
  offer: QuantityRange;
  /** The figure against the range's median. */
  position: OfferPosition;
}

/**
 * The figures of the lower clause that the superior's offers counted (by Target id), each against its offer's
 * median; nothing when the superior clause has text (its own figures are compared as changes instead).
 */
export function againstOffers(superior: ClauseInfo, lowerQuantities: readonly QuantityInfo[]): OfferComparison[] {
  if (!superior.inferred) return [];
  const byId = new Map(lowerQuantities.map((q) => [q.id, q]));
  return superior.offers.flatMap((offer) =>
    (offer.figures ?? []).flatMap((figure) => {
      const quantity = byId.get(figure.id);
      if (!quantity) return [];
      const value = quantity.normalizedValue;
      const position: OfferPosition = value > offer.median ? 'HIGHER' : value < offer.median ? 'LOWER' : 'SAME';
      return [{ quantity, offer, position }];
    }),
  );
}
