/**
 * A family's measures as alignFamily makes them, their implementing clauses kept as lists of ids instead of written
 * out by policy for each measure. `Measure.clauses` (clause ids by implementing policy) is made when first
 * read: an import realigns the family it adds to, and the records of a province family's measures (a thousand
 * policies each) were some 10 MB of every import's garbage at 1,000 documents, while the alignment itself reads the
 * members through `forEachMember` and only a succession's few measures through the record.
 */
import type { ClauseProfile } from './profiles';
import type { Measure } from './types';

/**
 * Each implementing member's policy id and clause id, in member order: the ids alone, as a measure kept to the end of a
 * build would otherwise keep its members' profiles (their term vectors) with it.
 */
interface Members {
  policyIds: readonly string[];
  clauseIds: readonly string[];
}

const membersOf = new WeakMap<Measure, Members>();

/** Each implementing member's policy id and clause id, in member order (the order of `Measure.clauses`). */
export function forEachMember(measure: Measure, visit: (policyId: string, clauseId: string) => void): void {
  const own = membersOf.get(measure);
  if (!own) {
    for (const [policyId, ids] of Object.entries(measure.clauses)) for (const id of ids) visit(policyId, id);
    return;
  }
  const { policyIds, clauseIds } = own;
  for (let i = 0; i < policyIds.length; i++) visit(policyIds[i]!, clauseIds[i]!);
}

function clausesByPolicy({ policyIds, clauseIds }: Members): Record<string, string[]> {
  const clauses: Record<string, string[]> = {};
  for (let i = 0; i < policyIds.length; i++) (clauses[policyIds[i]!] ??= []).push(clauseIds[i]!);
  return clauses;
}

/**
 * A measure whose `clauses` are those of the `members` of `implementers` (the family's implementing policies: a
 * superior text's members are not listed) by policy, made when first read (an own enumerable property, so that a
 * copy, a comparison or JSON reads it as a plain one).
 */
export function measureOfMembers(
  head: Pick<Measure, 'id' | 'title' | 'superiorClauses'>,
  members: readonly ClauseProfile[],
  implementers: ReadonlySet<string>,
): Measure {
  const [policyIds, clauseIds]: [string[], string[]] = [[], []];
  for (const m of members)
    if (implementers.has(m.policyId)) {
      policyIds.push(m.policyId);
      clauseIds.push(m.clause.id);
    }
  const own: Members = { policyIds, clauseIds };
  let clauses: Record<string, string[]> | undefined;
  const measure: Measure = {
    ...head,
    get clauses() {
      return (clauses ??= clausesByPolicy(own));
    },
  };
  membersOf.set(measure, own);
  return measure;
}
