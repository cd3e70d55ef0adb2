/**
 * The documented order of search hits (issue 15 item 5; docs/research.md): issued documents above drafts, newer
 * documents above older ones, hits in a title above hits in the text only, then by document id, a document's clauses
 * in their numeric order (1, 2, … 12, never 1, 12, 2) and its annex rows after them. The order is a sort key
 * string, so the key of a page's last hit is its cursor. A search does not build the key of every hit: the index's
 * tables (searchTables.ts) hold each text's place in this order without the title match.
 */
import type { FoundHit } from './searchTypes';

const SEPARATOR = '\u0001';

function padded(value: number, width: number): string {
  return String(Math.max(0, Math.trunc(value))).padStart(width, '0');
}

/** The key's parts before the title match: the document's status and year. Texts of a document share it. */
export function groupKey(hit: FoundHit): string {
  return [hit.status === 'DRAFT' ? '1' : '0', padded(9999 - (hit.year ?? 0), 4)].join(SEPARATOR);
}

/** The key's parts after the document id: clauses before annex rows, then section and item ordinals. */
function withinDocumentKey(hit: FoundHit): string {
  return [hit.kind === 'CLAUSE' ? '0' : '1', padded(hit.sectionOrdinal, 4), padded(hit.ordinal, 6)].join(SEPARATOR);
}

/** Two ordinals as their key parts compare: as numbers when both fit the width (zero-padded digits compare so). */
function compareOrdinals(a: number, b: number, width: number): number {
  const [x, y] = [Math.max(0, Math.trunc(a)), Math.max(0, Math.trunc(b))];
  if (x < 10 ** width && y < 10 ** width) return x - y;
  const [keyA, keyB] = [padded(a, width), padded(b, width)];
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}

/**
 * Compares two hits of one document as their withinDocumentKey strings compare, without building them: ordinals that
 * fit their padding compare as numbers, as their zero-padded digits do.
 */
export function compareWithinDocument(a: FoundHit, b: FoundHit): number {
  if (a.kind !== b.kind) return a.kind === 'CLAUSE' ? -1 : 1;
  return compareOrdinals(a.sectionOrdinal, b.sectionOrdinal, 4) || compareOrdinals(a.ordinal, b.ordinal, 6);
}

/**
 * The hit's place in the ranking as a string: comparing keys as strings compares hits by rank. No part holds the
 * separator, which sorts below every other character, so comparing keys compares the parts in turn: the tables
 * order texts by the parts without the title match.
 */
export function rankKey(hit: FoundHit): string {
  return [groupKey(hit), hit.titleMatch ? '0' : '1', hit.policyId, withinDocumentKey(hit)].join(SEPARATOR);
}

/** The first index below `length` whose key is above `after` (keys ascend with the index): a binary search. */
export function firstAfter(length: number, keyAt: (index: number) => string, after: string): number {
  let [low, high] = [0, length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keyAt(middle) > after) high = middle;
    else low = middle + 1;
  }
  return low;
}
