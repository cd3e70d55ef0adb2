import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractAreaLead, extractResponsibility, parseDepartmentList } from './departments';
import { extractPrograms } from './programs';
import { extractQuantities } from './quantities';
import { canonicalDocNumber, extractReferences, titleKey } from './references';
import { findRegionInText } from './regions';

const sample = readFileSync(new URL('../../corpus/330482-pinghu-2025.txt', import.meta.url), 'utf8').slice(0, 4000);
// Characters the extractors react to, so random strings hit their branches rather than only plain letters.
const alphabet = [
  ...'0123456789.-%、,，。(（)）〔〕[]《》“”万亿元家项个分别给予最高不低于以上责任单位:由牵头区市局浙政发号年第 ',
];
const text = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...alphabet), { maxLength: 200 }).map((cs) => cs.join('')),
  fc
    .tuple(fc.nat(sample.length), fc.nat(400), fc.string({ maxLength: 20 }))
    .map(([at, len, noise]) => sample.slice(at, at + len) + noise),
);

describe('extractors never throw', () => {
  it('on random and mutated text', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const q of extractQuantities(t)) expect(t.slice(q.offset, q.offset + q.text.length)).toBe(q.text);
        extractPrograms(t);
        extractReferences(t);
        canonicalDocNumber(t);
        titleKey(t);
        findRegionInText(t);
        const resp = extractResponsibility(t, '330482');
        if (resp) expect(resp.start).toBeLessThanOrEqual(resp.end);
        extractAreaLead(t, '330482');
        parseDepartmentList(t, '330482');
      }),
      { numRuns: 100 },
    );
  });
});
