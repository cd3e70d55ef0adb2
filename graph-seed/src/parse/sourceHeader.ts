/**
 * The source header of a text saved from the web (graph-seed/corpus-province/README.md): `# key: value` lines at the
 * very top of the file, e.g. `# source: https://www.nanhu.gov.cn/art/2025/5/8/art_1602128_59066013.html`. A policy
 * text never starts with `#`, so the parser can skip them; they keep their line numbers (as blank lines).
 */
import type { SourceLine } from '../text/normalize';

/** One header line: `#`, a lower-case key, a colon. */
export const sourceHeaderLine = /^#\s*[a-z][a-z-]*\s*:/;

/** The lines with the leading header lines blanked, and the number of header lines. */
export function withoutSourceHeader(lines: SourceLine[]): { lines: SourceLine[]; headerLines: number } {
  const end = lines.findIndex((line) => !sourceHeaderLine.test(line.text));
  const headerLines = end < 0 ? lines.length : end;
  return { lines: lines.map((line, i) => (i < headerLines ? { ...line, text: '', key: '' } : line)), headerLines };
}
