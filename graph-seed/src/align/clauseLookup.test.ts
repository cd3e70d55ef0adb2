import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../model/document';
import { syntheticDocuments } from '../io/syntheticCorpus';
import { clauseLookup } from './clauseLookup';

const plainMap = (docs: PolicyDocument[]) => new Map(docs.flatMap((d) => d.clauses.map((c) => [c.id, c] as const)));

/** Every clause id of `docs`, ids of no clause besides (a stub's inferred clause, a clause past the last, no policy). */
function askedIds(docs: PolicyDocument[]): string[] {
  const ids = docs.flatMap((d) => d.clauses.map((c) => c.id));
  const others = docs.flatMap((d) => [`${d.policy.id}/c${d.clauses.length + 1}`, `${d.policy.id}/s1`, d.policy.id]);
  return [...ids, ...others, '330000-2025/c1', 'c1', ''];
}

describe('clauseLookup', () => {
  it('answers every id as the map of every clause does', () => {
    const docs = syntheticDocuments(40, 3);
    const [lookup, map] = [clauseLookup(docs), plainMap(docs)];
    for (const id of askedIds(docs)) expect(lookup.get(id)).toBe(map.get(id));
    expect(docs.flatMap((d) => d.clauses).every((c) => lookup.get(c.id) === c)).toBe(true);
  });

  it('answers documents whose clause ids do not follow their policy id, and two documents of one id, alike', () => {
    const docs = syntheticDocuments(12, 5);
    const renamed: PolicyDocument = {
      ...docs[1]!,
      clauses: docs[1]!.clauses.map((c, i) => ({ ...c, id: `${docs[2]!.policy.id}/c${i + 1}` })),
    };
    const twice: PolicyDocument = { ...docs[3]!, clauses: docs[3]!.clauses.slice(0, 2) };
    for (const set of [
      [docs[0]!, renamed, ...docs.slice(2)],
      [...docs, twice],
    ]) {
      const [lookup, map] = [clauseLookup(set), plainMap(set)];
      for (const id of askedIds(set)) expect(lookup.get(id)).toBe(map.get(id));
    }
  });
});
