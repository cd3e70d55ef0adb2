// Line normalisation: artefacts removed, mojibake reported with its line, and a matching key that keeps offsets.
import { describe, expect, it } from 'vitest';
import { cleanLine, foldWidth, matchKey, normalizeText } from './normalize';

describe('foldWidth and matchKey', () => {
  it('folds full-width punctuation and digits, keeping length', () => {
    expect(foldWidth('（一）１９．　责任单位：')).toBe('(一)19. 责任单位:');
    expect(foldWidth('〔2025〕“人工智能+”')).toBe('〔2025〕“人工智能+”');
  });

  it('gives a Simplified key of the same length as the Traditional text', () => {
    const text = '（責任單位：區科技局、區財政局）';
    expect(matchKey(text)).toBe('(责任单位:区科技局、区财政局)');
    expect(matchKey(text)).toHaveLength(text.length);
  });
});

describe('cleanLine', () => {
  it('removes Word bookmarks and decodes HTML entities silently', () => {
    expect(cleanLine('[bookmark: _GoBack]37.推动&ldquo;体育&rdquo;产业&nbsp;', 52, 'f.txt')).toEqual({
      text: '37.推动“体育”产业',
      diagnostics: [],
    });
  });

  it('repairs the known garbled 責任單位 marker and says so', () => {
    const { text, diagnostics } = cleanLine('特色化金融支持?!藏熑螁挝唬簠^政府辦、區發改局〕', 14, 'f.txt');
    expect(text).toBe('特色化金融支持。〔責任單位：區政府辦、區發改局〕');
    expect(diagnostics).toEqual([
      expect.objectContaining({ line: 14, severity: 'warning', code: 'MOJIBAKE_REPAIRED' }),
    ]);
  });

  it('reports unrecoverable mojibake with its line and leaves ASCII question marks alone', () => {
    const { diagnostics } = cleanLine('臨床重點??埔约?ldquo;名醫到嘉”工程', 74, 'f.txt');
    expect(diagnostics.map((d) => [d.line, d.code])).toEqual([
      [74, 'MOJIBAKE'],
      [74, 'MOJIBAKE'],
    ]);
    expect(cleanLine('see https://example.org/?a=1', 1, 'f.txt').diagnostics).toEqual([]);
  });
});

describe('normalizeText', () => {
  it('keeps source line numbers across CRLF, blank lines and indentation', () => {
    const { lines } = normalizeText(
      '\r\n  一、推进教育科技人才一体发展\r\n\r\n　（一）推动高能级科创平台提质增效。',
      'f.txt',
    );
    expect(lines.map((l) => [l.line, l.text, l.key])).toEqual([
      [1, '', ''],
      [2, '一、推进教育科技人才一体发展', '一、推进教育科技人才一体发展'],
      [3, '', ''],
      [4, '（一）推动高能级科创平台提质增效。', '(一)推动高能级科创平台提质增效。'],
    ]);
  });
});
