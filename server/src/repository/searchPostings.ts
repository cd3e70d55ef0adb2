/**
 * Postings of the search index (issue 11: search p95 at 1,000 documents): per gram of the texts' keys — a code unit,
 * or three consecutive ones — the positions of the texts holding it, ascending. A spelling of three code units is held
 * by exactly the texts of its trigram's list, so a department query (发改局, 科技局) finds its some 20,000 hits without
 * searching their keys; a longer one by the texts in the lists of all its trigrams, few beyond its hits, each checked
 * (searchMatch.ts); a shorter one by its code units' lists. Some 9 million trigrams and 6 million code units at 1,000
 * documents: built in two passes into one Int32Array (a list per gram id, CSR), not a Map of arrays, to keep the
 * build short (the first search after a rebuild waits for it) and the memory at 4 bytes a posting.
 *
 * An advance (searchIndex.ts) appends texts: their grams go to small per-id lists after the built ones. A text gone
 * keeps its postings; its place in `texts` is empty and every reader skips it.
 */
import { ITEMS_PER_STEP, whole } from '../store/turns';
import type { Steps } from '../store/turns';

/** Dense ids of the grams of keys: `add` gives the gram at `i` of `key` an id (the next one when new), `get` reads it. */
interface GramIds {
  /** How many code units a gram spans. */
  readonly length: number;
  /** Ids below this are given. */
  readonly size: number;
  add(key: string, i: number): number;
  /** The id of the gram, or -1. */
  get(key: string, i: number): number;
}

/** A code unit is its own id: 65,536 of them at most, so the lists' offsets take 256 KB. */
class UnitIds implements GramIds {
  readonly length = 1;
  readonly size = 0x10000;
  add(key: string, i: number): number {
    return key.charCodeAt(i);
  }
  get(key: string, i: number): number {
    return key.charCodeAt(i);
  }
}

/** The first two code units of the trigram at `i` of `key` as one int. */
const pairAt = (key: string, i: number) => (key.charCodeAt(i) << 16) | key.charCodeAt(i + 1);

/**
 * Open addressing from a trigram (its first two code units as one int, `pair`, and its third) to a dense id: integer
 * arithmetic only, some 9 million lookups a build.
 */
class TrigramIds implements GramIds {
  readonly length = 3;
  private pairs = new Int32Array(1 << 12);
  private thirds = new Int32Array(1 << 12);
  private slots = new Int32Array(1 << 12).fill(-1);
  size = 0;

  private static slot(pair: number, third: number, mask: number): number {
    const h = Math.imul(pair ^ Math.imul(third, 0x85ebca77), 0x9e3779b1);
    return (h ^ (h >>> 15)) & mask;
  }

  get(key: string, i: number): number {
    const pair = pairAt(key, i);
    const third = key.charCodeAt(i + 2);
    const mask = this.slots.length - 1;
    for (let at = TrigramIds.slot(pair, third, mask); ; at = (at + 1) & mask) {
      const id = this.slots[at] as number;
      if (id < 0 || (this.pairs[at] === pair && this.thirds[at] === third)) return id;
    }
  }

  add(key: string, i: number): number {
    const pair = pairAt(key, i);
    const third = key.charCodeAt(i + 2);
    if (this.size * 2 >= this.slots.length) this.grow();
    const mask = this.slots.length - 1;
    let at = TrigramIds.slot(pair, third, mask);
    for (; ; at = (at + 1) & mask) {
      const id = this.slots[at] as number;
      if (id < 0) break;
      if (this.pairs[at] === pair && this.thirds[at] === third) return id;
    }
    this.pairs[at] = pair;
    this.thirds[at] = third;
    this.slots[at] = this.size;
    return this.size++;
  }

