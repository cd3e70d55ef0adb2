import { describe, expect, it } from 'vitest';
import { parsePolicyText } from './parsePolicy';
import { distinctPolicyIds } from './distinctIds';
import { syntheticCorpus } from '../io/syntheticCorpus';
import type { PolicyDocument } from '../model/document';

describe('distinctPolicyIds', () => {
  const docs = syntheticCorpus(100, 1)
    .map((t) => parsePolicyText(t.text, t.name).document)
    .filter((d): d is PolicyDocument => d !== null);

  it('gives a second document of one locality and year a stable suffix, children renamed with it', () => {
    const ids = docs.map((d) => d.policy.id);
    expect(new Set(ids).size).toBeLessThan(ids.length); // the synthetic corpus does collide
    const distinct = distinctPolicyIds(docs);
    const newIds = distinct.map((d) => d.policy.id);
    expect(new Set(newIds).size).toBe(newIds.length);
    const renamed = distinct.find((d, i) => d.policy.id !== docs[i]?.policy.id);
    expect(renamed?.policy.id).toMatch(/^\d{6}-\d{4}(?:-draft)?-[0-9a-z]{5}$/);
    for (const child of [...(renamed?.sections ?? []), ...(renamed?.clauses ?? []), ...(renamed?.requests ?? [])]) {
      expect(child.id.startsWith(`${renamed?.policy.id}/`)).toBe(true);
    }
  });

  it('keeps unique ids as they are, steps past ids already taken, and ignores the input order', () => {
    const ids = (list: PolicyDocument[]) => distinctPolicyIds(list).map((d) => `${d.policy.sourceFile}:${d.policy.id}`);
    expect(ids([...docs].reverse()).sort()).toEqual(ids(docs).sort());
    const first = docs[0];
    if (!first) throw new Error('no synthetic document');
    expect(distinctPolicyIds([first])[0]).toBe(first);
    expect(distinctPolicyIds([first], [first.policy.id])[0]?.policy.id).toMatch(
      new RegExp(`^${first.policy.id}-[0-9a-z]{5}$`),
    );
  });
});
