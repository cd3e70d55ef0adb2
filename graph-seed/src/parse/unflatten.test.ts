import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalize';
import { repairShiftedGbk } from '../text/gbkShift';
import { unflatten } from './unflatten';

const flat =
  '丽水市莲都区推动经济高质量发展若干政策来源:某网站 阅读:12次 莲都区推动经济高质量发展若干政策 (2025 年版) ' +
  '为推动经济高质量发展,制定以下政策。 一、强化科技创新(区科技局牵头) 2025 年,研发投入强度达到 2.9%。 ' +
  '(一)加强创新平台建设。对新认定的省级重点实验室给予 50 万元奖励。(责任单位:区科技局) ' +
  '(二)加强关键核心技术攻关。争取省重大科技项目 2 项以上。 二、扩大有效投资 (三)推进重大项目建设。';

describe('unflatten', () => {
  it('cuts a flattened line on its headings in sequence and on the spaces that stood for line breaks', () => {
    const { lines, diagnostics } = unflatten(normalizeText(flat, 'flat.txt').lines, 'flat.txt');
    expect(lines.map((l) => l.text)).toEqual([
      '丽水市莲都区推动经济高质量发展若干政策',
      '来源:某网站',
      '阅读:12次',
      '莲都区推动经济高质量发展若干政策',
      '(2025 年版)',
      '为推动经济高质量发展,制定以下政策。',
      '一、强化科技创新(区科技局牵头)',
      '2025 年,研发投入强度达到 2.9%。',
      '(一)加强创新平台建设。对新认定的省级重点实验室给予 50 万元奖励。(责任单位:区科技局)',
      '(二)加强关键核心技术攻关。争取省重大科技项目 2 项以上。',
      '二、扩大有效投资',
      '(三)推进重大项目建设。',
    ]);
    expect(lines.every((l) => l.line === 1 && l.key.length === l.text.length)).toBe(true);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'FLATTENED', line: 1 })]);
  });

  it('leaves a paragraph that mentions a clause alone, and labels out of sequence', () => {
    const paragraph = `按照本办法(一)(二)项执行,${'给予奖励。'.repeat(40)} 一、二类企业除外。`;
    const { lines } = unflatten(normalizeText(paragraph, 'p.txt').lines, 'p.txt');
    expect(lines).toHaveLength(1);
  });
});

describe('repairShiftedGbk', () => {
  it('reads back a GBK line decoded one byte out of step, only when the repair starts like a heading', () => {
    const heading = (text: string) => /^[（(][一二三四五六七八九十]/.test(text);
    expect(repairShiftedGbk('。ㄒ唬┩苿痈吣芗壙苿撈脚_提質增效。', heading)).toBe('（一）推動高能級科創平臺提質增效。');
    expect(repairShiftedGbk('。ù思_發布)', heading)).toBeNull();
    expect(repairShiftedGbk('plain ascii', heading)).toBeNull();
  });
});
