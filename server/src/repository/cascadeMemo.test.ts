import { describe, expect, it } from 'vitest';
import type { CypherRunner } from '../store/CypherStore';
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
    expect(memo.fill(memo.generation, reads)).toBe(true);
    const [card] = await memo.headCardsOf(noStore, ['p/c1']);
    expect(card?.clause.title).toBe('标题');
    expect(await memo.quantitiesOf(noStore, ['p/c1'])).toEqual([[]]);
    expect(await memo.peersOf('p/c1', () => Promise.reject(new Error('read from the store')))).toEqual([]);
  });

  it('keeps nothing when a write was noted while the warm-up read', async () => {
    const memo = new ShownMemo();
    const began = memo.generation;
    memo.advance({ touched: new Set(), nodes: new Set(), edges: [], textPolicies: new Set(), policies: new Set() });
    expect(memo.fill(began, reads)).toBe(false);
    await expect(memo.headCardsOf(noStore, ['p/c1'])).rejects.toThrow('read from the store');
  });
});
