/**
 * searchKey reads a table of the code units search skips instead of running its pattern (searchQuery.ts): the keys
 * must be what the pattern gives, for every code unit and for random texts mixing Chinese, Latin, digits, punctuation
 * of every kind, spaces, and characters beyond the BMP (which take the pattern's way).
 */
import { describe, expect, it } from 'vitest';
import { searchKey } from './searchQuery';
import { randomOf } from './searchTestRows';

const byPattern = (text: string) => text.replace(/[\p{P}\p{Z}\s]/gu, '').toLowerCase();

const PIECES = [
  '发改局',
  '科技',
  '（',
  '）',
  '，',
  '。',
  '、',
  ' ',
  '\u3000',
  '\u00a0',
  'A',
  'Ab',
  '1',
  '—',
  '%',
  '〔',
  '〕',
  '《',
  '》',
  '\u2028',
  '\t',
  '\n',
  '𠀋',
  '\u{10100}',
  '\u{1F600}',
  'İ',
  'ß',
  '·',
  '‧',
  '¥',
  '万元',
  '\ud800',
];

describe('searchKey', () => {
  it('keeps or skips each code unit as the pattern does', () => {
    for (let unit = 0; unit < 0x10000; unit++) {
      const text = `a${String.fromCharCode(unit)}b`;
      if (searchKey(text) !== byPattern(text)) expect(searchKey(text), `U+${unit.toString(16)}`).toBe(byPattern(text));
    }
  });

  it("gives the pattern's key for random texts", () => {
    const random = randomOf(7);
    for (let round = 0; round < 5000; round++) {
      const text = Array.from({ length: random(12) }, () => PIECES[random(PIECES.length)]).join('');
      expect(searchKey(text), JSON.stringify(text)).toBe(byPattern(text));
    }
  });
});
