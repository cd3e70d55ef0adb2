import { describe, expect, it } from 'vitest';
import { leftOutSummary } from './leftOut';

describe('leftOutSummary', () => {
  it('says nothing when the whole cascade is drawn', () => {
    expect(leftOutSummary([{ distance: 0, total: 3, shown: 3 }], 3)).toBeUndefined();
  });

  it('counts what each level left out, nearest first as the server orders them', () => {
    const levels = [
      { distance: 0, total: 1012, shown: 140 },
      { distance: -1, total: 13, shown: 9 },
      { distance: -2, total: 1, shown: 1 },
    ];
    expect(leftOutSummary(levels, 1026)).toBe(
      'Showing 150 of 1,026 clauses; not drawn: 872 beside the clause, 4 at 1 step up',
    );
  });
});
