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

// Each peripheral document's last placing: an import shifts only the documents after the one it adds (policy-id
// order), and the others' profiles, stamped anew on every import, were a copy of every clause of a province's family
// kept by the alignment and dropped by the next.
const lastPlaced = new WeakMap<PeripheralDoc, PlacedPeripheral>();

/** Places each peripheral document after the core, in the given (policy-id) order. */
export function placePeripherals(core: CoreAlignment, periphery: readonly PeripheralDoc[]): PlacedPeripheral[] {
  return periphery.map((peripheral, k) => {
    const docIndex = core.docs.length + k;
    const last = lastPlaced.get(peripheral);
    if (last?.docIndex === docIndex) return last;
    const placed = { peripheral, docIndex, profiles: peripheral.profiles.map((p) => ({ ...p, docIndex })) };
    lastPlaced.set(peripheral, placed);
    return placed;
  });
}

interface LocalClause {
  placed: PlacedPeripheral;
  own: ClauseProfile;
  profile: ClauseProfile;
}

// Each placed document's clauses by id, and whether every id is `{policy id}/c{n}` (placings are kept across
// imports: placePeripherals).
const clausesOfPlaced = new WeakMap<PlacedPeripheral, { clauses: Map<string, LocalClause>; regular: boolean }>();

function clausesOf(placed: PlacedPeripheral): { clauses: Map<string, LocalClause>; regular: boolean } {
  let found = clausesOfPlaced.get(placed);
  if (!found) {
    const prefix = `${placed.peripheral.doc.policy.id}/`;
    found = { clauses: new Map(), regular: true };
    for (let k = 0; k < placed.profiles.length; k++) {
      const profile = placed.profiles[k]!;
      const id = profile.clause.id;
      found.regular &&= id.startsWith(prefix) && id.indexOf('/', prefix.length) < 0;
      found.clauses.set(id, { placed, own: placed.peripheral.profiles[k]!, profile });
    }
    clausesOfPlaced.set(placed, found);
  }
  return found;
}

/**
 * The peripheral documents' clauses by id, found through their documents (a clause id is `{policy id}/c{n}`), as
 * one map of every clause answers: that map, made on every import, held every clause of a province's family. A
 * document whose clause ids are of another form, or two of one policy id, are answered from such a map.
 */
function peripheralClauses(periphery: readonly PlacedPeripheral[]): { get(id: string): LocalClause | undefined } {
  const byPolicy = new Map<string, Map<string, LocalClause>>();
  let plain = false;
  for (const placed of periphery) {
    const { clauses, regular } = clausesOf(placed);
    const policyId = placed.peripheral.doc.policy.id;
    plain ||= !regular || byPolicy.has(policyId);
    byPolicy.set(policyId, clauses);
  }
  if (!plain) return { get: (id) => byPolicy.get(id.slice(0, id.lastIndexOf('/')))?.get(id) };
  const local = new Map<string, LocalClause>();
  for (const placed of periphery) for (const [id, clause] of clausesOf(placed).clauses) local.set(id, clause);
  return local;
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
  const local = peripheralClauses(periphery);
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
