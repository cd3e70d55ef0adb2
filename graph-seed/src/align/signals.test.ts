import { describe, expect, it } from 'vitest';
import type { Quantity } from '../model/document';
import { bigrams, cosine, inverseDocumentFrequency, keyBigrams, matchText, termVector } from './ngrams';
import { monotoneChain } from './order';
import { keptShare, mutualShare, sharedPassages } from './passages';
import { compareQuantities } from './quantityChanges';
import { encloses } from './family';
import { fixtureQuantity } from './quantityFixture';

describe('n-gram similarity', () => {
  it('drops the responsibility list, punctuation and digits before matching', () => {
    const text = '推动平台提质增效。新认定的给予每家100万元补助。(责任单位:区科技局、区财政局)';
    expect(matchText(text)).toBe('推动平台提质增效新认定的给予每家#万元补助');
  });

  it('splits text into overlapping bigrams', () => {
    expect(bigrams('科创平台')).toEqual(['科创', '创平', '平台']);
    expect(bigrams('科')).toEqual(['科']);
  });

  it('scores a reworded peer above an unrelated clause, and a text against itself as 1', () => {
    const texts = [
      '推动高能级科创平台提质增效支持企业牵头建设全省重点实验室',
      '推动科创平台提质增效支持企业和单位建设全省重点实验室',
      '稳步推进交通惠民支持推进四好农村路',
    ];
    const idf = inverseDocumentFrequency(texts);
    const [a, b, c] = texts.map((t) => termVector(t, idf));
    expect(cosine(a!, a!)).toBeCloseTo(1, 6);
    expect(cosine(a!, b!)).toBeGreaterThan(0.5);
    expect(cosine(a!, c!)).toBeLessThan(0.1);
    expect(keyBigrams(a!, b!, 3).every((g) => texts[0]!.includes(g) && texts[1]!.includes(g))).toBe(true);
  });
});

describe('order within an area', () => {
  it('finds the heaviest monotone chain and skips insertions', () => {
    const scores = [
      [0.9, 0.1, 0.0],
      [0.0, 0.05, 0.8],
      [0.1, 0.7, 0.0],
    ];
    // (0,0) then either (1,2) or (2,1): the monotone chain cannot take both, it keeps the heavier.
    expect(monotoneChain(scores, 0.2)).toEqual([
      [0, 0],
      [1, 2],
    ]);
    expect(monotoneChain([[0.1]], 0.2)).toEqual([]);
  });
});

describe('reproduction profile', () => {
  it('measures the share of the counterpart kept verbatim', () => {
    const shared = sharedPassages('推动高能级科创平台提质增效新增内容', '推动高能级科创平台提质增效');
    expect(shared.passages[0]).toBe('推动高能级科创平台提质增效');
    expect(keptShare(shared)).toBe(1);
    expect(mutualShare(shared)).toBeCloseTo((13 * 2) / (17 + 13), 2);
    expect(keptShare(sharedPassages('完全不同的文字', '推动高能级科创平台'))).toBe(0);
  });
});

const quantity = (metric: string, value: number, unit = '元'): Quantity =>
  fixtureQuantity({ metric, value, unit, role: unit === '元' ? 'FIXED' : 'GOAL' });

describe('changed amounts and targets', () => {
  it('reports raised, lowered, added and removed by metric and unit', () => {
    const source = [
      quantity('省级科技企业孵化器', 1_500_000),
      quantity('国家级科技企业孵化器', 500_000),
      quantity('新培育企业', 30, '家'),
    ];
    const target = [
      quantity('省级科技企业孵化器', 250_000),
      quantity('国家级科技企业孵化器', 3_000_000),
      quantity('康复辅具适配', 615, '人'),
    ];
    const changes = compareQuantities(source, target);
    expect(changes).toEqual([
      { change: 'raised', metric: '省级科技企业孵化器', unit: '元', from: 250_000, to: 1_500_000 },
      { change: 'lowered', metric: '国家级科技企业孵化器', unit: '元', from: 3_000_000, to: 500_000 },
      { change: 'added', metric: '新培育企业', unit: '家', from: null, to: 30 },
      { change: 'removed', metric: '康复辅具适配', unit: '人', from: 615, to: null },
    ]);
    expect(compareQuantities(source, source)).toEqual([]);
  });
});

describe('region nesting', () => {
  it('knows the province encloses the city and the city its districts', () => {
    expect(encloses('330000', '330400')).toBe(true);
    expect(encloses('330400', '330411')).toBe(true);
    expect(encloses('330500', '330411')).toBe(false);
    expect(encloses('330411', '330411')).toBe(false);
  });
});