  private grow(): void {
    const [pairs, thirds, slots] = [this.pairs, this.thirds, this.slots];
    this.pairs = new Int32Array(slots.length * 2);
    this.thirds = new Int32Array(slots.length * 2);
    this.slots = new Int32Array(slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    for (let from = 0; from < slots.length; from++) {
      if ((slots[from] as number) < 0) continue;
      let at = TrigramIds.slot(pairs[from] as number, thirds[from] as number, mask);
      while ((this.slots[at] as number) >= 0) at = (at + 1) & mask;
      this.pairs[at] = pairs[from] as number;
      this.thirds[at] = thirds[from] as number;
      this.slots[at] = slots[from] as number;
    }
  }
}

export interface Postings {
  ids: GramIds;
  /** The built lists: id's positions are `built[offsets[id]]` up to `built[offsets[id + 1]]` (ids below offsets.length - 1). */
  offsets: Int32Array;
  built: Int32Array;
  /** The positions of texts appended since, per id. */
  appended: Map<number, number[]>;
}

/** The trigram postings of `keys` (the texts' keys by position; undefined for an empty place), built in steps. */
export const trigramPostingsSteps = (keys: readonly (string | undefined)[]) => postingsSteps(keys, new TrigramIds());

/** The code-unit postings of `keys`, built in steps. */
export const unitPostingsSteps = (keys: readonly (string | undefined)[]) => postingsSteps(keys, new UnitIds());

/** The trigram postings of `keys`, at once. */
export const buildTrigramPostings = (keys: readonly (string | undefined)[]) => whole(trigramPostingsSteps(keys));

/** The code-unit postings of `keys`, at once. */
export const buildUnitPostings = (keys: readonly (string | undefined)[]) => whole(unitPostingsSteps(keys));

function* postingsSteps(keys: readonly (string | undefined)[], ids: GramIds): Steps<Postings> {
  const { byText, ends, counts } = yield* textGrams(keys, ids);
  // Pass 2: the lists, each filled in position order.
  const offsets = new Int32Array(ids.size + 1);
  for (let id = 0; id < ids.size; id++) offsets[id + 1] = (offsets[id] as number) + ((counts[id] as number) | 0);
  const fill = offsets.slice(0, ids.size);
  const built = new Int32Array(ends[keys.length - 1] ?? 0);
  for (let position = 0, at = 0; position < keys.length; position++) {
    for (const end = ends[position] as number; at < end; at++) {
      const id = byText[at] as number;
      built[fill[id] as number] = position;
      fill[id] = (fill[id] as number) + 1;
    }
    if (position % ITEMS_PER_STEP === 0) yield;
  }
  return { ids, offsets, built, appended: new Map() };
}

/** Pass 1: each text's distinct gram ids, in turn (text p's end at `ends[p]`), and how many texts hold each id. */
function* textGrams(keys: readonly (string | undefined)[], ids: GramIds) {
  const reach = ids.length - 1;
  let total = 0;
  for (const key of keys) total += key ? Math.max(0, key.length - reach) : 0;
  const byText = new Int32Array(total);
  const ends = new Int32Array(keys.length);
  let counts = new Int32Array(1 << 12);
  let lastSeen = new Int32Array(1 << 12).fill(-1);
  let next = 0;
  for (let position = 0; position < keys.length; position++) {
    const key = keys[position] ?? '';
    for (let i = 0; i + reach < key.length; i++) {
      const id = ids.add(key, i);
      while (id >= counts.length) [counts, lastSeen] = [grown(counts, 0), grown(lastSeen, -1)];
      if (lastSeen[id] === position) continue;
      lastSeen[id] = position;
      counts[id] = (counts[id] as number) + 1;
      byText[next++] = id;
    }
    ends[position] = next;
    if (position % ITEMS_PER_STEP === 0) yield;
  }
  return { byText, ends, counts };
}

function grown<T extends Int32Array>(array: T, empty: number): T {
  const larger = new Int32Array(array.length * 2).fill(empty);
  larger.set(array);
  return larger as T;
}

/** Adds the text at `position` (after every position listed so far) with key `key`. */
export function appendGrams(postings: Postings, position: number, key: string): void {
  for (let i = 0; i + postings.ids.length - 1 < key.length; i++) {
    const id = postings.ids.add(key, i);
    const list = postings.appended.get(id);
    if (!list) postings.appended.set(id, [position]);
    else if (list[list.length - 1] !== position) list.push(position);
  }
}

/** The positions listed for the gram at `i` of `key`, ascending; empty places included. */
export function holdersAt(postings: Postings, key: string, i: number): Int32Array {
  const id = postings.ids.get(key, i);
  if (id < 0) return new Int32Array(0);
  const built =
    id + 1 < postings.offsets.length
      ? postings.built.subarray(postings.offsets[id], postings.offsets[id + 1])
      : new Int32Array(0);
  const appended = postings.appended.get(id);
  if (!appended) return built;
  const all = new Int32Array(built.length + appended.length);
  all.set(built);
  all.set(appended, built.length);
  return all;
}
