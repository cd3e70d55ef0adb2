import { describe, expect, it } from 'vitest';
import { kthSmallest, sortAscending } from './numericSort';

/** Arrays of many sizes with many repeated values (pool weights tie often), from a fixed seed. */
function samples(): Float64Array[] {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: 300 }, (_, n) =>
    Float64Array.from({ length: n * 3 }, () => (random() < 0.3 ? Math.floor(random() * 5) : random() * 10)),
  );
}

describe('numericSort', () => {
  it('sorts as Float64Array.prototype.sort does', () => {
    for (const values of samples()) {
      const sorted = values.slice();
      sortAscending(sorted, 0, sorted.length - 1);
      expect(sorted).toEqual(values.slice().sort());
    }
  });

  it('selects the k-th smallest value without changing the array', () => {
    for (const values of samples()) {
      const before = values.slice();
      const reference = values.slice().sort();
      for (const k of [0, values.length >> 1, values.length - 1].filter((k) => k >= 0 && k < values.length))
        expect(kthSmallest(values, k)).toBe(reference[k]);
      expect(values).toEqual(before);
    }
  });
});
