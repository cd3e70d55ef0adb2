import { describe, expect, it } from 'vitest';
import { keptFor, type KeepsResults } from './keptResults';

describe('results kept with their owner', () => {
  it('are computed once per owner and key, on the owner itself', () => {
    const owner: KeepsResults = { kept: undefined };
    let computed = 0;
    const compute = () => ({ made: ++computed });
    const first = keptFor(owner, 1, compute);
    expect(keptFor(owner, 1, compute)).toBe(first);
    expect(computed).toBe(1);
    expect(keptFor({ kept: undefined }, 1, compute)).not.toBe(first);
    expect(owner.kept).toHaveLength(1);
  });

  it('keep the last four keys of an owner', () => {
    const owner: KeepsResults = { kept: undefined };
    let computed = 0;
    for (const key of [1, 2, 3, 4, 5]) keptFor(owner, key, () => ++computed);
    expect(computed).toBe(5);
    expect(keptFor(owner, 5, () => ++computed)).toBe(5);
    expect(keptFor(owner, 2, () => ++computed)).toBe(2);
    expect(keptFor(owner, 1, () => ++computed)).toBe(6);
  });
});
