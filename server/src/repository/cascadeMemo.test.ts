import { describe, expect, it } from 'vitest';
import type { CypherRunner } from '../store/CypherStore';
import { ITEMS_PER_STEP, whole } from '../store/turns';
import { ShownMemo } from './cascadeMemo';
import type { WarmReads } from './cascadeMemo';
import type { PolicyCard } from './clauseCards';
import type { ClauseHead, PolicyInfo } from './types';

const head: ClauseHead = {
  id: 'p/c1',
  policyId: 'p',
  sectionId: null,
  ordinal: 1,
  label: '一',
  title: '标题',
  sourceLine: 1,
  sectionOrdinal: null,
  inferred: false,
  localAddition: false,
  support: null,
};
// The policy's fields other than its id are not read by the memo.
const card: PolicyCard = { policy: { id: 'p', title: '若干政策' } as PolicyInfo, region: null };
const reads: WarmReads = {
  heads: [head],
  policies: new Map([['p', [card]]]),
  edges: [],
  quantities: new Map(),
  peers: new Map(),
};

/** A runner that fails: a memo filled by the warm-up answers from memory. */
const noStore: CypherRunner = { run: () => Promise.reject(new Error('read from the store')) };

describe('ShownMemo.fill', () => {
  it('answers heads, their policies, quantities and peers from what the warm-up read', async () => {
    const memo = new ShownMemo();
    expect(await memo.fill(memo.generation, reads)).toBe(true);
    const [card] = await memo.headCardsOf(noStore, ['p/c1']);
    expect(card?.clause.title).toBe('标题');
    expect(await memo.quantitiesOf(noStore, ['p/c1'])).toEqual([[]]);
    expect(await memo.peersOf('p/c1', () => Promise.reject(new Error('read from the store')))).toEqual([]);
  });

  it('keeps nothing when a write was noted while the warm-up read', async () => {
    const memo = new ShownMemo();
    const began = memo.generation;
    memo.advance({ touched: new Set(), nodes: new Set(), edges: [], textPolicies: new Set(), policies: new Set() });
    expect(await memo.fill(began, reads)).toBe(false);
    await expect(memo.headCardsOf(noStore, ['p/c1'])).rejects.toThrow('read from the store');
  });

  it('stops at a write noted between two of its turns, and keeps what it filled before, brought forward', async () => {
    // Heads enough for several steps: the write is noted after the first step's heads were kept.
    const heads = Array.from({ length: ITEMS_PER_STEP * 3 }, (_, at) => ({ ...head, id: `p/c${at}` }));
    const memo = new ShownMemo();
    const steps = memo.fillInSteps(memo.generation, { ...reads, heads });
    steps.next();
    steps.next();
    const kept = heads[1]!.id;
    const dropped = heads[2]!.id;
    const changed = new Set([dropped]);
    memo.advance({ touched: changed, nodes: changed, edges: [], textPolicies: new Set(), policies: new Set() });
    expect(whole(steps)).toBe(false);
    // Kept before the write, not touched by it: answered from memory.
    const [card] = await memo.headCardsOf(noStore, [kept]);
    expect(card?.clause.id).toBe(kept);
    // Kept before the write and touched by it: dropped by its note.
    await expect(memo.headCardsOf(noStore, [dropped])).rejects.toThrow('read from the store');
    // After the write: not kept, as it may have been read before the write.
    await expect(memo.headCardsOf(noStore, [heads[ITEMS_PER_STEP * 2]!.id])).rejects.toThrow('read from the store');
  });
});
