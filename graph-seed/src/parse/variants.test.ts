// Texts written for these tests that vary the format the corpus shows: another locality, full-width labels,
// 1． numbering, a partial text with clauses only, metadata block variants. The parser has never seen them.
import { describe, expect, it } from 'vitest';
import { parsePolicyText } from './parsePolicy';

/** What a corpus manifest says of a snippet that names no locality (these tests are about structure). */
const placed = { regionCode: '330411', year: 2025 };

const yiwu = [
  '各镇人民政府、街道办事处，市政府各部门：',
  '现将《义乌市推动经济高质量发展若干政策（2025年版）》印发给你们，请认真贯彻执行。',
  '义乌市人民政府',
  '2025年4月8日',
  '（此件公开发布）',
  '义乌市推动经济高质量发展若干政策',
  '（2025年版）',
  '为推动经济高质量发展，根据《浙江省人民政府印发关于推动经济高质量发展若干政策（2025年版）的通知》（浙政发〔2025〕3号）要求，制定以下政策。',
  '一、推进小商品贸易数字化（由市商务局牵头）',
  '2025年，市财政预算安排2.5亿元。',
  '（一）支持市场采购贸易。对新认定的市场采购主体给予10万元奖励。（责任单位：市商务局、市财政局）',
  '（二）推动跨境电商集聚发展。新增跨境电商主体500家以上。（责任单位：市商务局）',
  '二、加快先进制造业发展（由市经信局牵头）',
  '（三）支持企业技术改造。对技改项目给予最高300万元补助。（责任单位：市经信局、市财政局、市发改局）',
  '上述2个领域政策，市财政2025年预算安排资金支持总额为3.1亿元。',
  '本文件明确的各项政策除标明具体实施期限外，均为2025年全年实施有效。',
].join('\n');

describe('a document from another locality (义乌, full-width punctuation)', () => {
  const { document, diagnostics } = parsePolicyText(yiwu, 'yiwu.txt');

  it('reads metadata from the notice', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(document?.policy).toMatchObject({
      id: '330782-2025',
      title: '义乌市推动经济高质量发展若干政策（2025年版）',
      issuer: '义乌市人民政府',
      publishedOn: '2025-04-08',
      status: 'ISSUED',
    });
    expect(document?.policy.totalBudget?.normalizedValue).toBe(310_000_000);
  });

  it('reads full-width （一） clauses, their areas and responsibility lists', () => {
    expect(document?.sections.map((s) => s.title)).toEqual(['推进小商品贸易数字化', '加快先进制造业发展']);
    expect(document?.clauses.map((c) => [c.label, c.sectionOrdinal, c.title, c.sourceLine])).toEqual([
      ['（一）', 1, '支持市场采购贸易', 11],
      ['（二）', 1, '推动跨境电商集聚发展', 12],
      ['（三）', 2, '支持企业技术改造', 14],
    ]);
    expect(document?.clauses[2]?.departments.map((d) => [d.name, d.role, d.rank])).toEqual([
      ['市经信局', 'LEAD', 1],
      ['市财政局', 'SUPPORT', 2],
      ['市发改局', 'SUPPORT', 3],
    ]);
    expect(document?.sections[0]?.preamble).toBe('2025年，市财政预算安排2.5亿元。');
  });
});

describe('numbering variants', () => {
  it('reads 1． and 1. clauses under 1、 and 二、 areas, and a draft marker', () => {
    const text = [
      '丽水市莲都区推动经济高质量发展若干政策',
      '（征求意见稿）',
      '1、扩大有效投资政策（由区发改局牵头实施）',
      '1．加大财政支持力度。2024年预算安排政府投资项目资金7.22亿元。（责任单位：区财政局）',
      '2.强化用能要素保障。保障新上重大项目用能8万吨标准煤以上。（责任单位：区发改局）',
      '二、科技创新政策（由区科技局牵头实施）',
      '3．培育壮大企业创新主体。对首次认定的国家高新技术企业给予10万元奖励。',
      '本文件明确的各项政策，除标明具体实施期限外，均为2024年全年实施有效。',
    ].join('\r\n');
    const { document } = parsePolicyText(text, 'liandu.txt');
    expect(document?.policy).toMatchObject({ id: '331102-2024-draft', status: 'DRAFT', year: 2024 });
    expect(document?.sections.map((s) => s.label)).toEqual(['1、', '二、']);
    expect(document?.clauses.map((c) => c.label)).toEqual(['1．', '2.', '3．']);
    expect(document?.clauses[1]?.targets[0]?.normalizedUnit).toBe('万吨标准煤');
  });

  it('does not take a sentence starting with a number for a clause', () => {
    const text = ['一、推进城乡融合发展', '2025年，全区计划供应建设用地4200亩。', '1.74亿元用于农业农村建设。'].join(
      '\n',
    );
    const { document } = parsePolicyText(text, 'numbers.txt', placed);
    expect(document?.clauses).toEqual([]);
    expect(document?.sections[0]?.preamble).toContain('1.74亿元');
  });

  it('warns when a clause number is skipped', () => {
    const text = ['一、支持科技创新', '(一)第一条。', '(三)第三条。'].join('\n');
    const { diagnostics } = parsePolicyText(text, 'gap.txt');
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: 'CLAUSE_NUMBERING', line: 3, severity: 'warning' }),
    );
  });
});

