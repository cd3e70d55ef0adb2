/**
 * A Map that holds at most `max` entries: a new key set beyond that drops the key set first (first in, first out).
 *
 * For the cascade's memo (cascadeMemo.ts), which once warmed holds every clause of the graph and is asked some 1,000
 * keys per cascade: lru-cache's `get` moves each entry to the front of its list, 1.2 ms of a cascade's ~10 ms at
 * 1,000 documents, where Map's `get` costs next to nothing. What is dropped first matters only past `max`, which the
 * memo sets above what 1,000 documents hold.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly max: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.max && !this.has(key)) {
      const first = this.keys().next();
      if (!first.done) this.delete(first.value);
    }
    return super.set(key, value);
  }
}
