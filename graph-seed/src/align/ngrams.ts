/**
 * Character n-gram similarity on Simplified text (DESIGN.md §5): clauses of different localities say the same
 * measure in nearly the same words, so TF-IDF weighted character bigrams separate peers from neighbours well.
 */
import { gramCount, gramId, gramText, pairId } from './gramIds';

/**
 * A sparse TF-IDF vector: interned bigram ids (gramId) in the order the bigrams first occur in the text, their
 * weights, and the Euclidean norm. Typed arrays rather than a Map: a province of a hundred localities compares
 * millions of clause pairs, and Map lookups and the garbage of millions of Map entries were most of the cost.
 */
export interface TermVector {
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
}

// The responsibility list names each locality's own departments; it says nothing about which measure a clause
// carries, and 区科技局/市科技局 would otherwise look like shared terms.
const RESPONSIBILITY = /[(（〔<][^()（）〔〕]*?责任单位[:：][\s\S]*?(?:[)）〕>]|$)/g;
const NOT_MATCHABLE = /[^\u4e00-\u9fffA-Za-z#]+/g;

/** Matchable form of a Simplified text: responsibility list removed, digits folded to `#`, punctuation dropped. */
export function matchText(textSimplified: string): string {
  return textSimplified
    .replace(RESPONSIBILITY, '')
    .replace(/[0-9０-９][0-9０-９.．,，]*/g, '#')
    .replace(NOT_MATCHABLE, '');
}

/** Overlapping character bigrams of an already matchable text (a one-character text yields itself). */
export function bigrams(text: string): string[] {
  const chars = [...text];
  if (chars.length < 2) return chars;
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(`${chars[i]}${chars[i + 1]}`);
  return grams;
}

/** Smoothed inverse document frequency of every bigram over a collection of matchable texts. */
export function inverseDocumentFrequency(texts: string[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const text of texts) for (const gram of new Set(bigrams(text))) df.set(gram, (df.get(gram) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [gram, count] of df) idf.set(gram, Math.log((1 + texts.length) / (1 + count)) + 1);
  return idf;
}

// The rarest weight of each idf table, computed once: termVector runs for every clause and area, and scanning the
// whole vocabulary each time made alignment of a hundred documents take minutes.
const rarestWeight = new WeakMap<Map<string, number>, number>();

/** The weight of a bigram the idf table has never seen: the rarest weight it holds. */
export function unseenWeight(idf: Map<string, number>): number {
  let rarest = rarestWeight.get(idf);
  if (rarest === undefined) {
    rarest = 1;
    for (const weight of idf.values()) if (weight > rarest) rarest = weight;
    rarestWeight.set(idf, rarest);
  }
  return rarest;
}

/** TF-IDF vector (sublinear tf) of a matchable text; bigrams unknown to `idf` get the rarest weight. */
export function termVector(text: string, idf: Map<string, number>): TermVector {
  const distinct = countBigrams(text);
  const unseen = unseenWeight(idf);
  const table = idfTable(idf);
  const ids = new Int32Array(distinct);
  const weights = new Float64Array(distinct);
  let sum = 0;
  for (let k = 0; k < distinct; k++) {
    const id = firstSeen[k]!;
    let idfWeight = table[id]!;
    if (Number.isNaN(idfWeight)) table[id] = idfWeight = idf.get(gramText(id)) ?? unseen;
    const weight = (1 + Math.log(counts[id]!)) * idfWeight;
    counts[id] = 0;
    ids[k] = id;
    weights[k] = weight;
    sum += weight * weight;
  }
  return { ids, weights, norm: Math.sqrt(sum) };
}

// Each idf table's weights by gram id (NaN until looked up), grown with the vocabulary: termVector runs for every
// clause, heading, sentence and area, and a string lookup per term was most of its cost. An idf table never changes.
const idfTables = new WeakMap<Map<string, number>, Float64Array>();

function idfTable(idf: Map<string, number>): Float64Array {
  let table = idfTables.get(idf);
  if (!table || table.length < gramCount()) {
    const larger = new Float64Array(Math.max(1024, gramCount() * 2)).fill(NaN);
    if (table) larger.set(table);
    idfTables.set(idf, (table = larger));
  }
  return table;
}

// How often each bigram of the text being counted occurs, by gramId (zero between texts), and the bigrams in the
// order they first occur: no Map per text.
let counts: Int32Array = new Int32Array(1024);
let firstSeen: Int32Array = new Int32Array(256);

/** Counts the bigrams of a matchable text into `counts` and `firstSeen` (as bigrams); returns how many distinct. */
function countBigrams(text: string): number {
  let distinct = 0;
  const count = (id: number) => {
    if (id >= counts.length) counts = grownTo(counts, id + 1);
    if (counts[id] === 0) {
      if (distinct === firstSeen.length) firstSeen = grownTo(firstSeen, distinct + 1);
      firstSeen[distinct++] = id;
    }
    counts[id]!++;
  };
  let previous = -1;
  let length = 0;
  for (let at = 0; at < text.length; length++) {
    const code = text.codePointAt(at)!;
    at += code > 0xffff ? 2 : 1;
    if (previous >= 0) count(pairId(previous, code));
    previous = code;
  }
  // A one-character text is its own gram (bigrams).
  if (length === 1) count(gramId(text));
  return distinct;
}

/** A copy of `array` in a larger one (at least `size`, at least twice as long): buffers kept between calls grow. */
export function grownTo(array: Int32Array, size: number): Int32Array {
  const larger = new Int32Array(Math.max(size, array.length * 2));
  larger.set(array);
  return larger;
}

// One dense row over the whole vocabulary, zero between calls: cosine scatters the larger vector into it, reads it
// for the smaller one and clears it again, which costs no allocation and no hashing.
let dense = new Float64Array(1024);

function denseRow(): Float64Array {
  if (dense.length < gramCount()) dense = new Float64Array(Math.max(gramCount(), dense.length * 2));
  return dense;
}

/**
 * Cosine similarity of two term vectors, 0 when either is empty. The dot product is summed over the smaller vector
 * in its own order (the first one when both have as many bigrams), so the result does not depend on how it is
 * computed elsewhere (bulkSimilarity sums in the same order).
 */
export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.ids.length <= b.ids.length ? [a, b] : [b, a];
  const row = denseRow();
  for (let k = 0; k < large.ids.length; k++) row[large.ids[k]!] = large.weights[k]!;
  let dot = 0;
  for (let k = 0; k < small.ids.length; k++) dot += small.weights[k]! * row[small.ids[k]!]!;
  for (let k = 0; k < large.ids.length; k++) row[large.ids[k]!] = 0;
  return dot / (a.norm * b.norm);
}

// Each pool's weights by bigram id, built once: a measure's pool is compared with every sentence of a family, and
// scattering its hundreds of terms into the dense row for each sentence was most of the cost of sub-clause matching.
// An open-addressing table in typed arrays (ids + 1 as keys, 0 for empty): a Map lookup per term was the rest of it.
interface PoolLookup {
  keys: Int32Array;
  values: Float64Array;
  mask: number;
}

const poolLookups = new WeakMap<TermVector, PoolLookup>();

function lookupOf(pool: TermVector): PoolLookup {
  let lookup = poolLookups.get(pool);
  if (!lookup) {
    let size = 16;
    while (size < pool.ids.length * 2) size *= 2;
    lookup = { keys: new Int32Array(size), values: new Float64Array(size), mask: size - 1 };
    for (let k = 0; k < pool.ids.length; k++) {
      let slot = hashSlot(pool.ids[k]!, lookup.mask);
      while (lookup.keys[slot] !== 0 && lookup.keys[slot] !== pool.ids[k]! + 1) slot = (slot + 1) & lookup.mask;
      lookup.keys[slot] = pool.ids[k]! + 1;
      lookup.values[slot] = pool.weights[k]!;
    }
    poolLookups.set(pool, lookup);
  }
  return lookup;
}

function hashSlot(id: number, mask: number): number {
  return (Math.imul(id, 0x9e3779b1) >>> 16) & mask;
}

/** The weight of term `id` in a pool's lookup, 0 when the pool lacks it. */
function weightIn(lookup: PoolLookup, id: number): number {
  for (let slot = hashSlot(id, lookup.mask); ; slot = (slot + 1) & lookup.mask) {
    const key = lookup.keys[slot]!;
    if (key === id + 1) return lookup.values[slot]!;
    if (key === 0) return 0;
  }
}

/**
 * cosine(a, pool), the same value, for a `pool` compared with many vectors (a measure's words): when `a` is the
 * smaller, its terms are looked up in the pool's (summed in `a`'s order, as cosine does) instead of scattering the pool.
 */
export function cosineWithPool(a: TermVector, pool: TermVector): number {
  if (a.norm === 0 || pool.norm === 0) return 0;
  if (a.ids.length > pool.ids.length) return cosine(a, pool);
  const lookup = lookupOf(pool);
  let dot = 0;
  for (let k = 0; k < a.ids.length; k++) dot += a.weights[k]! * weightIn(lookup, a.ids[k]!);
  return dot / (a.norm * pool.norm);
}

/** The shared bigrams of two vectors that weigh most in both, heaviest first (evidence a person can check). */
export function keyBigrams(a: TermVector, b: TermVector, limit: number): string[] {
  const other = new Map<number, number>();
  b.ids.forEach((id, k) => other.set(id, b.weights[k]!));
  const shared: Array<[string, number]> = [];
  a.ids.forEach((id, k) => {
    const weight = other.get(id);
    const gram = gramText(id);
    if (weight !== undefined && !gram.includes('#')) shared.push([gram, Math.min(a.weights[k]!, weight)]);
  });
  return shared
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, limit)
    .map(([gram]) => gram);
}