describe('partial texts', () => {
  const text = ['(一)支持科技创新。给予50万元奖励。', '(二)推进城乡融合。新增农村充电桩130根。'].join('\n');

  it('refuses a text that names neither its region nor its year, saying how to place it', () => {
    const { document, diagnostics } = parsePolicyText(text, 'clauses-only.txt');
    expect(document).toBeNull();
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([
      expect.objectContaining({ code: 'NO_REGION', line: 1, message: expect.stringContaining('"regionCode"') }),
      expect.objectContaining({ code: 'NO_YEAR', line: 1, message: expect.stringContaining('"year"') }),
    ]);
  });

  it('reads a text with clauses only once the manifest places it, warning about its missing title', () => {
    const { document, diagnostics } = parsePolicyText(text, 'clauses-only.txt', placed);
    // Nothing says it is 秀洲's 推动经济高质量发展若干政策, so it does not take that document's id.
    expect(document?.policy.id).toMatch(/^330411-2025-[0-9a-z]{5}$/);
    expect(document?.clauses.map((c) => [c.title, c.sectionOrdinal])).toEqual([
      ['支持科技创新', 0],
      ['推进城乡融合', 0],
    ]);
    expect(document?.sections).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toContain('NO_TITLE');
  });

  it('appends a clause continued on the next line to that clause', () => {
    const text = ['一、支持科技创新', '(一)支持研发。对企业', '给予10万元奖励。(责任单位:区科技局)'].join('\n');
    const { document } = parsePolicyText(text, 'wrapped.txt', placed);
    expect(document?.clauses[0]?.text).toBe('支持研发。对企业给予10万元奖励。(责任单位:区科技局)');
  });
});

describe('web metadata block variants', () => {
  it('reads one field per line, 文号 spelled with [] and 號, and ignores page chrome', () => {
    const text = [
      '阅读辅助',
      '索引号：11330100002489/2025-00012',
      '发文机关：杭州市人民政府',
      '成文日期：2025-02-20',
      '发文字号：杭政[2025]7號',
      '有效性：有效',
      '进入老年模式',
      '杭州市推动经济高质量发展若干政策（2025年版）',
      '一、推进教育科技人才一体发展（由市科技局牵头）',
      '（一）推动高能级科创平台提质增效。（责任单位：市科技局）',
      '[附件下载]',
    ].join('\n');
    const { document } = parsePolicyText(text, 'hangzhou.txt');
    expect(document?.policy).toMatchObject({
      id: '330100-2025',
      docNumber: '杭政〔2025〕7号',
      publishedOn: '2025-02-20',
      issuer: '杭州市人民政府',
      title: '杭州市推动经济高质量发展若干政策（2025年版）',
    });
    expect(document?.clauses).toHaveLength(1);
  });
});

describe('annex variants', () => {
  const body = ['一、推进城乡融合发展（由市农业农村局牵头）', '（一）推进乡村产业振兴。（责任单位：市农业农村局）'];

  it('reads a | table that follows the closing paragraph without a 附件 marker', () => {
    const text = [
      ...body,
      '本文件明确的各项政策除标明具体实施期限外，均为2025年全年实施有效。',
      '八大领域 | 争取事项 | 具体目标 | 责任单位 |',
      '一、推进城乡融合发展 | 1.争取省财政支持。 | 争取省级资金1.4亿元以上。 | 市农业农村局、市财政局 |',
      '2.推进乡村产业振兴。 | 培育“土特产”全产业链2条。 | 市农业农村局 | |',
    ].join('\n');
    const { document } = parsePolicyText(text, 'no-marker.txt', placed);
    expect(document?.policy.validity).toContain('2025年全年实施有效');
    expect(document?.requests.map((r) => [r.area, r.item, r.departments.map((d) => d.name)])).toEqual([
      ['一、推进城乡融合发展', '争取省财政支持', ['市农业农村局', '市财政局']],
      ['一、推进城乡融合发展', '推进乡村产业振兴', ['市农业农村局']],
    ]);
  });

  it('reads blank-line blocks whose area heading leads the first block', () => {
    const text = [
      ...body,
      '附件：',
      '积极争取省市政策事项清单',
      '\t争取事项',
      '\t具体目标',
      '\t责任单位',
      '',
      '\t一、推进城乡融合发展',
      '\t1.争取资金支持',
      '\t争取中央耕地建设和利用资金2895.55万元。',
      '\t区农水局',
      '\t',
      '\t2.建设美丽乡村',
      '\t打造和美乡村示范片区1个。',
      '\t区农水局、区资规分局',
    ].join('\n');
    const { document } = parsePolicyText(text, 'blocks.txt', placed);
    expect(document?.requests.map((r) => [r.ordinal, r.item, r.goal, r.sourceLine])).toEqual([
      [1, '争取资金支持', '争取中央耕地建设和利用资金2895.55万元。', 10],
      [2, '建设美丽乡村', '打造和美乡村示范片区1个。', 14],
    ]);
  });
});
