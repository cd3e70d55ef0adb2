import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight';

describe('highlightSegments', () => {
  it('marks amounts, programs and departments and keeps all the text', () => {
    const text = '实施“尖兵”“领雁”科技计划,新认定的给予每家100万元补助。(责任单位:区科技局、区财政局)';
    const segments = highlightSegments(text, text, [
      { term: '100万元', kind: 'amount', note: '1000000 元' },
      { term: '“尖兵”“领雁”科技计划', kind: 'program' },
      { term: '区科技局', kind: 'department' },
      { term: '区财政局', kind: 'department' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.kind).map((s) => [s.kind, s.text])).toEqual([
      ['program', '“尖兵”“领雁”科技计划'],
      ['amount', '100万元'],
      ['department', '区科技局'],
      ['department', '区财政局'],
    ]);
    expect(segments.find((s) => s.kind === 'amount')?.note).toBe('1000000 元');
  });

  it('finds a Simplified term in a Traditional text through the Simplified text', () => {
    const text = '推動高能級科創平臺提質增效,實施科創平臺夥伴計劃';
    const simplified = '推动高能级科创平台提质增效,实施科创平台伙伴计划';
    const segments = highlightSegments(text, simplified, [{ term: '科创平台伙伴计划', kind: 'program' }]);
    expect(segments.filter((s) => s.kind).map((s) => s.text)).toEqual(['科創平臺夥伴計劃']);
  });

  it('lets the higher-priority kind win where marks overlap, and marks every occurrence', () => {
    const text = '每家50万元,再给予50万元';
    const segments = highlightSegments(text, text, [
      { term: '家50万元', kind: 'department' },
      { term: '50万元', kind: 'amount' },
    ]);
    expect(segments.filter((s) => s.kind).map((s) => [s.kind, s.text])).toEqual([
      ['amount', '50万元'],
      ['amount', '50万元'],
    ]);
  });

  it('never marks a figure inside a longer number, and carries a badge', () => {
    const text = '分別給予150萬元、50萬元獎勵,共2150萬元';
    const segments = highlightSegments(text, text, [{ term: '50萬元', kind: 'amount', badge: 'fixed' }]);
    expect(segments.filter((s) => s.kind).map((s) => [s.text, s.badge])).toEqual([['50萬元', 'fixed']]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('ignores empty terms and terms that are absent', () => {
    expect(
      highlightSegments('文本', '文本', [
        { term: '', kind: 'amount' },
        { term: '无', kind: 'target' },
      ]),
    ).toEqual([{ text: '文本' }]);
  });
});
