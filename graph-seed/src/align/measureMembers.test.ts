import { describe, expect, it } from 'vitest';
import { forEachMember, measureOfMembers } from './measureMembers';
import type { ClauseProfile } from './profiles';
import type { Measure } from './types';

// Only what the measure reads of a member: its policy and its clause's id.
const member = (policyId: string, n: number) => ({ policyId, clause: { id: `${policyId}/c${n}` } }) as ClauseProfile;

// The province's text (p) is a member, not an implementer; 海宁 (hn) carries the measure in two clauses.
const members = [member('p', 1), member('hn', 3), member('hn', 4), member('jx', 2), member('hn', 9)];
const head = { id: 'p/c1', title: '稳岗', superiorClauses: ['p/c1'] };
const visited = (measure: Measure) => {
  const seen: string[] = [];
  forEachMember(measure, (policyId, id) => seen.push(`${policyId} ${id}`));
  return seen;
};

describe('measureOfMembers', () => {
  const measure = measureOfMembers(head, members, new Set(['hn', 'jx']));
  const record = { hn: ['hn/c3', 'hn/c4', 'hn/c9'], jx: ['jx/c2'] };

  it('lists the implementing members’ clauses by policy, in member order, as a plain record reads', () => {
    expect(measure.clauses).toEqual(record);
    expect(measure).toEqual({ ...head, clauses: record });
    expect(JSON.parse(JSON.stringify(measure))).toEqual({ ...head, clauses: record });
    expect(structuredClone(measure)).toEqual({ ...head, clauses: record });
  });

  it('visits the implementing members in member order, without the record', () => {
    expect(visited(measure)).toEqual(['hn hn/c3', 'hn hn/c4', 'jx jx/c2', 'hn hn/c9']);
  });

  it('visits the record of a measure made elsewhere', () => {
    expect(visited({ ...head, clauses: record })).toEqual(['hn hn/c3', 'hn hn/c4', 'hn hn/c9', 'jx jx/c2']);
  });
});
