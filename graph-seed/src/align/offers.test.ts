import { describe, expect, it } from 'vitest';
import { syntheticDocuments } from '../io/syntheticCorpus';
import { offersJson, offersOf } from './offers';

describe('offersJson', () => {
  it('writes the very text JSON.stringify writes of offersOf, for sources of every size', () => {
    const documents = syntheticDocuments(24, 7);
    const neutral = (text: string) => text.replace(/市/g, '省');
    let offered = 0;
    for (let ordinal = 0; ordinal < 60; ordinal++)
      for (const count of [2, 9, 24]) {
        const sources = documents.slice(0, count).flatMap((d) => d.clauses[ordinal] ?? []);
        const expected = JSON.stringify(offersOf(sources, neutral));
        expect(offersJson(sources, neutral)).toBe(expected);
        // Asked twice: the second from the figures' kept text.
        expect(offersJson(sources, neutral)).toBe(expected);
        if (expected !== '[]') offered += 1;
      }
    expect(offered).toBeGreaterThan(20);
  });
});
