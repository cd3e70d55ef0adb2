import { describe, expect, it } from 'vitest';
import { StoreError } from './store/CypherStore';
import { retryWhileUnavailable } from './startup';

describe('retryWhileUnavailable', () => {
  it('retries an unreachable store with doubling delays, capped, until it answers', async () => {
    const delays: number[] = [];
    let calls = 0;
    const result = await retryWhileUnavailable(
      async () => {
        calls += 1;
        if (calls < 5) throw new StoreError('UNAVAILABLE', 'neo4j down');
        return 'ready';
      },
      { onRetry: (_e, delay) => delays.push(delay), initialDelayMs: 10, maxDelayMs: 50, sleep: async () => {} },
    );
    expect(result).toBe('ready');
    expect(delays).toEqual([10, 20, 40, 50]);
  });

  it('gives up at once on errors that will not fix themselves', async () => {
    let calls = 0;
    const failing = retryWhileUnavailable(
      async () => {
        calls += 1;
        throw new Error('the corpus does not parse');
      },
      { onRetry: () => {}, sleep: async () => {} },
    );
    await expect(failing).rejects.toThrow('the corpus does not parse');
    expect(calls).toBe(1);
  });
});
