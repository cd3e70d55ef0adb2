import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../model/document';
import { firstInReferenceOrder, keptFirst, PARTIAL_BELOW, referenceOrder } from './reference';

/** A document as reference order reads it: its id and how many clauses it has. */
const doc = (id: string, clauses = PARTIAL_BELOW) =>
  ({
    policy: { id },
    clauses: Array.from({ length: clauses }, (_, i) => ({ id: `${id}/c${i + 1}` })),
  }) as unknown as PolicyDocument;

const ids = (docs: readonly PolicyDocument[]) => docs.map((d) => d.policy.id);

describe('the documents an alignment keeps measuring against', () => {
  const docs = Array.from({ length: 12 }, (_, i) => doc(`3304${String(i).padStart(2, '0')}-2025`));

  it('keeps the earlier choice when a document that would come first is added', () => {
    const [first] = referenceOrder(docs);
    const others = docs.filter((d) => d !== first);
    const chosen = ids(firstInReferenceOrder(others, 4));
    // Chosen afresh the new one would enter; kept, it does not.
    expect(ids(firstInReferenceOrder(docs, 4))).toContain(first!.policy.id);
    expect(ids(keptFirst(docs, 4, chosen))).toEqual(chosen);
  });

  it('tops the choice up in reference order when a kept document is gone or there are too few', () => {
    const chosen = ids(firstInReferenceOrder(docs, 4));
    const without = docs.filter((d) => d.policy.id !== chosen[0]);
    const kept = keptFirst(without, 4, chosen);
    expect(ids(kept)).toEqual(expect.arrayContaining(chosen.slice(1)));
    expect(ids(kept)).toHaveLength(4);
    expect(ids(keptFirst(docs, 6, chosen))).toEqual(expect.arrayContaining(chosen));
  });

  it('lets a kept partial text give way to complete ones', () => {
    const partial = doc('330499-2025', 3);
    const complete = docs.slice(0, 3);
    const kept = ids(keptFirst([...complete, partial], 4, undefined));
    expect(kept).toContain(partial.policy.id);
    expect(ids(keptFirst([...complete, partial, docs[5]!], 4, kept))).not.toContain(partial.policy.id);
  });

  it('chooses as a first build does without an earlier choice', () => {
    expect(ids(keptFirst(docs, 5, undefined))).toEqual(ids(firstInReferenceOrder(docs, 5)));
    expect(ids(keptFirst(docs, 5, []))).toEqual(ids(firstInReferenceOrder(docs, 5)));
  });
});
