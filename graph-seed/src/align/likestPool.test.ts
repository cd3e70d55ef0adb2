import { describe, expect, it } from 'vitest';
import { seededRandom } from '../io/seededRandom';
import { internKey, sequenceKey } from './keptResults';
import { likestPool, likestPoolCounts, type AsksLikest } from './likestPool';
import { cosineWithPool, termVector, type TermVector } from './ngrams';

type Pools = Array<TermVector | null>;

/** The answer over every pool, as sentence matching computed it before answers were carried (the oracle). */
function compared(vector: TermVector, pools: Pools) {
  let index = -1;
  let [first, second] = [0, 0];
  for (let k = 0; k < pools.length; k++) {
    const pool = pools[k];
    const score = pool ? cosineWithPool(vector, pool) : 0;
    if (score > first) [index, first, second] = [k, score, first];
    else if (score > second) second = score;
  }
  return { index, score: first, margin: first - second };
}

const CHARACTERS = '企业研发补助人才项目资金奖励科技创新平台';
const idf = new Map<string, number>();

function text(random: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += CHARACTERS[Math.floor(random() * CHARACTERS.length)];
  return out;
}

/** A pool: new words, or (two times in five) a copy of another pool's words, whose scores then tie with it. */
function newPool(random: () => number, made: TermVector[]): TermVector {
  const copied = made.length > 0 && random() < 0.4 ? made[Math.floor(random() * made.length)]! : null;
  const pool = copied ? { ...copied } : termVector(text(random, 6 + Math.floor(random() * 20)), idf);
  made.push(pool);
  return pool;
}

/** The next list: pools added, removed, moved, repeated or replaced by nothing (a measure without words). */
function edited(random: () => number, pools: Pools, made: TermVector[]): Pools {
  const next = [...pools];
  const at = () => Math.floor(random() * (next.length + 1));
  const roll = random();
  if (roll < 0.35) for (let k = 1 + Math.floor(random() * 2); k > 0; k--) next.splice(at(), 0, newPool(random, made));
  else if (roll < 0.55 && next.length > 1) next.splice(Math.floor(random() * next.length), 1);
  else if (roll < 0.7 && next.length > 1) {
    const [moved] = next.splice(Math.floor(random() * next.length), 1);
    next.splice(at(), 0, moved ?? null);
  } else if (roll < 0.75 && next.length > 0) next.splice(at(), 0, next[Math.floor(random() * next.length)] ?? null);
  else if (roll < 0.8) next.splice(at(), 0, null);
  else if (roll < 0.9 && next.length > 0) next[Math.floor(random() * next.length)] = newPool(random, made);
  // else: the same pools in a new list (a new alignment's), as most imports give.
  return next;
}

describe('the pool a sentence is likest, carried from list to list', () => {
  it('is the answer of comparing every pool, over random walks of lists', () => {
    const before = { ...likestPoolCounts };
    for (let seed = 1; seed <= 40; seed++) {
      const random = seededRandom(seed);
      const made: TermVector[] = [];
      const sentences: Array<AsksLikest & { vector: TermVector }> = Array.from({ length: 12 }, () => ({
        vector: termVector(text(random, 4 + Math.floor(random() * 12)), idf),
        kept: undefined,
        last: undefined,
      }));
      let pools: Pools = Array.from({ length: 8 }, () => newPool(random, made));
      for (let step = 0; step < 30; step++) {
        for (const sentence of sentences) {
          const found = likestPool(sentence, sentence.vector, pools, internKey(`best|${sequenceKey(pools)}`));
          const expected = compared(sentence.vector, pools);
          expect({ index: found.index, score: found.score, margin: found.margin }, `seed ${seed} step ${step}`).toEqual(
            expected,
          );
        }
        pools = edited(random, pools, made);
      }
    }
    // Both ways were taken: answers carried and answers made by comparing every pool.
    expect(likestPoolCounts.carried - before.carried).toBeGreaterThan(1000);
    expect(likestPoolCounts.scanned - before.scanned).toBeGreaterThan(100);
  });
});
