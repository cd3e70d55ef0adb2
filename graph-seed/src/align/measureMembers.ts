/**
 * A family's measures as alignFamily makes them, with their implementing clauses read from the measure's cluster
 * instead of written out for each measure. `Measure.clauses` (clause ids by implementing policy) is made when first
 * read: an import realigns the family it adds to, and the records of a province family's measures (a thousand
 * policies each) were some 10 MB of every import's garbage at 1,000 documents, while the alignment itself reads the
 * members through `forEachMember` and only a succession's few measures through the record.
 */
import type { ClauseProfile } from './profiles';
import type { Measure } from './types';

interface Members {
  /** The measure's cluster members, in member order: never changed once the family is aligned. */
  members: readonly ClauseProfile[];
  /** The family's implementing policy ids: the members of other policies (its superior texts) are not listed. */
  implementers: ReadonlySet<string>;
}

const membersOf = new WeakMap<Measure, Members>();

/** Each implementing member's policy id and clause id, in member order (the order of `Measure.clauses`). */
export function forEachMember(measure: Measure, visit: (policyId: string, clauseId: string) => void): void {
  const own = membersOf.get(measure);
  if (!own) {
    for (const [policyId, ids] of Object.entries(measure.clauses)) for (const id of ids) visit(policyId, id);
    return;
  }
  const { members, implementers } = own;
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    if (implementers.has(m.policyId)) visit(m.policyId, m.clause.id);
  }
}

function clausesByPolicy({ members, implementers }: Members): Record<string, string[]> {
  const clauses: Record<string, string[]> = {};
  for (const m of members) if (implementers.has(m.policyId)) (clauses[m.policyId] ??= []).push(m.clause.id);
  return clauses;
}

/**
 * A measure whose `clauses` are those of `members` by implementing policy, made when first read (an own enumerable
 * property, so that a copy, a comparison or JSON reads it as a plain one).
 */
export function measureOfMembers(
  head: Pick<Measure, 'id' | 'title' | 'superiorClauses'>,
  members: readonly ClauseProfile[],
  implementers: ReadonlySet<string>,
): Measure {
  const own: Members = { members, implementers };
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
