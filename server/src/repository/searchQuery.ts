/**
 * What a search text means (issue 15 item 5): terms in Simplified script that must all occur, each matched with
 * punctuation, brackets and spaces ignored (首台套 finds 首臺(套)), a department name standing for every name the
 * alias table gives it (发展和改革局 finds 发改局). The hits are found in the search index (searchIndex.ts) by the
 * terms' keys; each term also becomes one regular expression, which JavaScript uses to place the highlights.
 */
import { departmentNames, toSimplified } from '@policy-cascade/graph-seed';
import { RepositoryError } from './errors';
import type { TextRange } from './searchTypes';

/** What search skips between and around the characters of a term: punctuation (brackets included) and spaces. */
const IGNORED_CLASS = '[\\p{P}\\p{Z}\\s]';
const IGNORED = new RegExp(IGNORED_CLASS, 'gu');
const REGEX_SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

export interface SearchQuery {
  /** The terms as read: Simplified, without punctuation or spaces. */
  terms: string[];
  /** Per term, the spellings that count as a match (the term, or every name of the department it names). */
  spellings: string[][];
  /** Per term, the same alternatives as a JavaScript regex body (flags `giu`), for highlight ranges. */
  bodies: string[];
}

/** A term's characters with the ignored class allowed between them, so 首台套 matches 首台(套). */
function spellingPattern(spelling: string): string {
  return [...spelling].map((ch) => ch.replace(REGEX_SYNTAX, '\\$&')).join(`${IGNORED_CLASS}*`);
}

/** The text's characters that count for search: Simplified, without punctuation or spaces. */
export function searchCore(text: string): string {
  return toSimplified(text).replace(IGNORED, '');
}

/**
 * What a text is searched by: its characters without punctuation or spaces, in lower case (the texts are Simplified
 * already). A term matches a text when the term's key occurs in the text's key (searchIndex.ts).
 */
export function searchKey(simplified: string): string {
  const skip = skippedUnits();
  let kept = '';
  let from = 0;
  for (let i = 0; i < simplified.length; i++) {
    const unit = simplified.charCodeAt(i);
    // A surrogate pair is one character to the pattern: the rare text holding one takes the pattern's way.
    if (unit >= 0xd800 && unit <= 0xdfff) return simplified.replace(IGNORED, '').toLowerCase();
    if (skip[unit] === 0) continue;
    kept += simplified.slice(from, i);
    from = i + 1;
  }
  return (from === 0 ? simplified : kept + simplified.slice(from)).toLowerCase();
}

/**
 * Per code unit outside the surrogates, 1 when IGNORED matches it: searchKey reads this table rather than running the
 * pattern, which costs some 280 ms over the 9 million characters of 1,000 documents' texts (the first search after a
 * rebuild keys them all); the table, 10 ms.
 */
let skipped: Uint8Array | undefined;

function skippedUnits(): Uint8Array {
  if (skipped) return skipped;
  const table = new Uint8Array(0x10000);
  const one = new RegExp(`^${IGNORED_CLASS}$`, 'u');
  for (let unit = 0; unit < 0x10000; unit++) {
    if (unit < 0xd800 || unit > 0xdfff) table[unit] = one.test(String.fromCharCode(unit)) ? 1 : 0;
  }
  skipped = table;
  return table;
}

/** Reads a search text; a text without any letter, digit or symbol is refused (BAD_INPUT). */
export function parseSearchText(text: string): SearchQuery {
  const words = (typeof text === 'string' ? text : '').split(/[\s\u3000]+/);
  const terms = [...new Set(words.map(searchCore).filter((term) => term !== ''))];
  if (terms.length === 0) throw new RepositoryError('BAD_INPUT', 'search: text must contain at least one term');
  const spellings = terms.map((term) => {
    const names = departmentNames(term);
    return names.length > 0 ? [...new Set([term, ...names])].sort((a, b) => b.length - a.length) : [term];
  });
  const bodies = spellings.map((alternatives) => alternatives.map(spellingPattern).join('|'));
  return { terms, spellings, bodies };
}

/** Every match of every term in `text`, merged where they touch or overlap, in text order (end exclusive). */
export function matchRanges(text: string, query: SearchQuery): TextRange[] {
  const ranges: TextRange[] = [];
  for (const body of query.bodies) {
    for (const match of text.matchAll(new RegExp(body, 'giu'))) {
      ranges.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
