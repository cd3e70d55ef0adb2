import { describe, expect, it, vi } from 'vitest';
import { syntheticDocuments } from '../io/syntheticCorpus';
import type * as BulkSimilarity from './bulkSimilarity';
import { alignCore } from './core';
import { liveAfterCollections } from './liveAfterCollections';
import { unkeptPair } from './pairScores';
import { alignPeripheral } from './periphery';
import { corpusIdf } from './profiles';

// Every cosine matrix crossSimilarity hands out, held weakly: what is still reachable after a collection is kept.
const matrices = vi.hoisted(() => [] as Array<WeakRef<Float64Array>>);
vi.mock('./bulkSimilarity', async (original) => {
  const actual = await original<typeof BulkSimilarity>();
  return {
    ...actual,
    crossSimilarity: (...args: Parameters<typeof actual.crossSimilarity>) => {
      const cells = actual.crossSimilarity(...args);
      matrices.push(new WeakRef(cells.body), new WeakRef(cells.title));
      return cells;
    },
  };
});

describe('alignPeripheral', () => {
  // A family keeps each peripheral document's result (its pairWith) for as long as the build lives: in the worker,
  // between imports. The dense matrices are ~0.4 MB per document at 300 documents, and were kept through pairWith's
  // closure context.
  it('keeps none of the dense cosine matrices it computed', async () => {
    const docs = syntheticDocuments(14, 1);
    const idf = corpusIdf(docs);
    const core = alignCore(docs.slice(0, 12), idf);
    matrices.length = 0;
    const kept = docs.slice(12).map((doc) => alignPeripheral(core, doc, idf));
    expect(kept.every((p) => p.memberships.length > 0)).toBe(true);
    expect(matrices.length).toBeGreaterThan(0);
    expect(await liveAfterCollections(matrices)).toHaveLength(0);
    // Still usable after the collection: the pair scores it keeps do not need the matrices.
    const first = kept[0]!;
    const member = first.memberships[0]!;
    const coreClause = core.flat.find((c) => core.clustersOf.get(c.clause.id)?.includes(member.cluster));
    expect(first.pairWith(coreClause!, member.profile).a).toBe(coreClause);
  });

  // The pairs a document keeps are stored compactly and made again on request: the same values as decided.
  it('gives every pair of a core clause and one of its own the values they were decided with', () => {
    const docs = syntheticDocuments(13, 1);
    const idf = corpusIdf(docs);
    const core = alignCore(docs.slice(0, 12), idf);
    const peripheral = alignPeripheral(core, docs[12]!, idf);
    const pairs = core.flat.flatMap((c) => peripheral.profiles.map((p) => peripheral.pairWith(c, p)));
    for (const pair of pairs) {
      const sameArea = peripheral.areas[pair.a.docIndex]?.get(pair.a.sectionOrdinal) === pair.b.sectionOrdinal;
      const alone = unkeptPair(pair.a, pair.b, sameArea);
      expect([pair.score, pair.bodySimilarity, pair.titleSimilarity, pair.sameArea]).toEqual([
        alone.score,
        alone.bodySimilarity,
        alone.titleSimilarity,
        alone.sameArea,
      ]);
      if (!pair.inOrder) expect(pair.accepted).toBe(alone.accepted);
    }
    // Some were kept on the order chain, so the kept ones were read, not only recomputed.
    expect(pairs.filter((p) => p.inOrder).length).toBeGreaterThan(10);
    expect(
      pairs.filter((p) => p.inOrder && p.accepted && !unkeptPair(p.a, p.b, p.sameArea).accepted).length,
    ).toBeGreaterThan(0);
  });
});
