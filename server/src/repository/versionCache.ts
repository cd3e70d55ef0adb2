/**
 * What the repository computes from the whole graph and many requests share — the search index, the coverage of a
 * superior document — kept while the store's version (CypherStore.version) stays the same. A write through the store
 * moves the version. When the write left a note of what it changed (graphChanges.ts: imports and reviews do), an entry
 * that knows how to advance is brought forward from that note; every other entry, or every entry after a write
 * without a note, is computed anew at the next read. Bounded in entries (least recently used go first). A runner
 * without a version (a transaction, a test's counting wrapper) is never cached: every read computes. One cache per
 * store object (`VersionCache.of`): a repository made for one read shares what the app's computed.
 */
import { LRUCache } from 'lru-cache';
import type { CypherRunner } from '../store/CypherStore';
import { changesBetween, notesSettled } from './graphChanges';
import type { GraphChange } from './graphChanges';

/** Entries kept for one version: a few superior documents' coverage and the search index. */
export const VERSION_CACHE_ENTRIES = 32;

/** Brings an entry of the previous version forward by what the write changed; must equal a fresh computation. */
export type Advance<T> = (previous: T, change: GraphChange) => Promise<T>;

interface Entry {
  value: Promise<unknown>;
  compute: () => Promise<unknown>;
  advance: Advance<unknown> | undefined;
}

function versionOf(runner: CypherRunner): number | undefined {
  const version = (runner as { version?: unknown }).version;
  return typeof version === 'number' ? version : undefined;
}

/** One cache per store, shared by every repository over it (the app's, the importer's summary). */
const caches = new WeakMap<object, VersionCache>();

export class VersionCache {
  /** The cache of `runner`, shared by all who read through the same store object. */
  static of(runner: CypherRunner): VersionCache {
    const known = caches.get(runner);
    if (known) return known;
    const cache = new VersionCache(runner);
    caches.set(runner, cache);
    return cache;
  }

  private readonly entries = new LRUCache<string, Entry>({ max: VERSION_CACHE_ENTRIES });
  private version: number | undefined;

  private constructor(private readonly runner: CypherRunner) {}

  /** Whether answers are kept: the runner is a store with a version (otherwise `get` computes on every call). */
  get keeps(): boolean {
    return versionOf(this.runner) !== undefined;
  }

  /** The store's version now (undefined for a runner without one): a caller can tell whether a write came since. */
  get storeVersion(): number | undefined {
    return versionOf(this.runner);
  }

  /**
   * `compute()`'s answer for `key` at the store's current version: computed once per version (concurrent callers
   * share one computation), and computed again when it failed. With `advance`, an answer of an older version is
   * brought forward by the noted changes instead.
   */
  get<T>(key: string, compute: () => Promise<T>, advance?: Advance<T>): Promise<T> {
    // Read before computing: whatever compute() reads is at least as new as this version.
    const version = versionOf(this.runner);
    if (version === undefined) return compute();
    if (version !== this.version) this.moveTo(version);
    const known = this.entries.get(key);
    if (known) return known.value as Promise<T>;
    return this.keep(key, {
      value: compute(),
      compute,
      advance: advance as Advance<unknown> | undefined,
    }) as Promise<T>;
  }

  /**
   * Advances what can be advanced to `version` and drops the rest. A noted write still settling its note (its
   * commit moved the version first) is waited for: its note then brings the entries forward like any other.
   */
  private moveTo(version: number): void {
    const from = this.version;
    this.version = version;
    // Least recently used first, so that keeping them again keeps their order.
    const previous = [...this.entries.entries()].reverse();
    this.entries.clear();
    if (from === undefined) return;
    const change = changesBetween(this.runner, from, version);
    const settling = change ? null : notesSettled(this.runner);
    if (!change && !settling) return;
    for (const [key, entry] of previous) {
      if (!entry.advance) continue;
      const advance = entry.advance;
      const value = settling
        ? settling.then(() => {
            const late = changesBetween(this.runner, from, version);
            return late ? entry.value.then((before) => advance(before, late)) : entry.compute();
          })
        : entry.value.then((before) => advance(before, change as GraphChange));
      this.keep(key, { value, compute: entry.compute, advance });
    }
  }

  private keep(key: string, entry: Entry): Promise<unknown> {
    this.entries.set(key, entry);
    entry.value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return entry.value;
  }
}
