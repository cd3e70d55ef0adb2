import { describe, expect, it } from 'vitest';
import { KnownLoader } from './KnownLoader';

/** A loader over `values` that records the keys of every batch it runs. */
function loaderOver(values: Record<string, number>) {
  const batches: string[][] = [];
  const loader = new KnownLoader<number | null>(
    async (keys) => {
      batches.push([...keys]);
      return keys.map((key) => values[key] ?? null);
    },
    { maxBatchSize: 100 },
  );
  return { loader, batches };
}

describe('KnownLoader', () => {
  it('answers a primed key at once, without a batch', () => {
    const { loader, batches } = loaderOver({ a: 1 });
    loader.prime('a', 7);
    expect(loader.get('a')).toBe(7);
    expect(batches).toEqual([]);
  });

  it('batches unknown keys as DataLoader does, then answers them at once, nulls included', async () => {
    const { loader, batches } = loaderOver({ a: 1, b: 2 });
    const pending = [loader.get('a'), loader.get('b'), loader.get('missing')];
    expect(pending.every((value) => value instanceof Promise)).toBe(true);
    expect(await Promise.all(pending)).toEqual([1, 2, null]);
    expect(batches).toEqual([['a', 'b', 'missing']]);
    expect([loader.get('a'), loader.get('b'), loader.get('missing')]).toEqual([1, 2, null]);
    expect(batches).toHaveLength(1);
  });

  it('keeps the first value of a key, like DataLoader.prime, also while its batch is pending', async () => {
    const { loader } = loaderOver({ a: 1, b: 2 });
    expect(await loader.get('a')).toBe(1);
    loader.prime('a', 9);
    expect(loader.get('a')).toBe(1);
    expect(await loader.load('a')).toBe(1);
    const pending = loader.get('b');
    loader.prime('b', 9);
    expect(loader.get('b')).toBeInstanceOf(Promise);
    expect(await pending).toBe(2);
    expect(loader.get('b')).toBe(2);
  });

  it('remembers neither a failed batch nor a primed error', async () => {
    let fail = true;
    const loader = new KnownLoader<number>(
      async (keys) => {
        if (fail) throw new Error('store down');
        return keys.map(() => 3);
      },
      { maxBatchSize: 100 },
    );
    await expect(loader.get('a')).rejects.toThrow('store down');
    loader.clear('a');
    fail = false;
    expect(await loader.get('a')).toBe(3);
    loader.prime('b', new Error('bad'));
    const primedError = loader.get('b');
    expect(primedError).toBeInstanceOf(Promise);
    await expect(primedError).rejects.toThrow('bad');
  });
});
