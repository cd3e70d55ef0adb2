import { describe, expect, it } from 'vitest';
import { tierMetrics } from './quantityTiers';

describe('tierMetrics', () => {
  it('shares the head noun of the last tier with the bare scope words before it', () => {
    expect(tierMetrics('对新认定的国家级、省级、嘉兴市级科技企业孵化器', 3)).toEqual([
      '国家级科技企业孵化器',
      '省级科技企业孵化器',
      '嘉兴市级科技企业孵化器',
    ]);
    expect(tierMetrics('对参与国家、省重点实验室的联合共建单位', 2)).toEqual([
      '国家重点实验室联合共建单位',
      '省重点实验室联合共建单位',
    ]);
    expect(tierMetrics('对评为“三星级”“四星级”“五星级”小微企业园的,', 3)).toEqual([
      '三星级小微企业园',
      '四星级小微企业园',
      '五星级小微企业园',
    ]);
  });

  it('keeps complete tiers as they are, split by 、 and, when one short, by 和', () => {
    expect(
      tierMetrics(
        '对新认定的“单项冠军”、国家级专精特新“小巨人”、省级专精特新中小企业、省“雄鹰企业”和省级“隐形冠军”',
        5,
      ),
    ).toEqual(['“单项冠军”', '国家级专精特新“小巨人”', '省级专精特新中小企业', '省“雄鹰企业”', '省级“隐形冠军”']);
    expect(tierMetrics('新入选国家和省级领军人才计划的,在上级资金基础上,', 2)).toEqual([
      '国家领军人才计划',
      '省级领军人才计划',
    ]);
  });

  it('looks back past phrases without a list, and takes the first tier from the phrase before when one is missing', () => {
    expect(
      tierMetrics('实施市级重点研发计划、科技攻关计划、公益性技术研究和市自然科学资金项目,根据具体项目管理办法,', 4),
    ).toEqual(['市级重点研发计划', '科技攻关计划', '公益性技术研究', '市自然科学资金项目']);
    expect(
      tierMetrics(
        '对以第一项目完成单位获得国家最高科学技术奖,国家科学技术奖(包括国家自然科学奖)特等奖、一等奖、二等奖的,',
        4,
      ),
    ).toEqual(['国家最高科学技术奖', '国家科学技术奖特等奖', '国家科学技术奖一等奖', '国家科学技术奖二等奖']);
  });

  it('ignores a counted condition before the first tier', () => {
    expect(tierMetrics('孵化器每培育1家高新技术企业(首次认定)、省级科技型中小企业的,', 2)).toEqual([
      '高新技术企业(首次认定)',
      '省级科技型中小企业',
    ]);
  });

  it('is null when no phrase names exactly as many tiers', () => {
    expect(tierMetrics('力争两大创新区', 2)).toBeNull();
    expect(tierMetrics('对国家级、省级、市级绿色工厂', 2)).toBeNull();
  });
});
