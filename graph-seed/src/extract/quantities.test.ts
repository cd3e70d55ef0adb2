import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractQuantities } from './quantities';

const corpus = (name: string) => readFileSync(new URL(`../../corpus/${name}`, import.meta.url), 'utf8');
const brief = (text: string) =>
  extractQuantities(text).map((q) => [q.kind, q.value, q.unit, q.qualifier, q.normalizedValue, q.normalizedUnit]);

describe('extractQuantities', () => {
  it('reads budgets in a Traditional section preamble (秀洲 2025) with offsets into the original', () => {
    const text =
      '2025年,區級財政預算安排1.74億元,其中支持重大科創平臺建設等1.15億元,支持人才引育0.59億元。新增高新技術企業200家以上。';
    const qs = extractQuantities(text);
    expect(brief(text)).toEqual([
      ['BUDGET', 1.74, '亿元', null, 174000000, '元'],
      ['BUDGET', 1.15, '亿元', null, 115000000, '元'],
      ['BUDGET', 0.59, '亿元', null, 59000000, '元'],
      ['GOAL', 200, '家', '以上', 200, '家'],
    ]);
    for (const q of qs) expect(text.slice(q.offset, q.offset + q.text.length)).toBe(q.text);
    expect(qs[3]?.metric).toBe('高新技术企业');
  });

  it('pairs tiers with their metrics and keeps the qualifier text (最高可給予)', () => {
    const qs = extractQuantities(
      '對新認定的國家級、省級科技企業孵化器分別給予50萬元、25萬元獎勵。單個項目最高可給予50萬元補助。',
    );
    expect(qs.map((q) => [q.metric, q.kind, q.normalizedValue])).toEqual([
      ['国家级科技企业孵化器', 'SUBSIDY', 500000],
      ['省级科技企业孵化器', 'SUBSIDY', 250000],
      ['项目', 'SUBSIDY', 500000],
    ]);
    expect(qs[2]?.text).toBe('最高可給予50萬元');
    expect(qs[2]?.qualifier).toBe('最高');
  });

  it('handles tiered lists, ranges, rates, percentages, areas, energy and floors', () => {
    expect(brief('分别给予300万元、150万元、50万元').map((q) => q[4])).toEqual([3000000, 1500000, 500000]);
    expect(brief('给予10-20万元奖励')).toEqual([
      ['SUBSIDY', 10, '万元', '最低', 100000, '元'],
      ['SUBSIDY', 20, '万元', '最高', 200000, '元'],
    ]);
    expect(brief('给予200元/标箱补贴')).toEqual([['SUBSIDY', 200, '元/标箱', null, 200, '元/标箱']]);
    expect(brief('增长8%，新增4000亩，节能8万吨标准煤，最低工资不低于14100元，补助0.5万元')).toEqual([
      ['GOAL', 8, '%', null, 8, '%'],
      ['GOAL', 4000, '亩', null, 4000, '亩'],
      ['GOAL', 8, '万吨标准煤', null, 8, '万吨标准煤'],
      ['GOAL', 14100, '元', '不低于', 14100, '元'],
      ['SUBSIDY', 0.5, '万元', null, 5000, '元'],
    ]);
  });

  it('counts with every counter and full-width digits', () => {
    const counters = ['家', '项', '个', '人', '名', '条', '所', '张', '辆', '套', '场', '次'];
    for (const c of counters) expect(brief(`新增３${c}左右`)).toEqual([['GOAL', 3, c, '左右', 3, c]]);
  });

  it('ignores years, dates, ordinals, phone numbers, 文号, durations and quoted slogans', () => {
    const text = '2025年5月23日,第20届博览会,电话0573-82345678,浙政发〔2025〕3号,3个月内,保障在“3个70%”的基础上,2.0版';
    expect(extractQuantities(text)).toEqual([]);
  });

  it('pairs each tier named before a comma and 分別 with its value, 和 before the last value (秀洲 2025 c13)', () => {
    const qs = extractQuantities(
      '對經認定的國家級、省級、市級制造業企業技術中心,分別給予75萬元、25萬元、10萬元獎勵。' +
        '對經認定的國際、國內、省內、市內首臺(套)裝備(首批次新材料、首版次軟件),分別給予100萬元、75萬元、25萬元和10萬元獎勵。',
    );
    expect(qs.map((q) => [q.metric, q.normalizedValue])).toEqual([
      ['国家级制造业企业技术中心', 750000],
      ['省级制造业企业技术中心', 250000],
      ['市级制造业企业技术中心', 100000],
      ['国际首台(套)装备', 1000000],
      ['国内首台(套)装备', 750000],
      ['省内首台(套)装备', 250000],
      ['市内首台(套)装备', 100000],
    ]);
  });

  it('reads award grades after the award they grade, the first tier after the verb (秀洲 2024 c13)', () => {
    const qs = extractQuantities(
      '对以第一项目完成单位获得省科技大奖、省科学技术奖(包括省自然科学奖、省技术发明奖、省科学技术进步奖)一等奖、二等奖、三等奖的,' +
        '分别给予150万元、50万元、30万元、10万元奖励。',
    );
    expect(qs.map((q) => q.metric)).toEqual([
      '省科技大奖',
      '省科学技术奖一等奖',
      '省科学技术奖二等奖',
      '省科学技术奖三等奖',
    ]);
  });

  it('keeps thresholds as conditions: their bound as qualifier, what is measured as metric, 人民币 dropped', () => {
    const qs = extractQuantities(
      '对推进项目的承担单位给予补助,项目投入大于人民币100万元,或项目涉及备案专利产品形成销售大于人民币2000万元的,' +
        '列为重点项目,给予人民币15万元的补助;其它为一般项目,给予人民币10万元的补助;对研发费用占营收比重高于5%的企业。',
    );
    expect(qs.map((q) => [q.metric, q.qualifier, q.text])).toEqual([
      ['项目投入', '超过', '大于人民币100万元'],
      ['项目涉及备案专利产品形成销售', '超过', '大于人民币2000万元'],
      ['重点项目', null, '15万元'],
      ['一般项目', null, '10万元'],
      ['研发费用占营收比重', '超过', '高于5%'],
    ]);
  });

  it('lets the second value of a list measure what the first does (15%、20%; 1%(含)-3%; 分别 without named tiers)', () => {
    const metrics = (text: string) => extractQuantities(text).map((q) => q.metric);
    expect(metrics('增加普通成品家居品类,按售价给予15%、20%补贴')).toEqual(['售价', '售价']);
    expect(metrics('规上企业研发费用占营业收入占比达到1%(含)-3%(不含)的')).toEqual([
      '规上企业研发费用占营业收入占比',
      '规上企业研发费用占营业收入占比',
    ]);
    expect(metrics('力争两大创新区分别实现营业收入450亿元、200亿元')).toEqual(['营业收入', '营业收入']);
  });

  it('reads the noun after a count when the words before it name nothing or end a list', () => {
    const metrics = (text: string) => extractQuantities(text).map((q) => q.metric);
    expect(metrics('深入实施行动,组织10个境外拓市团组、400家次企业参展。')).toEqual(['境外拓市团组', '企业']);
    expect(metrics('推进南湖希望小学、上音秀洲幼儿园等13个学校项目建设')).toEqual(['学校项目']);
    expect(metrics('新增高新技术企业200家以上。')).toEqual(['高新技术企业']);
    expect(metrics('对首次认定的高新技术企业,每家给予最高20万元奖励')).toEqual(['首次认定高新技术企业']);
  });

  it('finds the amounts of every corpus document, in both scripts', () => {
    const expectations: Array<[string, string]> = [
      ['330411-xiuzhou-2025.txt', '1.74億元'],
      ['330411-xiuzhou-2024-draft.txt', '万元'],
      ['330500-huzhou-2025.txt', '億元'],
      ['330481-haining-2025.txt', '亿元'],
      ['330482-pinghu-2025.txt', '萬元'],
    ];
    for (const [file, unitText] of expectations) {
      const text = corpus(file);
      const qs = extractQuantities(text);
      expect(qs.filter((q) => q.normalizedUnit === '元').length, file).toBeGreaterThan(20);
      expect(
        qs.some((q) => q.text.includes(unitText)),
        file,
      ).toBe(true);
      for (const q of qs) expect(text.slice(q.offset, q.offset + q.text.length)).toBe(q.text);
    }
  });

  it('says what each figure does: cap, fixed sum, rate, threshold, goal, budget, project size', () => {
    const roles = (text: string) => extractQuantities(text).map((q) => [q.text, q.role, q.kind]);
    expect(
      roles('其研发费用达到100万元以上且增幅达到15%以上的,按研发费增量的10%给予补助,每家企业最高不超过250万元。'),
    ).toEqual([
      ['100万元以上', 'THRESHOLD', 'SUBSIDY'],
      ['15%以上', 'THRESHOLD', 'SUBSIDY'],
      ['10%', 'RATE', 'SUBSIDY'],
      ['不超过250万元', 'CAP', 'SUBSIDY'],
    ]);
    expect(roles('2025年,全市财政预算安排94.17亿元。持续优化3亿元以上项目“三库三单”。新增高新技术企业30家。')).toEqual([
      ['94.17亿元', 'BUDGET', 'BUDGET'],
      ['3亿元以上', 'PROJECT_SIZE', 'GOAL'],
      ['30家', 'GOAL', 'GOAL'],
    ]);
    expect(roles('对首次认定的国家高新技术企业给予10万元奖励。所有行政村集体经济年经营性收入达到80万元以上。')).toEqual(
      [
        ['10万元', 'FIXED', 'SUBSIDY'],
        ['80万元以上', 'GOAL', 'GOAL'],
      ],
    );
  });

  it('carries 最高 across a 分别 list to every item (分别给予最高150万元、100万元)', () => {
    const qs = extractQuantities('對新認定的國家級、省級科技企業孵化器的民營企業分別給予最高150萬元、100萬元獎勵。');
    expect(qs.map((q) => [q.text, q.role, q.qualifier, q.unit])).toEqual([
      ['最高150萬元', 'CAP', '最高', '万元'],
      ['100萬元', 'CAP', '最高', '万元'],
    ]);
  });

  it('reads 由X扩至Y as one goal growing from X, and keeps 约 and 左右', () => {
    const qs = extractQuantities('家電補貼由8類擴圍至12類。支持总额约26亿元。力争新增无还本续贷40亿元左右。');
    expect(qs.map((q) => [q.text, q.value, q.from, q.approximate])).toEqual([
      ['由8類擴圍至12類', 12, 8, false],
      ['约26亿元', 26, null, true],
      ['40亿元左右', 40, null, true],
    ]);
  });

  it('keeps the unit of each list item: 每亩 before the list, a unit written once after it, 台(套)', () => {
    const units = (text: string) => extractQuantities(text).map((q) => [q.text, q.unit, q.normalizedValue]);
    expect(units('每亩分别增加15元、40元和50元补贴')).toEqual([
      ['15元', '元/亩', 15],
      ['40元', '元/亩', 40],
      ['50元', '元/亩', 50],
    ]);
    expect(units('推动农创客、现代“新农人”分别达到1万、4万名。完成设备更新1000台(套)以上。')).toEqual([
      ['达到1万', '万名', 10000],
      ['4万名', '万名', 40000],
      ['1000台(套)以上', '台', 1000],
    ]);
  });

  it('reads 万 without 元 as money where the words say so, and other currencies and measures', () => {
    const units = (text: string) =>
      extractQuantities(text).map((q) => [q.text, q.role, q.normalizedValue, q.normalizedUnit]);
    expect(units('對一般模式出口信用保險保費給予最高60%的補助,最高補貼500萬。實際利用外資3.5億美元。')).toEqual([
      ['最高60%', 'RATE', 60, '%'],
      ['最高補貼500萬', 'CAP', 5000000, '元'],
      ['3.5億美元', 'GOAL', 350000000, '美元'],
    ]);
    expect(units('保障全社會電量供給92億千瓦時左右、天然氣供應3億方左右,產量在3億斤左右。')).toEqual([
      ['92億千瓦時左右', 'GOAL', 9200000000, '千瓦时'],
      ['3億方左右', 'GOAL', 300000000, '立方米'],
      ['3億斤左右', 'GOAL', 300000000, '斤'],
    ]);
    expect(extractQuantities('推动农创客分别达到1万、4万名,第5万个')).toHaveLength(2);
  });

  it('never starts or ends a matched text inside a number', () => {
    for (const file of ['330411-xiuzhou-2025.txt', '330482-pinghu-2025.txt', '330500-huzhou-2025.txt']) {
      const text = corpus(file);
      for (const q of extractQuantities(text)) {
        const before = text[q.offset - 1] ?? '';
        const after = text[q.offset + q.text.length] ?? '';
        // A cut inside a number leaves a digit on both sides of the edge (0台套以上 cut from 1000台套以上).
        expect(`${before}|${q.text}`, file).not.toMatch(/^[\d.０-９．]\|[\d０-９]/);
        expect(`${q.text}|${after}`, file).not.toMatch(/[\d０-９]\|[\d.０-９．]$/);
      }
    }
  });

  it('reads a figure followed by 级 as a class, not a target (500吨级及以上泊位 counts berths)', () => {
    const found = extractQuantities('新增內河500噸級及以上泊位4個,新增500吨级泊位2个');
    expect(found.map((q) => [q.value, q.unit])).toEqual([
      [4, '个'],
      [2, '个'],
    ]);
  });
});
