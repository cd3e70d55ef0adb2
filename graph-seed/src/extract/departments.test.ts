import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAreaLead, extractResponsibility, parseDepartmentList } from './departments';

const corpus = (name: string) => readFileSync(new URL(`../../corpus/${name}`, import.meta.url), 'utf8');
const names = (list: { canonicalName: string; role: string; rank: number }[]) =>
  list.map((d) => `${d.rank}${d.role[0]}:${d.canonicalName}`);

describe('extractResponsibility', () => {
  it('reads the Traditional list of 秀洲 2025 with its rule sentence and the span', () => {
    const clause = '對新認定的給予獎勵。(責任單位:區科技局、區經商局、區財政局。列第一位的為牽頭單位,下同)';
    const found = extractResponsibility(clause, '330411');
    expect(names(found?.departments ?? [])).toEqual(['1L:科技局', '2S:经商局', '3S:财政局']);
    expect(clause.slice(found?.start, found?.end)).toBe(
      '(責任單位:區科技局、區經商局、區財政局。列第一位的為牽頭單位,下同)',
    );
    expect(found?.departments[1]?.functions).toEqual(['economy', 'commerce']);
    expect(found?.departments[0]?.name).toBe('區科技局');
  });

  it('keeps nested brackets inside one department and reads full-width brackets', () => {
    const found = extractResponsibility('加强保障。（责任单位：区财政局（区国资办）、区人社局、区资规分局）', '330411');
    expect(names(found?.departments ?? [])).toEqual(['1L:财政局', '2S:人力社保局', '3S:自然资源和规划局']);
    expect(found?.departments[0]?.name).toBe('区财政局（区国资办）');
    expect(found?.departments[0]?.functions).toEqual(['finance', 'state-assets']);
  });

  it('returns null without a list and finds one in every document that has them', () => {
    expect(extractResponsibility('没有责任单位的条款。', '330500')).toBeNull();
    const lines: Array<[string, string]> = [
      ['330411-xiuzhou-2025.txt', '330411'],
      ['330411-xiuzhou-2024-draft.txt', '330411'],
      ['330481-haining-2025.txt', '330481'],
      ['330482-pinghu-2025.txt', '330482'],
    ];
    for (const [file, region] of lines) {
      const found = corpus(file)
        .split('\n')
        .map((line) => extractResponsibility(line, region))
        .filter((f) => f !== null);
      expect(found.length, file).toBeGreaterThan(30);
      const unknown = found.flatMap((f) => f.departments).filter((d) => d.functions.length === 0);
      expect(unknown.length / found.length, file).toBeLessThan(0.2);
    }
  });
});

describe('canonical departments across localities', () => {
  it('merges aliases: 人社局 = 人力社保局, 发展改革委 = 发改局, 资规分局 = 自然资源和规划局, 农水局 ≈ 农业农村局', () => {
    expect(
      names(parseDepartmentList('区人社局、區人力社保局、人力资源和社会保障局', '330411')).map((n) => n.slice(3)),
    ).toEqual(['人力社保局', '人力社保局', '人力社保局']);
    const huzhou = parseDepartmentList('市發展改革委、发改委、市发改局', '330500');
    expect(new Set(huzhou.map((d) => d.canonicalName))).toEqual(new Set(['发改局']));
    expect(parseDepartmentList('区农水局', '330411')[0]).toMatchObject({
      canonicalName: '农业农村局',
      functions: ['agriculture', 'water'],
    });
    expect(parseDepartmentList('市市场监管局、市场监管局', '330481').map((d) => d.canonicalName)).toEqual([
      '市场监管局',
      '市场监管局',
    ]);
    expect(
      parseDepartmentList('区委组织部（区委人才办）、某某新设中心', '330411').map((d) => [
        d.canonicalName,
        d.functions,
      ]),
    ).toEqual([
      ['组织部', ['organization', 'talent']],
      ['某某新设中心', []],
    ]);
  });

  it('reads area leads in both forms', () => {
    expect(names(extractAreaLead('一、推進教育科技人才一體發展(由區科技局牽頭)', '330411')?.departments ?? [])).toEqual(
      ['1L:科技局'],
    );
    const draft = extractAreaLead('1、 扩大有效投资政策（由区发改局牵头实施）', '330411');
    expect(names(draft?.departments ?? [])).toEqual(['1L:发改局']);
    expect(extractAreaLead('三、推进服务业高质量发展(由科技局牵头)', '330482')?.start).toBe(12);
    expect(extractAreaLead('三、推进服务业高质量发展', '330482')).toBeNull();
  });
});
