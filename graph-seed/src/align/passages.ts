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
  passages: string[];
  /** Where each passage starts in the first and in the second text (code point offsets), in `passages` order. */
  starts: Array<[number, number]>;
  /** Characters of the first text covered by the passages. */
  coveredA: number;
  /** Characters of the second text covered by the passages. */
  coveredB: number;
  lengthA: number;
  lengthB: number;
}

interface Match {
  i: number;
  j: number;
  length: number;
}

/** Code points of a text's characters. */
function codesOf(chars: string[]): Int32Array {
  const codes = new Int32Array(chars.length);
  for (let k = 0; k < chars.length; k++) codes[k] = chars[k]!.codePointAt(0)!;
  return codes;
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

function candidateMatches(textA: string[], textB: string[]): Match[] {
  const [a, b] = [codesOf(textA), codesOf(textB)];
  const index = new Map<number, number[]>();
  for (let j = 0; j + MIN_PASSAGE <= b.length; j++) {
    const key = keyAt(b, j);
    const list = index.get(key);
    if (list) list.push(j);
    else index.set(key, [j]);
  }
  const matches: Match[] = [];
  for (let i = 0; i + MIN_PASSAGE <= a.length; i++) {
    for (const j of index.get(keyAt(a, i)) ?? []) {
      // Only left-maximal matches: the others are suffixes of one already found.
      if (!sameStart(a, i, b, j) || (i > 0 && j > 0 && a[i - 1] === b[j - 1])) continue;
      let length = MIN_PASSAGE;
      while (i + length < a.length && j + length < b.length && a[i + length] === b[j + length]) length++;
      matches.push({ i, j, length });
    }
  }
  return matches.sort((x, y) => y.length - x.length || x.i - y.i || x.j - y.j);
}

/** The passages two texts share verbatim (compare matchable or plain Simplified forms). */
export function sharedPassages(textA: string, textB: string): SharedPassages {
  const a = [...textA].slice(0, MAX_CHARS);
  const b = [...textB].slice(0, MAX_CHARS);
  const usedA = new Array<boolean>(a.length).fill(false);
  const usedB = new Array<boolean>(b.length).fill(false);
  const passages: string[] = [];
  const starts: Array<[number, number]> = [];
  let covered = 0;
  for (const { i, j, length } of candidateMatches(a, b)) {
    let free = true;
    for (let k = 0; k < length && free; k++) free = !usedA[i + k] && !usedB[j + k];
    if (!free) continue;
    for (let k = 0; k < length; k++) usedA[i + k] = usedB[j + k] = true;
    passages.push(a.slice(i, i + length).join(''));
    starts.push([i, j]);
    covered += length;
  }
  return { passages, starts, coveredA: covered, coveredB: covered, lengthA: a.length, lengthB: b.length };
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
