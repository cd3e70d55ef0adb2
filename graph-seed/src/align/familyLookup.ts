import type { CoreAlignment } from './core';
import { unkeptPair, type PairScore } from './pairScores';
import type { PeripheralDoc } from './periphery';
import type { ClauseProfile } from './profiles';

/** A peripheral document placed in its family: its index there and its clauses' profiles stamped with it. */
export interface PlacedPeripheral {
  peripheral: PeripheralDoc;
  docIndex: number;
  /** The document's clause profiles with the family's docIndex (the PeripheralDoc's own are core-relative). */
  profiles: ClauseProfile[];
}

/** Places each peripheral document after the core, in the given (policy-id) order. */
export function placePeripherals(core: CoreAlignment, periphery: readonly PeripheralDoc[]): PlacedPeripheral[] {
  return periphery.map((peripheral, k) => {
    const docIndex = core.docs.length + k;
    return { peripheral, docIndex, profiles: peripheral.profiles.map((p) => ({ ...p, docIndex })) };
  });
}

/**
 * The pair score of any two clauses of different documents of a family: the core's own pairs (scoreFamily), a core
 * clause and a peripheral one as the peripheral document's alignment decided it, and two peripheral clauses scored
 * alone (text and reference area; no order chain is built between peripheral documents). Undefined within one
 * document or for a clause outside the family.
 * @param areaOf the reference area of every clause (the section of the family's first document it maps to).
 */
export function familyPairLookup(
  core: CoreAlignment,
  periphery: readonly PlacedPeripheral[],
  areaOf: Map<string, number>,
): (a: string, b: string) => PairScore | undefined {
  const local = new Map<string, { placed: PlacedPeripheral; own: ClauseProfile; profile: ClauseProfile }>();
  for (const placed of periphery)
    placed.profiles.forEach((profile, k) =>
      local.set(profile.clause.id, { placed, own: placed.peripheral.profiles[k]!, profile }),
    );
  const coreProfile = new Map(core.flat.map((p) => [p.clause.id, p]));
  return (a, b) => {
    const [p, q] = [local.get(a), local.get(b)];
    if (!p && !q) return core.pairs.pairOf(a, b);
    if (p && q) {
      if (p.placed === q.placed) return undefined;
      const [first, second] = p.placed.docIndex < q.placed.docIndex ? [p, q] : [q, p];
      // Kept with the core across imports: the score depends on the two texts and their areas against the core.
      let bySecond = core.alone.get(first.profile.clause);
      if (!bySecond) core.alone.set(first.profile.clause, (bySecond = new WeakMap()));
      let pair = bySecond.get(second.profile.clause);
      const sameArea = () => areaOf.get(first.profile.clause.id) === areaOf.get(second.profile.clause.id);
      if (!pair) bySecond.set(second.profile.clause, (pair = unkeptPair(first.profile, second.profile, sameArea())));
      return pair;
    }
    const peripheral = (p ?? q)!;
    const corner = coreProfile.get(p ? b : a);
    return corner && peripheral.placed.peripheral.pairWith(corner, peripheral.own);
  };
}
