import { describe, expect, it } from 'vitest';
import { allRegions, findRegionInText, regionByCode } from './regions';

describe('gazetteer', () => {
  it('holds the province, 11 cities and 90 county-level divisions with parents', () => {
    const regions = allRegions();
    expect(regions.filter((r) => r.level === 'PROVINCE').map((r) => r.code)).toEqual(['330000']);
    expect(regions.filter((r) => r.level === 'CITY')).toHaveLength(11);
    expect(regions.filter((r) => r.level === 'COUNTY')).toHaveLength(90);
    for (const r of regions) if (r.parentCode) expect(regionByCode(r.parentCode), r.code).toBeDefined();
    expect(regionByCode('330411')).toEqual({ code: '330411', name: '秀洲区', level: 'COUNTY', parentCode: '330400' });
    expect(regionByCode('999999')).toBeUndefined();
  });

  it('finds the most specific region named, in either script', () => {
    const cases: Array<[string, string | undefined]> = [
      ['嘉兴市秀洲区人民政府', '330411'],
      ['嘉興市秀洲區人民政府', '330411'],
      ['秀洲区', '330411'],
      ['湖州市人民政府', '330500'],
      ['海宁市人民政府', '330481'],
      ['平湖市推動經濟高質量發展若干政策', '330482'],
      ['浙江省人民政府', '330000'],
      ['结合海宁实际', '330481'],
      ['景宁畲族自治县', '331127'],
      ['北京市', undefined],
    ];
    for (const [text, code] of cases) expect(findRegionInText(text)?.code, text).toBe(code);
  });
});
