import { describe, expect, it } from 'vitest';
import { policyFamily, titleNamedRegions } from './policyFamily';
import { documentPolicyId, stableSuffix } from './policyIdentity';
import { findRegionInOrganNames } from './regions';

describe('policy families and the superiors a title names', () => {
  it('puts every version of the policy in its family, whatever the wording, and nothing else', () => {
    for (const title of [
      '浙江省关于推动经济高质量发展若干政策(2025年版)',
      '關于推動經濟高質量發展的若干政策(2025年版)',
      '衢州市推动经济高质量发展若干政策举措(2025年版)',
      '进一步推动经济高质量发展若干政策',
      '南湖区贯彻浙江省和嘉兴市推动经济高质量发展若干政策承接落实方案(2025年版)',
    ])
      expect(policyFamily(title), title).toBe('推动经济高质量发展若干政策');
    expect(policyFamily('浙江省重大建设项目管理办法')).toBeNull();
    expect(policyFamily('')).toBeNull();
  });

  it('reads the regions a title carries down: names joined by 和/、/及, 省 and 市', () => {
    expect(titleNamedRegions('南湖区贯彻浙江省和嘉兴市推动经济高质量发展若干政策承接落实方案', '330402')).toEqual([
      '330000',
      '330400',
    ]);
    expect(titleNamedRegions('某区贯彻落实省市推动经济高质量发展若干政策', '330402')).toEqual(['330000', '330400']);
    expect(titleNamedRegions('秀洲區推動經濟高質量發展若干政策', '330411')).toEqual([]);
  });
});

describe('policy identity', () => {
  const facts = { regionCode: '330000', year: 2025, draft: false, docNumber: null, sourceFile: 'x.txt' };

  it('gives a family document its locality and year, anything else a suffix made from its own identity', () => {
    expect(documentPolicyId({ ...facts, title: '浙江省关于推动经济高质量发展若干政策(2025年版)' }, [])).toBe(
      '330000-2025',
    );
    const other = documentPolicyId({ ...facts, title: '浙江省重大建设项目管理办法' }, []);
    expect(other).toMatch(/^330000-2025-[0-9a-z]{5}$/);
    expect(documentPolicyId({ ...facts, title: '浙江省重大建设项目管理办法' }, [])).toBe(other);
    expect(stableSuffix('浙政办发〔2025〕12号')).not.toBe(stableSuffix('浙政办发〔2025〕13号'));
    expect(stableSuffix('k', 1)).not.toBe(stableSuffix('k'));
  });
});

describe('regions in department names', () => {
  it('takes the region most department names carry, ignoring what is not an organ', () => {
    expect(findRegionInOrganNames('聯系電話:余杭區財政局 0571-89516150\n地址:杭州市余杭區倉前街道')?.code).toBe(
      '330110',
    );
    expect(findRegionInOrganNames('(责任单位:桐乡市科技局、桐乡市财政局)')?.code).toBe('330483');
    expect(findRegionInOrganNames('结合我市实际,制定以下政策。')).toBeNull();
  });
});
