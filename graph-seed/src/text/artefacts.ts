/**
 * Artefacts left in the texts by the web pages and word processors they were copied from (DESIGN.md §4):
 * Word bookmarks, HTML entities, and mojibake (UTF-8/GBK byte misalignment). Kept as data so a new artefact is
 * one table row, not a new regex.
 */

/** HTML entities seen in copied policy pages; unknown named entities are left as they are. */
export const htmlEntities: Readonly<Record<string, string>> = {
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  nbsp: ' ',
  amp: '&',
  quot: '"',
  lt: '<',
  gt: '>',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
};

/**
 * Mojibake whose original can be recovered: GBK bytes read one byte out of step. Each key is how the text reads,
 * each value what was written. Generated once with Python (`'。〔責任單位：區'.encode('gbk')[1:].decode('gbk')`,
 * the lost lead byte shown as '?', the full-width ！ folded to '!'); only sequences that decode cleanly are listed.
 * Observed in 330411-xiuzhou-2025.txt lines 14, 15, 16 and 24, where it hides the 責任單位 list.
 */
export const mojibakeRepairs: ReadonlyArray<readonly [garbled: string, original: string]> = [
  ['?!藏熑螁挝唬簠^', '。〔責任單位：區'],
];

/** Word processor bookmarks such as `[bookmark: _GoBack]`. */
export const bookmarkPattern = /\[bookmark:[^\]\n]{0,80}\]/g;

/**
 * Named and numeric HTML entities. The `?` alternative catches entities whose `&` was eaten by mojibake
 * (`??埔约?ldquo;名醫`): the entity is still restored, the line is still reported.
 */
export const entityPattern = /(&|\?)(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g;

/**
 * A `?` next to a non-ASCII character (no `+`: a long `?` run must not make the search quadratic): bytes that could not be decoded. ASCII `?` between ASCII characters
 * (a URL, an English question) is left alone.
 */
export const mojibakePattern = /\P{ASCII}\?|\?\P{ASCII}|\ufffd/u;

/** A list bullet before a line (web metadata lists: `• 发文字号:`). */
export const bulletPattern = /^\s*[•●▪◦·]\s*/;

/** Unreadable characters at the start of a line: `??`, `？`, U+FFFD, with the spaces around them. */
export const leadingGarble = /^\s*[?？\ufffd]+\s*/;

/**
 * A pinyin reading a page inserted after a character (`落實(shí)`, `創(chuàng )`): lower-case letters with at least one
 * tone mark, in half-width parentheses right after a Han character. Without a tone mark it could be a Latin word.
 */
export const pinyinReading =
  /(?<=[\u4e00-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\s?\)/g;
