import { describe, expect, it } from 'vitest';
import { formatNormalized, formatRatio } from './formatQuantity';

describe('formatNormalized', () => {
  it('writes money in 亿元 or 万元 when large, as Chinese readers expect', () => {
    expect(formatNormalized(174_000_000, '元')).toBe('1.74亿元');
    expect(formatNormalized(250_000, '元')).toBe('25万元');
    expect(formatNormalized(5_000, '元')).toBe('5000元');
    expect(formatNormalized(625_000, '元')).toBe('62.5万元');
  });

  it('keeps other units as they are, rounded to two decimals', () => {
    expect(formatNormalized(8, '%')).toBe('8%');
    expect(formatNormalized(200, '家')).toBe('200家');
    expect(formatNormalized(1 / 3, '%')).toBe('0.33%');
  });
});

describe('formatRatio', () => {
  it('rounds to one decimal', () => {
    expect(formatRatio(2.3077)).toBe('×2.3');
    expect(formatRatio(0.4)).toBe('×0.4');
  });
});
