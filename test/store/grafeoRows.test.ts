import { describe, expect, it } from 'vitest';
import { ROWS_AT_ONCE, toPlainRows } from '../../server/src/store/grafeo/grafeoRows';
import type { GrafeoRows } from '../../server/src/store/grafeo/grafeoRows';
import { busyFor, turnsDuring } from '../support/eventLoop';

/**
 * A result of `length` rows as grafeo's QueryResult gives them, counting the rows each call converts; each row takes
 * `costMs` to convert, as grafeo's large rows do.
 */
function resultOf(length: number, costMs = 0) {
  const row = (at: number) => {
    busyFor(costMs);
    return { at, big: BigInt(at), list: [at] };
  };
  const calls: number[] = [];
  const result: GrafeoRows = {
    length,
    get: (at) => {
      calls.push(1);
      return row(at);
    },
    toArray: () => {
      calls.push(length);
      return Array.from({ length }, (_, at) => row(at));
    },
  };
  return { result, calls };
}

describe('grafeo rows', () => {
  it('converts a small result in one call, without giving the event loop a turn', async () => {
    const { result, calls } = resultOf(3);
    let rows: unknown[] = [];
    expect(await turnsDuring(async () => (rows = await toPlainRows(result)))).toBe(0);
    expect(calls).toEqual([3]);
    // BigInts become numbers (plainValue.ts).
    expect(rows).toEqual([0, 1, 2].map((at) => ({ at, big: at, list: [at] })));
  });

  it('converts a large result in turns of the event loop', async () => {
    // Some 60 ms of conversion: several turns of turns.ts's 10 ms.
    const length = ROWS_AT_ONCE * 3;
    const { result } = resultOf(length, 60 / length);
    let rows: { at: unknown; big: unknown }[] = [];
    const turns = await turnsDuring(async () => (rows = (await toPlainRows(result)) as typeof rows));
    expect(turns).toBeGreaterThanOrEqual(2);
    expect(rows).toHaveLength(length);
    expect(rows.every((row, at) => row.at === at && row.big === at)).toBe(true);
  });
});
