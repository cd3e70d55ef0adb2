/**
 * Verbatim reuse between two texts: greedy string tiling (as plagiarism detectors do) — the longest passages the
 * texts share, each character used at most once. It gives both the evidence a person can check (the passages) and
 * the reproduction profile (how much of a text was kept word for word).
 */

/** Passages shorter than this are coincidences of ordinary wording (推进、支持、建设…). */
export const MIN_PASSAGE = 4;
// Bounded for speed: a clause is rarely longer; beyond this only the head is compared.
const MAX_CHARS = 2000;

export interface SharedPassages {
  /** Shared passages, longest first. */
  readonly passages: readonly string[];
  /** Where each passage starts in the first and in the second text (code point offsets), in `passages` order. */
  readonly starts: ReadonlyArray<readonly [number, number]>;
  /** Characters of the first text covered by the passages. */
  readonly coveredA: number;
  /** Characters of the second text covered by the passages. */
  readonly coveredB: number;
  readonly lengthA: number;
  readonly lengthB: number;
}

/** Code points of a text's first `limit` characters, and where each starts in the string (UTF-16 offsets). */
function codesOf(text: string, limit: number): { codes: Int32Array; offsets: Int32Array | null } {
  const head = Math.min(text.length, limit);
  const units = new Int32Array(head);
  let plain = true;
  for (let k = 0; k < head && plain; k++) {
    const unit = text.charCodeAt(k);
    units[k] = unit;
    plain = unit < 0xd800 || unit > 0xdfff;
  }
  // Without surrogates (nearly every clause) a character is one UTF-16 unit, and offsets are the positions.
  if (plain) return { codes: units, offsets: null };
  return withSurrogates(text, limit);
}

function withSurrogates(text: string, limit: number): { codes: Int32Array; offsets: Int32Array } {
  const codes = new Int32Array(Math.min(text.length, limit));
  const offsets = new Int32Array(codes.length + 1);
  let n = 0;
  let at = 0;
  while (at < text.length && n < limit) {
    const code = text.codePointAt(at)!;
    offsets[n] = at;
    codes[n++] = code;
    at += code > 0xffff ? 2 : 1;
  }
  offsets[n] = at;
  return { codes: codes.subarray(0, n), offsets: offsets.subarray(0, n + 1) };
}

// A number for the MIN_PASSAGE characters at `at` (exact arithmetic, but two passages may share it: a hit is checked
// by sameStart). Numbers rather than strings built for every position: that was the cost of aligning a province.
function keyAt(codes: Int32Array, at: number): number {
  let key = 0;
  for (let k = 0; k < MIN_PASSAGE; k++) key = key * 31 + codes[at + k]!;
  return key;
}

function sameStart(a: Int32Array, i: number, b: Int32Array, j: number): boolean {
  for (let k = 0; k < MIN_PASSAGE; k++) if (a[i + k] !== b[j + k]) return false;
  return true;
}

// The index's arrays, kept between calls and grown as needed: tiling runs for every pair of clauses compared, and
// fresh arrays for each were much of the garbage collector's work. Heads are reset to -1 after each use.
let heads = new Int32Array(16).fill(-1);
let chain = new Int32Array(16);

/**
 * The positions of `b` by the key of their MIN_PASSAGE characters, as chained lists in typed arrays (a slot per
 * key's hash, the next position of the same slot): no Map or array per key. A slot may hold several keys; hits are
 * checked by sameStart. Call releaseIndex(b, mask) when done.
 */
function positionIndex(b: Int32Array): { heads: Int32Array; next: Int32Array; mask: number } {
  let size = 16;
  while (size < b.length * 2) size *= 2;
  if (heads.length < size) heads = new Int32Array(size).fill(-1);
  if (chain.length < b.length) chain = new Int32Array(Math.max(b.length, chain.length * 2));
  const mask = size - 1;
  for (let j = 0; j + MIN_PASSAGE <= b.length; j++) {
    const slot = slotOf(keyAt(b, j), mask);
    chain[j] = heads[slot]!;
    heads[slot] = j;
  }
  return { heads, next: chain, mask };
}

function releaseIndex(b: Int32Array, mask: number): void {
  for (let j = 0; j + MIN_PASSAGE <= b.length; j++) heads[slotOf(keyAt(b, j), mask)] = -1;
}

function slotOf(key: number, mask: number): number {
  return (Math.imul(key | 0, 0x9e3779b1) ^ Math.floor(key / 0x100000000)) & mask;
}

// A match packed into one number that sorts longest first, then by i, then by j: lengths and offsets are below
// MAX_CHARS, so below SPAN (raise SPAN with MAX_CHARS).
const SPAN = 2048;

