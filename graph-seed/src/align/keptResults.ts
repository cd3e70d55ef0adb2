/**
 * Results kept across alignments by the identity of their inputs (issue 11): an import realigns a family whose
 * members mostly keep their texts, profiles and measures' words, so what depends only on those objects is looked up
 * instead of computed again. Keys are identity tokens (edgeMemo.ts `clauseToken`), never document indices, which
 * shift when a document is added; an object is never mutated once made, so its token stands for its content.
 */
import { clauseToken } from './edgeMemo';

/** The identity token of an object, or 0 for none. */
export function tokenOf(value: object | null | undefined): number {
  return value ? clauseToken(value) : 0;
}

/** A key for a sequence of objects by their identities (in order). */
export function sequenceKey(values: ReadonlyArray<object | null | undefined>): string {
  let key = '';
  for (const value of values) key += `${tokenOf(value)},`;
  return key;
}

/**
 * A bounded map that forgets what went unused for a while: entries live in a current generation; when it is full it
 * becomes the previous one (the older previous one dropped), and an entry found there is carried back. What one
 * alignment used is therefore still there for the next.
 */
export class GenerationCache<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const value = this.current.get(key);
    if (value !== undefined) return value;
    const old = this.previous.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (this.current.size >= this.limit) [this.previous, this.current] = [this.current, new Map()];
    this.current.set(key, value);
  }
}

// Interned keys: a long sequence key turned into a small number, so that per-sentence results carry a number. A
// forgotten key costs only recomputation: its sentences are asked under a new number. Numbers are never reused,
// whichever interner gives them.
let nextKey = 0;

/** Numbers standing for strings: equal strings get equal numbers while remembered (the last `limit` or more). */
class KeyInterner {
  private readonly kept: GenerationCache<string, number>;

  constructor(limit: number) {
    this.kept = new GenerationCache(limit);
  }

  key(key: string): number {
    let id = this.kept.get(key);
    if (id === undefined) this.kept.set(key, (id = ++nextKey));
    return id;
  }
}

const interned = new KeyInterner(20_000);

/** A number standing for `key`: equal keys get equal numbers while it is remembered, and a number is never reused. */
export function internKey(key: string): number {
  return interned.key(key);
}

// Apart from the sentences' keys, so that their churn never makes a measure's context look new.
const contexts = new KeyInterner(20_000);

/**
 * internKey for the context of a measure (its exemplars, targets, core members): asked once per measure, then
 * written into the key of each of its members' edges instead of the whole context.
 */
export function internContext(key: string): number {
  return contexts.key(key);
}

/**
 * An object keptFor keeps results with: made with `kept: undefined`, so that every object of its kind has one shape.
 * A field rather than a WeakMap by owner: each of a province's sentences owns some, and as entries of a WeakMap they
 * were ephemerons, which V8 settles in the pause that ends each full collection.
 */
export interface KeepsResults {
  kept: Array<{ key: number; value: unknown }> | undefined;
}

const KEPT_PER_OBJECT = 4;

/**
 * `compute()` for `owner` under `key`, kept with the owner (a few keys each, the latest first): `key` must stand for
 * every other input `compute` reads.
 */
export function keptFor<T>(owner: KeepsResults, key: number, compute: () => T): T {
  const entries = (owner.kept ??= []);
  const found = entries.find((e) => e.key === key);
  if (found) return found.value as T;
  const value = compute();
  entries.unshift({ key, value });
  if (entries.length > KEPT_PER_OBJECT) entries.pop();
  return value;
}
