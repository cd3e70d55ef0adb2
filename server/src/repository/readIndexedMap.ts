/**
 * A BoundedMap that knows, for each id its entries read, which entries read it: the cascade's memo (cascadeMemo.ts)
 * drops after a write the entries that read an id the write noted, and finding them by scanning every entry cost
 * 25-115 ms per write once the memo was warmed whole at 1,000 documents (its maps hold every clause, edge and peer).
 * Looking the noted ids up here costs what the write changed and what it drops, not what the memo holds.
 *
 * The index follows the map: an entry set is indexed by the ids `reads` visits, and unindexed when it is deleted, set
 * again, or dropped past the bound (BoundedMap's `set` deletes through `delete`), so it holds no key the map no longer
 * holds. `reads` is asked again when an entry goes, so a value must not change in place once set (the memo's never
 * do: every request that reads them shares them). An entry's own key is not indexed: whoever drops entries for some
 * ids looks their keys up directly (`dropFor`), and each clause or root would otherwise be indexed under itself.
 *
 * An id read by one entry holds that entry's key itself, by a few a list of keys (a key once per time its entry reads
 * the id), by more a Set: a Set for every id held some 30 MB more at 1,000 documents (the memo's index holds some 28
 * MB, measured after a full GC), most ids being read by one entry or a few; a list for every id cost 0.5 s to unindex
 * an import's note, some ids being read by 1,700 roots' peers.
 */
import { BoundedMap } from './boundedMap';

/** Calls `visit` with each id the entry of `key` reads (an id more than once is fine; the key is skipped). */
export type Reads<V> = (value: V, key: string, visit: (id: string) => void) => void;

/** Readers an id holds in a list at most; beyond, in a Set (removing one is then not a search of the list). */
const LISTED_READERS = 16;

type Readers = string | string[] | Set<string>;

export class ReadIndexedMap<V> extends BoundedMap<string, V> {
  /** Each id read, with the key or the keys of the entries that read it (besides their own key). */
  private readonly readers = new Map<string, Readers>();

  constructor(
    max: number,
    private readonly reads: Reads<V>,
  ) {
    super(max);
  }

  override set(key: string, value: V): this {
    this.unindex(key);
    super.set(key, value);
    this.indexReads(key, value);
    return this;
  }

  override delete(key: string): boolean {
    this.unindex(key);
    return super.delete(key);
  }

  override clear(): void {
    this.readers.clear();
    super.clear();
  }

  /**
   * Deletes the entries whose key is one of `keys` and those that read one of `reads`, visiting only those (and what
   * stays, when more go): what a scan testing `keys.has(key) || reads(value).some(read.has)` over every entry would
   * delete.
   */
  dropFor(keys: Iterable<string>, reads: Iterable<string>): void {
    const gone = new Set<string>();
    for (const key of keys) if (this.has(key)) gone.add(key);
    for (const id of reads) for (const key of this.readersOf(id)) gone.add(key);
    if (gone.size * 2 <= this.size) {
      for (const key of gone) this.delete(key);
      return;
    }
    // More go than stay (an import's note naming 32,000 CORRESPONDS_TO edges dropped 28,000 of 51,000 roots' peers):
    // indexing what stays is cheaper than taking each id of what goes off its readers.
    for (const key of gone) super.delete(key);
    this.readers.clear();
    for (const [key, value] of this) this.indexReads(key, value);
  }

  /** The keys of the entries that read `id` (besides their own key). */
  readersOf(id: string): Iterable<string> {
    const readers = this.readers.get(id);
    return readers === undefined ? [] : typeof readers === 'string' ? [readers] : readers;
  }

  /** How many ids the index holds, for tests: none once every entry is gone. */
  get indexedIds(): number {
    return this.readers.size;
  }

  private indexReads(key: string, value: V): void {
    this.reads(value, key, (id) => {
      if (id !== key) this.index(id, key);
    });
  }

  private index(id: string, key: string): void {
    const readers = this.readers.get(id);
    if (readers === undefined) this.readers.set(id, key);
    else if (typeof readers === 'string') this.readers.set(id, [readers, key]);
    else if (readers instanceof Set) readers.add(key);
    else if (readers.length < LISTED_READERS) readers.push(key);
    else this.readers.set(id, new Set([...readers, key]));
  }

  private unindex(key: string): void {
    const value = this.get(key);
    if (value === undefined && !this.has(key)) return;
    this.reads(value as V, key, (id) => {
      if (id !== key) this.forget(id, key);
    });
  }

  /** Takes `key` off the readers of `id`: once from a list (as often as `index` added it), from a Set at the first. */
  private forget(id: string, key: string): void {
    const readers = this.readers.get(id);
    if (readers === undefined) return;
    if (readers === key) this.readers.delete(id);
    else if (readers instanceof Set) {
      readers.delete(key);
      if (readers.size === 0) this.readers.delete(id);
    } else if (typeof readers === 'object') {
      const at = readers.lastIndexOf(key);
      if (at < 0) return;
      readers[at] = readers[readers.length - 1] as string;
      readers.pop();
      if (readers.length === 1) this.readers.set(id, readers[0] as string);
    }
  }
}
