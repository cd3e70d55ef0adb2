import { describe, expect, it } from 'vitest';
import { TURN_MS, inTurns, mapInTurns, whole } from '../../server/src/store/turns';
import type { Steps } from '../../server/src/store/turns';
import { busyFor, turnsDuring } from '../support/eventLoop';

/** Steps that each keep the thread busy for 1 ms, `count` of them, returning how many ran. */
function* busySteps(count: number): Steps<number> {
  for (let step = 0; step < count; step++) {
    busyFor(1);
    yield;
  }
  return count;
}

describe('turns', () => {
  it('gives the event loop a turn about every TURN_MS of work, and returns the result', async () => {
    let result = 0;
    const turns = await turnsDuring(async () => (result = await inTurns(busySteps(TURN_MS * 6))));
    expect(result).toBe(TURN_MS * 6);
    // Some 6 turns; fewer than one a step.
    expect(turns).toBeGreaterThanOrEqual(3);
    expect(turns).toBeLessThan(TURN_MS * 6);
  });

  it('runs the same steps at once with whole', async () => {
    let result = 0;
    expect(await turnsDuring(async () => (result = whole(busySteps(TURN_MS * 2))))).toBe(0);
    expect(result).toBe(TURN_MS * 2);
  });

  it('maps in order', async () => {
    const items = Array.from({ length: 1000 }, (_, at) => at);
    expect(await mapInTurns(items, (at) => at * 2)).toEqual(items.map((at) => at * 2));
  });
});
