// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { csvBlob, csvField, downloadCsv, toCsv } from './csv';

describe('csvField', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvField('促进高等教育高质量发展')).toBe('促进高等教育高质量发展');
    expect(csvField(0.8333)).toBe('0.8333');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes commas, quotes, line breaks and edge spaces, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('“尖兵”"领雁"')).toBe('"“尖兵”""领雁"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField(' padded')).toBe('" padded"');
  });

  it('does not quote Chinese punctuation that only looks like a separator', () => {
    expect(csvField('秀洲区，海宁市')).toBe('秀洲区，海宁市');
  });
});

describe('toCsv', () => {
  it('joins fields with commas and rows with CRLF, ending with CRLF', () => {
    expect(
      toCsv([
        ['id', 'title'],
        ['330000-2025/c8', '促进高等教育, 高质量发展'],
      ]),
    ).toBe('id,title\r\n330000-2025/c8,"促进高等教育, 高质量发展"\r\n');
  });
});

describe('csvBlob', () => {
  it('starts with a UTF-8 byte-order mark so Excel reads Chinese', async () => {
    const bytes = new Uint8Array(await csvBlob([['秀洲区']]).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('秀洲区\r\n');
  });
});

describe('downloadCsv', () => {
  afterEach(() => vi.restoreAllMocks());

  it('clicks a download link named after the file, pointing at the blob', () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:gaps';
    });
    URL.revokeObjectURL = vi.fn();
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    downloadCsv('gaps.csv', [['a']]);
    expect(clicks).toHaveLength(1);
    expect(clicks[0]?.download).toBe('gaps.csv');
    expect(clicks[0]?.href).toBe('blob:gaps');
    expect(created[0]?.type).toBe('text/csv;charset=utf-8');
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
