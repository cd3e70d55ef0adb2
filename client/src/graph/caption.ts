/**
 * Node captions that fit their boxes. Cytoscape wraps labels only at spaces, and Chinese has none, so a clause title
 * would run past its box; its `text-overflow-wrap: anywhere` wraps but cannot stop after a number of lines. The
 * caption is therefore broken into lines here, with a width estimate that errs on the wide side: a CJK character
 * (and any other non-ASCII one, e.g. the middle dot, full width in CJK fonts) counts 1 em, an ASCII one 0.62 em
 * (Noto Sans's widest digits and capitals are ~0.6 em). The last line ends in … when the text is longer.
 */

/** Estimated width of `text` in em. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) < 0x80 ? 0.62 : 1;
  return width;
}

/**
 * Breaks `text` into at most `maxLines` lines of at most `maxEm` em each; the last kept line ends in … when text
 * was left out. Lines break between any two characters, as Chinese is set.
 */
export function wrapText(text: string, maxEm: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const chars = [...text.trim()];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (textWidthEm(line + char) <= maxEm) {
      line += char;
      continue;
    }
    if (lines.length === maxLines - 1) return [...lines, ellipsize(line, maxEm)];
    lines.push(line.trimEnd());
    line = char === ' ' ? '' : char;
  }
  if (line) lines.push(line);
  return lines;
}

/** `line` shortened until `line…` fits in maxEm. */
function ellipsize(line: string, maxEm: number): string {
  let kept = [...line];
  while (kept.length > 0 && textWidthEm(`${kept.join('')}…`) > maxEm) kept = kept.slice(0, -1);
  return `${kept.join('').trimEnd()}…`;
}
