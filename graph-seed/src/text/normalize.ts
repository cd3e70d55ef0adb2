/**
 * Line-level normalisation (DESIGN.md §4). Every source line keeps two forms of the same length:
 * `text` — as written, artefacts removed, indentation trimmed — for display and for clause text, and
 * `key` — full-width folded to half-width and converted to Simplified — for matching. Because `key` has the same
 * length as `text`, an offset found by a regex on `key` cuts `text` at the same place, and `line` stays the
 * 1-based line of the source file whatever is removed.
 */
import type { Diagnostic } from '../model/document';
import {
  bookmarkPattern,
  bulletPattern,
  entityPattern,
  htmlEntities,
  leadingGarble,
  mojibakePattern,
  mojibakeRepairs,
  pinyinReading,
} from './artefacts';
import { repairShiftedGbk } from './gbkShift';
import { toSimplified } from './script';

export interface SourceLine {
  /** 1-based line in the source file. */
  line: number;
  /** Original script, artefacts removed, trimmed. '' for a blank line. */
  text: string;
  /** Same length as `text`: half-width, Simplified; used only to recognise structure. */
  key: string;
}

export interface NormalizedText {
  lines: SourceLine[];
  diagnostics: Diagnostic[];
}

/** Full-width ASCII (！…～) to half-width and the ideographic space to a space; length-preserving. */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (char) =>
    char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}

/** Simplified, half-width form of `text` with the same length (falls back to width folding alone when not). */
export function matchKey(text: string): string {
  const folded = foldWidth(text);
  const simplified = toSimplified(folded);
  // opencc is length-preserving on this corpus; a rare multi-character mapping would break offsets, so the key
  // then stays in the original script (matching on that one line is weaker, cutting stays exact).
  return simplified.length === folded.length ? simplified : folded;
}

function decodeEntity(name: string): string | undefined {
  if (name.startsWith('#x')) return safeCodePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return safeCodePoint(Number.parseInt(name.slice(1), 10));
  return htmlEntities[name.toLowerCase()];
}

function safeCodePoint(code: number): string | undefined {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** A line that starts like a heading or clause once repaired: `（一）`, `一、`, `1.`. */
const headingLike = /^(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])/;

/**
 * `??` (or `?`, `\ufffd`) at the start of a line: ideographic spaces or a lost byte that went through a wrong
 * encoding. A line decoded one byte out of step is repaired when the repair starts like a heading; otherwise the
 * unreadable start is removed. Either way the line is reported.
 */
function fixGarbledStart(text: string, warn: (code: string, message: string) => void): string {
  const match = leadingGarble.exec(text);
  if (!match) return text;
  const rest = text.slice(match[0].length);
  const repaired = repairShiftedGbk(rest, (candidate) => headingLike.test(candidate));
  if (repaired !== null) {
    warn(
      'MOJIBAKE_REPAIRED',
      `line read one byte out of step (GBK): '${text.slice(0, 12)}…' read as '${repaired.slice(0, 12)}…'`,
    );
    return repaired;
  }
  warn('MOJIBAKE_STRIPPED', `unreadable '${match[0].trim()}' at the start of the line removed`);
  return rest;
}

/** Removes artefacts from one line; returns the cleaned text and the warnings to report for it. */
export function cleanLine(raw: string, line: number, file: string): { text: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const warn = (code: string, message: string): void => {
    diagnostics.push({ file, line, severity: 'warning', code, message });
  };
  let text = raw
    .replace(bookmarkPattern, '')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(bulletPattern, '');
  for (const [garbled, original] of mojibakeRepairs) {
    if (text.includes(garbled)) {
      text = text.split(garbled).join(original);
      warn('MOJIBAKE_REPAIRED', `garbled characters '${garbled}' read as '${original}'`);
    }
  }
  text = text.replace(entityPattern, (whole, lead: string, name: string) => {
    const decoded = decodeEntity(name);
    if (decoded === undefined) return whole;
    if (lead === '?') warn('MOJIBAKE', `entity '&${name};' lost its '&' to garbled characters`);
    return decoded;
  });
  text = fixGarbledStart(text, warn);
  const withoutReadings = text.replace(pinyinReading, '');
  if (withoutReadings !== text) warn('PINYIN_REMOVED', 'pinyin readings after characters removed (灵(líng) → 灵)');
  text = withoutReadings;
  const garbled = mojibakePattern.exec(text);
  if (garbled) {
    const at = Math.max(0, garbled.index - 6);
    warn('MOJIBAKE', `unreadable characters (mojibake) near '${text.slice(at, garbled.index + 10)}'`);
  }
  return { text: text.trim(), diagnostics };
}

/** Splits a decoded text into normalised lines (CRLF, CR and LF all end a line). */
export function normalizeText(text: string, file: string): NormalizedText {
  const diagnostics: Diagnostic[] = [];
  const cleaned = text.split(/\r\n|\r|\n/).map((raw, index) => {
    const result = cleanLine(raw, index + 1, file);
    diagnostics.push(...result.diagnostics);
    return result.text;
  });
  const keys = lineKeys(cleaned);
  const lines = cleaned.map((line, index): SourceLine => ({
    line: index + 1,
    text: line,
    key: keys[index] ?? matchKey(line),
  }));
  return { lines, diagnostics };
}

/** Keys of all lines at once (one opencc call is far cheaper than one per line); per line when lengths shift. */
function lineKeys(lines: string[]): string[] {
  const whole = lines.join('\n');
  const folded = foldWidth(whole);
  const simplified = toSimplified(folded);
  if (simplified.length !== folded.length) return lines.map(matchKey);
  const keys = simplified.split('\n');
  return keys.length === lines.length ? keys : lines.map(matchKey);
}
