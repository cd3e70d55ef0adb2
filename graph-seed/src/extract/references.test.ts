import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalDocNumber, extractReferences, titleKey } from './references';

const corpus = (name: string) => readFileSync(new URL(`../../corpus/${name}`, import.meta.url), 'utf8');
const PROVINCE_KEY = '330000:推动经济高质量发展若干政策(2025年版)';

describe('canonicalDocNumber', () => {
  it('gives one spelling whatever the brackets, script, width and spacing', () => {
    for (const raw of [
      '浙政發[2025]3號',
      '浙政发（2025）3号',
      '浙政发〔２０２５〕３号',
      '浙政发 〔2025〕 3 号',
      '浙政发［2025］03号',
    ]) {
      expect(canonicalDocNumber(raw), raw).toBe('浙政发〔2025〕3号');
    }
    expect(canonicalDocNumber('海政发〔2025〕10号')).toBe('海政发〔2025〕10号');
    expect(canonicalDocNumber('2025年5月23日')).toBeNull();
    expect(canonicalDocNumber('')).toBeNull();
  });
});

describe('titleKey', () => {
  it('names the province document the same way with and without the notice wrapping', () => {
    expect(titleKey('《浙江省人民政府印发关于推动经济高质量发展若干政策(2025年版)的通知》')).toBe(PROVINCE_KEY);
    expect(titleKey('《浙江省关于推动经济高质量发展若干政策（2025年版）》')).toBe(PROVINCE_KEY);
    expect(titleKey('《關于推動經濟高質量發展若干政策(2025年版)》', '330000')).toBe(PROVINCE_KEY);
    expect(titleKey('嘉兴市人民政府关于印发嘉兴市推动经济高质量发展若干政策(2025年版)的通知')).toBe(
      '330400:推动经济高质量发展若干政策(2025年版)',
    );
  });
});

describe('extractReferences', () => {
  it('reads the declared superior documents of 秀洲 2025 (Traditional) as IMPLEMENTS, one reference per title+文号', () => {
    const preamble = corpus('330411-xiuzhou-2025.txt').split('\n')[7] ?? '';
    const refs = extractReferences(preamble);
    expect(refs.map((r) => [r.docNumber, r.relation, r.title])).toEqual([
      ['浙政发〔2025〕3号', 'IMPLEMENTS', '浙江省关于推动经济高质量发展若干政策(2025年版)'],
      ['嘉政发〔2025〕6号', 'IMPLEMENTS', '嘉兴市关于推动经济高质量发展若干政策(2025年版)'],
    ]);
    expect(refs[0]?.raw).toContain('浙政發〔2025〕3號');
  });

  it('reads 海宁 (title only) and 平湖 (、-separated) declarations', () => {
    const haining = extractReferences('根据《浙江省关于推动经济高质量发展若干政策(2025年版)》要求,结合海宁市实际');
    expect(haining.map((r) => [r.policyKey, r.relation])).toEqual([[`title:${PROVINCE_KEY}`, 'IMPLEMENTS']]);
    const pinghu = corpus('330482-pinghu-2025.txt');
    const declared = extractReferences(pinghu).filter((r) => r.relation === 'IMPLEMENTS');
    expect(declared.map((r) => r.policyKey)).toEqual(['浙政发〔2025〕3号', '嘉政发〔2025〕6号']);
  });

  it('reads declarations in every form: 承接/落实/依据, issuers before titles, 和/及/、, whatever follows', () => {
    const cases: Array<[string, string[]]> = [
      [
        '有效承接浙江省人民政府《关于推动经济高质量发展若干政策》(浙政发〔2025〕3号)和舟山市人民政府《关于推动经济高质量发展若干政策》(舟政发〔2025〕3号),增强…',
        ['浙政发〔2025〕3号', '舟政发〔2025〕3号'],
      ],
      ['根据《浙江省人民政府印发…的通知》(浙政发〔2025〕3号),结合我市实际,制定以下政策。', ['浙政发〔2025〕3号']],
      [
        '依据浙江省人民政府《关于…》（浙政发〔2025〕3号）及嘉兴市人民政府《嘉兴市…》（嘉政发〔2025〕6号）部署',
        ['浙政发〔2025〕3号', '嘉政发〔2025〕6号'],
      ],
      [
        '根据《 浙江省人民政府印发…的通知》(浙政发〔2025〕3号)、《杭州市…》(杭政函〔2025〕21号)等文件精神',
        ['浙政发〔2025〕3号', '杭政函〔2025〕21号'],
      ],
      ['按照省委、省政府《关于…的意见》(浙委发〔2025〕1号)部署', ['浙委发〔2025〕1号']],
      ['全面落实中央经济工作会议精神,推动《浙江省…》(浙政发〔2025〕3号)落地', []],
    ];
    for (const [text, declared] of cases) {
      const refs = extractReferences(text);
      expect(
        refs.filter((r) => r.relation === 'IMPLEMENTS').map((r) => r.docNumber),
        text,
      ).toEqual(declared);
    }
  });

  it('marks other references CITES and finds bare 文号', () => {
    const refs = extractReferences('参照《浙江省重大建設項目管理辦法》,按浙政办发〔2024〕12号执行');
    expect(refs.map((r) => [r.policyKey, r.relation])).toEqual([
      ['title:330000:重大建设项目管理办法', 'CITES'],
      ['浙政办发〔2024〕12号', 'CITES'],
    ]);
  });
});
