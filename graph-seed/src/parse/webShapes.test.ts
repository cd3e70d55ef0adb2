// The province corpus's texts one by one: each shape that web pages give a text (graph-seed/corpus-province) read
// as the page meant it. Real pages unless the file's header says it was written for these tests.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { provinceCorpusDir } from '../io/provinceCorpus';
import { readPolicyFile } from '../io/readPolicy';

const read = (name: string) => readPolicyFile(join(provinceCorpusDir, name));
const codes = (name: string) => read(name).diagnostics.map((d) => d.code);

describe('metadata in every form a page gives it', () => {
  it.each([
    ['330402-nanhu-2025.txt', '南政发〔2025〕8号'], // 文  号 南政发〔2025〕8号 主题词 (no colon)
    ['330902-dinghai-2025.txt', '定政发〔2025〕3号'], // 文  号: … 主题分类: … (spaces in the label)
    ['330700-jinhua-2024.txt', '金政发〔2024〕5号'], // | 文 号: | 金政发〔2024〕5号 | (pipe table)
    ['330114-qiantang-2025.txt', '钱政发〔2025〕6号'], // • 发文字号: / 钱政发〔2025〕6号 (value on the next line)
    ['330421-jiashan-2025.txt', '嘉善政发〔2025〕7号'], // 文件编号： 嘉善政发 〔2025〕 7 号
    ['330300-wenzhou-2025.txt', '温政发〔2025〕2号'], // on a line of its own
  ])('%s has the 文号 %s, canonical', (name, docNumber) => {
    expect(read(name).document?.policy.docNumber).toBe(docNumber);
  });

  it('takes the 文号 in parentheses off the title it closes', () => {
    const policy = read('330402-nanhu-2025.txt').document?.policy;
    expect(policy?.title).toBe('南湖区贯彻浙江省和嘉兴市推动经济高质量发展若干政策承接落实方案(2025年版)');
    expect(policy?.issuer).toBe('嘉兴市南湖区人民政府');
  });

  it('ignores the source header and the site chrome around the title', () => {
    for (const [name, title] of [
      ['330300-wenzhou-2025.txt', '温州市推动经济高质量发展若干政策(2025年版)'],
      ['330110-yuhang-2025.txt', '关于推动经济高质量发展的若干政策(2025年版)'],
      ['330700-jinhua-2024.txt', '进一步推动经济高质量发展若干政策'],
    ]) {
      expect(read(name as string).document?.policy.title, name).toBe(title);
    }
  });
});

describe('texts that lost their shape', () => {
  it('cuts a flattened page back into title, area and clauses', () => {
    const { document, diagnostics } = read('330783-dongyang-2025.txt');
    expect(document?.policy).toMatchObject({
      id: '330783-2025',
      title: '东阳市关于推动经济高质量发展若干政策(2025 年版)',
    });
    expect(document?.sections.map((s) => s.title)).toEqual(['强化科技创新']);
    expect(document?.clauses.map((c) => c.title)).toEqual([
      '加强高能级创新平台建设',
      '加强关键核心技术攻关',
      '推动科技创新重大项目建设',
    ]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'FLATTENED', line: 5, severity: 'warning' }));
  });

  it('strips ?? before headings, with a warning, and reads the structure under them', () => {
    const { document } = read('330421-jiashan-2025.txt');
    expect(document?.clauses.map((c) => c.label)).toEqual(['（一）', '（二）']);
    expect(document?.sections[0]?.title).toBe('推进教育科技人才一体发展');
    expect(codes('330421-jiashan-2025.txt')).toContain('MOJIBAKE_STRIPPED');
  });

  it('repairs a clause label read one byte out of step (GBK) and says so', () => {
    const { document, diagnostics } = read('330300-wenzhou-2025-mirror.txt');
    expect(document?.clauses[0]?.label).toBe('（一）');
    expect(document?.clauses[0]?.title).toBe('推動高能級科創平臺提質增效');
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'MOJIBAKE_REPAIRED', line: 25 }));
    expect(document?.policy.title).toBe('溫州市推動經濟高質量發展若干政策(2025年版)');
  });
});

describe('where a text is from', () => {
  it('finds the locality of a text whose title names none in its contact and address lines', () => {
    const policy = read('330110-yuhang-2025-draft.txt').document?.policy;
    expect(policy).toMatchObject({ id: '330110-2025-draft', year: 2025, status: 'DRAFT', script: 'TRADITIONAL' });
    expect(policy?.region.name).toBe('余杭区');
  });

  it('finds it in department names, never in the issuers of the documents the preamble cites (GBK file)', () => {
    const { document, diagnostics } = read('330483-tongxiang-2025.txt');
    expect(document?.policy.region.code).toBe('330483');
    expect(diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['ENCODING', 'NO_TITLE']));
  });

  it('refuses a text that names no locality rather than taking it for the province', () => {
    const { document, diagnostics } = read('hangzhou-untitled-2025.txt');
    expect(document).toBeNull();
    const error = diagnostics.find((d) => d.severity === 'error');
    expect(error).toMatchObject({ code: 'NO_REGION', line: 5 });
    expect(error?.message).toContain('manifest.json');
    expect(diagnostics.map((d) => d.code)).toContain('PINYIN_REMOVED');
  });

  it('refuses a partial text without structure and a file in no known encoding, naming file and line', () => {
    expect(read('330382-yueqing-2025.txt').diagnostics).toContainEqual(
      expect.objectContaining({ code: 'NO_STRUCTURE', severity: 'error', line: 5 }),
    );
    const broken = read('330424-haiyan-2025-broken.txt').diagnostics[0];
    expect(broken).toMatchObject({ code: 'ENCODING', severity: 'error', line: 5 });
    expect(broken?.message).toMatch(/UTF-8, GB18030 or Big5/);
  });
});
