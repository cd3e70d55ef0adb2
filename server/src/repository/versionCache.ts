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
import { changesBetween } from './graphChanges';
import type { GraphChange } from './graphChanges';

/** Entries kept for one version: a few superior documents' coverage and the search index. */
export const VERSION_CACHE_ENTRIES = 32;

/** Brings an entry of the previous version forward by what the write changed; must equal a fresh computation. */
export type Advance<T> = (previous: T, change: GraphChange) => Promise<T>;

interface Entry {
  value: Promise<unknown>;
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
    return this.keep(key, compute(), advance as Advance<unknown> | undefined) as Promise<T>;
  }

  /** Advances what can be advanced to `version` and drops the rest. */
  private moveTo(version: number): void {
    const change = this.version === undefined ? null : changesBetween(this.runner, this.version, version);
    this.version = version;
    // Least recently used first, so that keeping them again keeps their order.
    const previous = [...this.entries.entries()].reverse();
    this.entries.clear();
    if (!change) return;
    for (const [key, { value, advance }] of previous) {
      if (advance)
        this.keep(
          key,
          value.then((before) => advance(before, change)),
          advance,
        );
    }
  }

  private keep(key: string, value: Promise<unknown>, advance: Advance<unknown> | undefined): Promise<unknown> {
    const entry = { value, advance };
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return value;
  }
}