/** The left-maximal matches of MIN_PASSAGE characters or more, packed (SPAN) and sorted longest first. */
function candidateMatches(a: Int32Array, b: Int32Array): Float64Array {
  const { heads, next, mask } = positionIndex(b);
  let matches = new Float64Array(64);
  let count = 0;
  for (let i = 0; i + MIN_PASSAGE <= a.length; i++) {
    for (let j = heads[slotOf(keyAt(a, i), mask)]!; j >= 0; j = next[j]!) {
      // Only left-maximal matches: the others are suffixes of one already found.
      if (!sameStart(a, i, b, j) || (i > 0 && j > 0 && a[i - 1] === b[j - 1])) continue;
      let length = MIN_PASSAGE;
      while (i + length < a.length && j + length < b.length && a[i + length] === b[j + length]) length++;
      if (count === matches.length) {
        const grown = new Float64Array(count * 2);
        grown.set(matches);
        matches = grown;
      }
      matches[count++] = ((SPAN - length) * SPAN + i) * SPAN + j;
    }
  }
  releaseIndex(b, mask);
  return matches.subarray(0, count).sort();
}

// What each pair of texts shares, by the two texts: a clause's text recurs across localities and years (a
// locality's 2025 clause keeps its 2024 text; a measure's members copy the province), so the same pair is tiled for
// a peer edge, a closest peer and a succession many times over. Bounded like verbatim's cache (links.ts): a forgotten
// pair only costs recomputation. Two generations (keptResults.ts GenerationCache, by two texts): when the current one
// is full it becomes the previous one, and a pair found there is carried back, so the pairs in use survive. Emptied
// whole when full, as it was, a province's family lost the pairs of the measure at hand every 50,000 pairs and tiled
// them again (1,000 synthetic documents: 180,000 distinct pairs).
let currentPairs = new Map<string, Map<string, SharedPassages>>();
let previousPairs = new Map<string, Map<string, SharedPassages>>();
let pairsKept = 0;
/** Pairs per generation: at most 50,000 kept in all, the bound the map emptied when full had. */
const SHARED_GENERATION = 25_000;

/**
 * The passages two texts share verbatim (compare matchable or plain Simplified forms). Computed once per pair of
 * texts while remembered (the same object is returned for the same pair): read it, never change it.
 */
export function sharedPassages(textA: string, textB: string): SharedPassages {
  const known = currentPairs.get(textA)?.get(textB);
  if (known) return known;
  const shared = previousPairs.get(textA)?.get(textB) ?? tiling(textA, textB);
  if (pairsKept >= SHARED_GENERATION) {
    [previousPairs, currentPairs] = [currentPairs, new Map()];
    pairsKept = 0;
  }
  let byB = currentPairs.get(textA);
  if (!byB) currentPairs.set(textA, (byB = new Map()));
  byB.set(textB, shared);
  pairsKept++;
  return shared;
}

/** Greedy string tiling of two texts (sharedPassages). */
function tiling(textA: string, textB: string): SharedPassages {
  const [a, b] = [codesOf(textA, MAX_CHARS), codesOf(textB, MAX_CHARS)];
  const usedA = new Uint8Array(a.codes.length);
  const usedB = new Uint8Array(b.codes.length);
  const passages: string[] = [];
  const starts: Array<[number, number]> = [];
  let covered = 0;
  for (const packed of candidateMatches(a.codes, b.codes)) {
    const j = packed % SPAN;
    const i = Math.floor(packed / SPAN) % SPAN;
    const length = SPAN - Math.floor(packed / (SPAN * SPAN));
    let free = true;
    for (let k = 0; k < length && free; k++) free = usedA[i + k] === 0 && usedB[j + k] === 0;
    if (!free) continue;
    usedA.fill(1, i, i + length);
    usedB.fill(1, j, j + length);
    passages.push(a.offsets ? textA.slice(a.offsets[i], a.offsets[i + length]) : textA.slice(i, i + length));
    starts.push([i, j]);
    covered += length;
  }
  return {
    passages,
    starts,
    coveredA: covered,
    coveredB: covered,
    lengthA: a.codes.length,
    lengthB: b.codes.length,
  };
}

/** Share (0–1) of text B that text A keeps verbatim: 1 = copied whole, 0 = entirely rewritten. */
export function keptShare(shared: SharedPassages): number {
  return shared.lengthB === 0 ? 0 : round(shared.coveredB / shared.lengthB);
}

/** Symmetric reuse of two peer texts: covered characters over both lengths (Dice). */
export function mutualShare(shared: SharedPassages): number {
  const total = shared.lengthA + shared.lengthB;
  return total === 0 ? 0 : round((shared.coveredA + shared.coveredB) / total);
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
