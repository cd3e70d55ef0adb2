import { describe, expect, it } from 'vitest';
import { textWidthEm, wrapText } from './caption';

describe('wrapText', () => {
  it('breaks a Chinese title between characters into lines that fit', () => {
    expect(wrapText('推动高能级科创平台提质增效', 13, 2)).toEqual(['推动高能级科创平台提质增效']);
    expect(wrapText('推动高能级科创平台提质增效', 6, 3)).toEqual(['推动高能级科', '创平台提质增', '效']);
  });

  it('ends the last line in … when the text is longer than the lines allow', () => {
    const lines = wrapText('支持创新能力突出的企业牵头建设全省重点实验室', 10, 2);
    expect(lines).toEqual(['支持创新能力突出的企', '业牵头建设全省重点…']);
    for (const line of lines) expect(textWidthEm(line)).toBeLessThanOrEqual(10);
  });

  it('counts ASCII narrower than CJK, so “海宁市 · 2025” stays on one line', () => {
    expect(textWidthEm('2025')).toBeCloseTo(2.48);
    expect(wrapText('海宁市 · 2025 草案', 12, 1)).toEqual(['海宁市 · 2025 草案']);
  });
});
