/**
 * The version cache after a noted write whose note is not yet kept: the write's commit moves the store's version a
 * few steps before changeInTransaction keeps its note, and a read in between must wait for the note and bring its
 * entries forward, not compute them from the whole graph again (issue 11). A write without a note still computes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CypherRunner, CypherStore } from '../store/CypherStore';
import { openStore } from '../store/openStore';
import { changeInTransaction } from './graphChanges';
import { VersionCache } from './versionCache';

const CREATE = "CREATE (:Policy {id: 'late-note'})";

/** `inner`, with each transaction's promise settling `lagMs` after its commit moved the version. */
function lagging(inner: CypherStore, lagMs: number): CypherStore {
  return {
    name: inner.name,
    get version() {
      return inner.version;
    },
    run: (cypher, params) => inner.run(cypher, params),
    async transaction<T>(work: (tx: CypherRunner) => Promise<T>): Promise<T> {
      const result = await inner.transaction(work);
      await new Promise((resolve) => setTimeout(resolve, lagMs));
      return result;
    },
    close: () => inner.close(),
  };
}

describe('VersionCache and notes still settling', () => {
  let inner: CypherStore;
  let store: CypherStore;
  const calls = { compute: 0, advance: 0 };
  const compute = () => Promise.resolve(++calls.compute);
  const advance = (previous: number) => Promise.resolve(previous + 100 * ++calls.advance);
  const read = () => VersionCache.of(store).get('entry', compute, advance);

  beforeEach(async () => {
    inner = await openStore({ kind: 'grafeo', path: undefined });
    store = lagging(inner, 40);
    calls.compute = calls.advance = 0;
  });
  afterEach(() => inner.close());

  it('a read between the commit and the note waits for the note and advances', async () => {
    expect(await read()).toBe(1);
    const before = store.version;
    const writing = changeInTransaction(
      store,
      { nodes: ['late-note'], edgeStarts: [], edgeEnds: [], edgeTypes: [] },
      (tx) => tx.run(CREATE),
    );
    while (store.version === before) await new Promise((resolve) => setTimeout(resolve, 1));
    const during = read();
    await writing;
    expect(await during).toBe(101);
    expect(calls).toEqual({ compute: 1, advance: 1 });
  });

  it('a write without a note computes again', async () => {
    expect(await read()).toBe(1);
    await store.run(CREATE);
    expect(await read()).toBe(2);
    expect(calls).toEqual({ compute: 2, advance: 0 });
  });
});
