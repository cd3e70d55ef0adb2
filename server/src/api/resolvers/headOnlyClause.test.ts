import { describe, expect, it } from 'vitest';
import type { ClauseHead, ClauseInfo } from '../../repository';
import { headOnlyClause } from './headOnlyClause';

const head: ClauseHead = {
  id: '330411-2025/c1',
  policyId: '330411-2025',
  sectionId: '330411-2025/s1',
  ordinal: 1,
  label: '（一）',
  title: '支持科技企业孵化器建设',
  sourceLine: 12,
  sectionOrdinal: 1,
  inferred: false,
  localAddition: false,
  support: null,
};
const whole: ClauseInfo = { ...head, text: '全文', textSimplified: '全文', inferredFrom: [], offers: [] };

describe('headOnlyClause', () => {
  it('answers the head fields and copies them as data', () => {
    const clause = headOnlyClause(head);
    expect(clause.title).toBe(head.title);
    expect(clause.sectionId).toBe(head.sectionId);
    expect(JSON.parse(JSON.stringify(clause))).toEqual(head);
  });

  it('throws when a long field is read, even when the head was a whole clause', () => {
    for (const source of [head, whole]) {
      const clause = headOnlyClause(source);
      expect(() => clause.text).toThrow(/heads, yet the query asks their text/);
      expect(() => clause.offers).toThrow(/offers/);
      expect(Object.keys(clause)).not.toContain('text');
    }
  });
});
