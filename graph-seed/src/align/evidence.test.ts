import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../io/readPolicy';
import { passageWeight, shortened, wholePassages } from './evidence';
import { verbatim } from './links';
import { sharedPassages } from './passages';
import { corpusIdf } from './profiles';

const whole = (a: string, b: string) => wholePassages(a, b, sharedPassages(a, b));

describe('evidence passages', () => {
  it('never begin or end inside a figure either text states', () => {
    // 750台 and 1000台 share “0台”; 300万元 and 100万元 share “00万元”.
    expect(whole('完成设备更新750台套以上', '完成设备更新1000台套以上')).toEqual(['完成设备更新', '台套以上']);
    expect(whole('分别给予300万元资金支持奖励', '分别给予100万元资金支持奖励')).toEqual([
      '万元资金支持奖励',
      '分别给予',
    ]);
    // A figure both texts state whole stays.
    expect(whole('新增残疾人就业105人以上', '全年新增残疾人就业105人以上')).toEqual(['新增残疾人就业105人以上']);
    // The end of a passage inside a longer figure of the other text: 20 of 200.
    expect(whole('全年支持展会20个以上活动', '全年支持展会200个以上活动')).toEqual(['全年支持展会']);
  });

  it('keeps a range whole: 15-20年 is not 1520年', () => {
    expect(verbatim('推动15—20年住宅老旧电梯能换尽换')).toBe('推动15-20年住宅老旧电梯能换尽换');
    expect(verbatim('支持“四好农村路”2.0版,新改建农村公路')).toBe('支持四好农村路2.0版新改建农村公路');
  });

  it('shortens a long passage before a figure, never inside it', () => {
    expect(shortened('对经认定的国家级省级市级绿色工厂和绿色园区分别给予125万元', 27)).toBe(
      '对经认定的国家级省级市级绿色工厂和绿色园区分别给予…',
    );
    expect(shortened('支持创建文旅消费品牌', 40)).toBe('支持创建文旅消费品牌');
  });

  it('weighs a named term above ordinary wording', () => {
    const idf = corpusIdf(loadCorpus().documents);
    expect(passageWeight('推动工业', idf)).toBeLessThan(3);
    expect(passageWeight('嘉兴生产服务型国家物流枢纽平台', idf)).toBeGreaterThan(11);
    expect(passageWeight('##', idf)).toBe(0);
  });
});
