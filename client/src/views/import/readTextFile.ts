/**
 * An uploaded file as text. Policy texts saved on Chinese systems are often GBK (GB18030) or Big5, which
 * `file.text()` would read as UTF-8 and turn into U+FFFD, losing every character (the server then refuses it).
 * UTF-8 is tried first and strictly; otherwise the legacy encoding whose reading looks most like a policy text wins.
 */

export interface ReadText {
  text: string;
  /** The legacy encoding it was converted from, or null for UTF-8. */
  convertedFrom: 'GB18030' | 'Big5' | null;
}

/** Characters of almost every policy text, in both scripts: how a correct reading is told from a wrong one. */
const COMMON = new Set(
  '的一是在和为对与及政府发發展区區市县縣省项項目企业業元万萬责責任单單位局、。，,(（)）'.split(''),
);

function decode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function likeness(text: string): number {
  let common = 0;
  for (const character of text) if (COMMON.has(character)) common += 1;
  return common / Math.max(1, text.length);
}

export function decodeText(bytes: Uint8Array): ReadText | null {
  const utf8 = decode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8.replace(/^\uFEFF/, ''), convertedFrom: null };
  const readings = (
    [
      ['GB18030', decode(bytes, 'gb18030')],
      ['Big5', decode(bytes, 'big5')],
    ] as const
  ).filter((reading): reading is readonly ['GB18030' | 'Big5', string] => reading[1] !== null);
  const best = [...readings].sort((a, b) => likeness(b[1]) - likeness(a[1]))[0];
  return best ? { text: best[1], convertedFrom: best[0] } : null;
}

export async function readTextFile(file: Blob): Promise<ReadText | null> {
  return decodeText(new Uint8Array(await file.arrayBuffer()));
}
