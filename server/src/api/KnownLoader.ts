/**
 * A DataLoader that also remembers the values it holds: primed ones and those its batches answered. `get` returns
 * such a value as is and only the others as the loader's promise. graphql-js completes a plain value on the spot,
 * while every promise costs it a tick and a continuation: answering a cascade's clauses, policies and regions this
 * way, already primed, took a sixth off the CPU time of the cascade query without its store reads (0.30 → 0.25 ms,
 * measured in process).
 */
import DataLoader from 'dataloader';

export class KnownLoader<V> extends DataLoader<string, V> {
  private readonly known: Map<string, V>;
  /** Keys the DataLoader cache holds (loaded, being loaded or primed): a later prime leaves them as they are. */
  private readonly cached = new Set<string>();

  /** `batch` answers one value per key, in key order (DataLoader's contract). */
  constructor(batch: (keys: readonly string[]) => Promise<V[]>, options: { maxBatchSize: number }) {
    const known = new Map<string, V>();
    super(async (keys) => {
      const values = await batch(keys);
      keys.forEach((key, i) => {
        const value = values[i];
        if (value !== undefined) known.set(key, value);
      });
      return values;
    }, options);
    this.known = known;
  }

  override load(key: string): Promise<V> {
    this.cached.add(key);
    return super.load(key);
  }

  override prime(key: string, value: V | PromiseLike<V> | Error): this {
    if (!this.cached.has(key)) {
      this.cached.add(key);
      if (!(value instanceof Error) && !isPromiseLike(value)) this.known.set(key, value);
    }
    return super.prime(key, value);
  }

  override clear(key: string): this {
    this.cached.delete(key);
    this.known.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.cached.clear();
    this.known.clear();
    return super.clearAll();
  }

  /** The value of `key`: at once when this loader already holds it, else through the batch. */
  get(key: string): V | Promise<V> {
    return this.known.has(key) ? (this.known.get(key) as V) : this.load(key);
  }
}

function isPromiseLike<V>(value: V | PromiseLike<V>): value is PromiseLike<V> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
