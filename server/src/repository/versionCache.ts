/**
 * What the repository computes from the whole graph and many requests share — the search index, the coverage of a
 * superior document — kept while the store's version (CypherStore.version) stays the same. A write through the store
 * moves the version and the next read computes anew; entries of an older version are dropped then. Bounded in
 * entries (least recently used go first). A runner without a version (a transaction, a test's counting wrapper) is
 * never cached: every read computes.
 */
import { LRUCache } from 'lru-cache';
import type { CypherRunner } from '../store/CypherStore';

/** Entries kept for one version: a few superior documents' coverage and the search index. */
export const VERSION_CACHE_ENTRIES = 32;

function versionOf(runner: CypherRunner): number | undefined {
  const version = (runner as { version?: unknown }).version;
  return typeof version === 'number' ? version : undefined;
}

export class VersionCache {
  private readonly entries = new LRUCache<string, Promise<unknown>>({ max: VERSION_CACHE_ENTRIES });
  private version: number | undefined;

  constructor(private readonly runner: CypherRunner) {}

  /**
   * `compute()`'s answer for `key` at the store's current version: computed once per version (concurrent callers
   * share one computation), and computed again when it failed.
   */
  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    // Read before computing: whatever compute() reads is at least as new as this version.
    const version = versionOf(this.runner);
    if (version === undefined) return compute();
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    const known = this.entries.get(key) as Promise<T> | undefined;
    if (known) return known;
    const computed = compute();
    this.entries.set(key, computed);
    computed.catch(() => {
      if (this.entries.get(key) === computed) this.entries.delete(key);
    });
    return computed;
  }
}
