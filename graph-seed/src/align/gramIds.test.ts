import { describe, expect, it } from 'vitest';
import { seededRandom } from '../io/seededRandom';
import { gramId, gramText, pairId } from './gramIds';

describe('pairId', () => {
  it("gives each pair of code points its bigram's gramId, before and after its table grows", () => {
    const random = seededRandom(7);
    // CJK, ASCII and astral code points; 80,000 distinct pairs grow the table (65,536 slots, kept half full) twice.
    const codes = [
      ...Array.from({ length: 300 }, (_, k) => 0x4e00 + k),
      ...Array.from({ length: 60 }, (_, k) => 0x21 + k),
      0x20000,
      0x2a6d6,
    ];
    const pairs: Array<[number, number]> = [];
    for (const first of codes) for (const second of codes) pairs.push([first, second]);
    const sample = pairs.filter(() => random() < 0.62);
    expect(sample.length).toBeGreaterThan(80_000);
    const ids = sample.map(([first, second]) => pairId(first, second));
    const texts = sample.map(([first, second]) => String.fromCodePoint(first) + String.fromCodePoint(second));
    expect(ids).toEqual(texts.map(gramId));
    expect(ids.map(gramText)).toEqual(texts);
    expect(sample.map(([first, second]) => pairId(first, second))).toEqual(ids);
    expect(new Set(ids).size).toBe(sample.length);
  });
});
