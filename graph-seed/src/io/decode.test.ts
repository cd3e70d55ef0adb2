// Decoding real bytes: UTF-8 with and without BOM, GBK and Big5 versions of corpus files (fixtures made once with
// iconv, see __fixtures__/README.md), UTF-16, binary and empty input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';
import { defaultCorpusDir } from './readPolicy';

const fixtures = join(import.meta.dirname, '__fixtures__');
const corpusText = (name: string): string => readFileSync(join(defaultCorpusDir, name), 'utf8');

describe('decodeBytes', () => {
  it('decodes UTF-8 with and without a BOM to the same text', () => {
    const plain = new TextEncoder().encode('一、推进教育科技人才一体发展');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeBytes(plain, 'a.txt')).toEqual({ text: '一、推进教育科技人才一体发展', diagnostics: [] });
    expect(decodeBytes(withBom, 'a.txt').text).toBe('一、推进教育科技人才一体发展');
  });

  it('converts a GBK file and says so', () => {
    const result = decodeBytes(readFileSync(join(fixtures, 'xiuzhou-2024-draft-head.gbk.txt')), 'draft.gbk.txt');
    const original = corpusText('330411-xiuzhou-2024-draft.txt').split('\n').slice(0, 13).join('\n');
    expect(result.text?.trimEnd()).toBe(original.trimEnd());
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'ENCODING', file: 'draft.gbk.txt' }),
    ]);
  });

  it('converts a Big5 file of Traditional text', () => {
    const result = decodeBytes(readFileSync(join(fixtures, 'xiuzhou-2025-head.big5.txt')), 'xz.big5.txt');
    expect(result.text).toContain('嘉興市秀洲區人民政府');
    expect(result.text).toContain('(一)推動高能級科創平臺提質增效。');
    expect(result.diagnostics[0]?.message).toContain('BIG5');
  });

  it('decodes UTF-16 with a BOM', () => {
    const text = '(一)支持科技创新。';
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    expect(decodeBytes(bytes, 'u16.txt').text).toBe(text);
  });

  it('refuses binary input naming the line of the first NUL byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('第一行\n第二行\n'), 0x00, 0x01, 0x02]);
    expect(decodeBytes(bytes, 'x.bin')).toEqual({
      text: null,
      diagnostics: [expect.objectContaining({ file: 'x.bin', line: 3, severity: 'error', code: 'BINARY_FILE' })],
    });
  });

  it('refuses input full of control characters', () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x07 : 0x41));
    expect(decodeBytes(bytes, 'ctl.bin').diagnostics[0]?.code).toBe('BINARY_FILE');
  });

  it('refuses an empty or blank file', () => {
    expect(decodeBytes(new Uint8Array(), 'e.txt').diagnostics).toEqual([
      { file: 'e.txt', line: 1, severity: 'error', code: 'EMPTY_FILE', message: 'the file is empty' },
    ]);
    expect(decodeBytes(new TextEncoder().encode(' \n\t\n'), 'e.txt').text).toBeNull();
  });
});
