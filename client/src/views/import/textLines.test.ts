import { describe, expect, it } from 'vitest';
import { lineCount, lineRange, utf8Bytes } from './textLines';

describe('lineRange', () => {
  const text = '嘉兴市南湖区人民政府\n2025年6月1日\n\n一、推进教育科技人才一体发展';

  it('finds the start and end of a 1-based line', () => {
    const [start, end] = lineRange(text, 2)!;
    expect(text.slice(start, end)).toBe('2025年6月1日');
    const [s4, e4] = lineRange(text, 4)!;
    expect(text.slice(s4, e4)).toBe('一、推进教育科技人才一体发展');
  });

  it('gives an empty range for an empty line and nothing past the end or for line 0', () => {
    expect(lineRange(text, 3)).toEqual([text.indexOf('\n\n') + 1, text.indexOf('\n\n') + 1]);
    expect(lineRange(text, 5)).toBeUndefined();
    expect(lineRange(text, 0)).toBeUndefined();
  });
});

describe('lineCount and utf8Bytes', () => {
  it('counts lines as an editor does and bytes as the server does', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\r\nb')).toBe(2);
    expect(utf8Bytes('政a')).toBe(4);
  });
});
