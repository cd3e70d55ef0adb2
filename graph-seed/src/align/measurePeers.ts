/**
 * What successions read of the measures (alignCorpus.ts): the measures each clause sits in and their core members,
 * read through the measures' members (measureMembers.ts) and indexed per family, once per family alignment.
 */
import type { Clause } from '../model/document';
import type { ClauseLookup } from './clauseLookup';
import { internContext } from './keptResults';
import { forEachMember } from './measureMembers';
import type { Measure } from './types';

/** Each clause's measures: the measure itself for a clause in one (most clauses), else the list. */
type ClausesMeasures = Map<string, Measure | Measure[]>;

// Each clause's measures in one family's list of measures, made once per list: a family kept from the last alignment
// keeps its list (only the family an import adds to is indexed again, not a province's every clause).
const measuresByClause = new WeakMap<readonly Measure[], ClausesMeasures>();

function clausesMeasures(measures: readonly Measure[]): ClausesMeasures {
  let byClause = measuresByClause.get(measures);
  if (byClause) return byClause;
  const made: ClausesMeasures = new Map();
  for (const measure of measures)
    forEachMember(measure, (_, id) => {
      const known = made.get(id);
      if (known === undefined) made.set(id, measure);
      else if (Array.isArray(known)) known.push(measure);
      else made.set(id, [known, measure]);
    });
  measuresByClause.set(measures, (byClause = made));
  return byClause;
}

/**
 * The clauses of other core documents that share a measure with a clause (its peers), by clause id: looked up on
 * demand through the measures each clause sits in (only the newer documents of successions ask). Peers come from the
 * families' cores only (at most CORE_DOCUMENTS implementers each), as a peripheral document is aligned against the
 * core: a measure of a thousand members would otherwise lend a thousand clauses to every one of them, and a
 * province's successions would cost n² (t(1000)/t(300) was 11.5 with every member lent).
 * `keyOf` stands for what `peersOf` returns for a clause (its measures' core members, interned per measure), so that
 * a kept succession is recognised without finding its peers (every import asked for every newer clause's peers).
 * `measuresOf` lists a clause's measures, in the families' order: a clause is a member of its own family's only.
 * @param families each family's measures, in the alignment's order.
 */
export function measurePeers(families: ReadonlyArray<readonly Measure[]>, byId: ClauseLookup, core: Set<string>) {
  const indexes = families.map(clausesMeasures);
  const measuresOf = (clauseId: string): readonly Measure[] => {
    for (const index of indexes) {
      const found = index.get(clauseId);
      if (found) return Array.isArray(found) ? found : [found];
    }
    return [];
  };
  // Each measure's members of core documents, and their interned key, once per alignment and only when asked.
  const coreMembers = new Map<Measure, { ids: string[]; key: number }>();
  const coreOf = (measure: Measure) => {
    let found = coreMembers.get(measure);
    if (!found) {
      // By policy, in the order policies first appear (Measure.clauses' order): a core document's clauses together.
      const byPolicy = new Map<string, string[]>();
      forEachMember(measure, (policyId, id) => {
        if (!core.has(policyId)) return;
        const known = byPolicy.get(policyId);
        if (known) known.push(id);
        else byPolicy.set(policyId, [id]);
      });
      const ids = [...byPolicy.values()].flat();
      coreMembers.set(measure, (found = { ids, key: internContext(ids.join(',')) }));
    }
    return found;
  };
  const peersOf = (clauseId: string): readonly Clause[] => {
    const own = `${clauseId.slice(0, clauseId.lastIndexOf('/'))}/`;
    const ids = new Set(measuresOf(clauseId).flatMap((m) => coreOf(m).ids));
    return [...ids].filter((id) => !id.startsWith(own)).flatMap((id) => byId.get(id) ?? []);
  };
  // The peers are a function of the clause's own id (same for the same document) and its measures' core members.
  const keyOf = (clauseId: string): string =>
    measuresOf(clauseId)
      .map((m) => coreOf(m).key)
      .join('+');
  return { peersOf, keyOf, measuresOf };
}
