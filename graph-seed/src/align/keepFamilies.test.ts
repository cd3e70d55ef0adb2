import { describe, expect, it, vi } from 'vitest';
import { buildCorpus } from '../graph/corpusGraph';
import { syntheticDocuments } from '../io/syntheticCorpus';
import type * as AlignFamily from './alignFamily';
import { liveAfterCollections } from './liveAfterCollections';

// Every family's parts alignFamily hands out, held weakly: what is still reachable after a collection is kept.
const parts = vi.hoisted(() => [] as Array<WeakRef<object>>);
vi.mock('./alignFamily', async (original) => {
  const actual = await original<typeof AlignFamily>();
  return {
    ...actual,
    alignFamily: (...args: Parameters<typeof actual.alignFamily>) => {
      const aligned = actual.alignFamily(...args);
      parts.push(new WeakRef(aligned.parts));
      return aligned;
    },
  };
});

describe('a build that keeps no family (keepFamilies: false)', () => {
  // buildCorpusGraph's build: at 1,000 documents the parts held to the end were some 70 MB of a live heap near its cap.
  it("lets each family's parts go once its edges are made, and still lists every edge", async () => {
    parts.length = 0;
    const build = buildCorpus(syntheticDocuments(12, 1), { keepFamilies: false });
    expect(parts.length).toBeGreaterThan(0);
    expect(await liveAfterCollections(parts)).toHaveLength(0);
    expect(build.alignment.edges.some((e) => e.type === 'CORRESPONDS_TO')).toBe(true);
  });

  it('while a build kept for imports holds them', async () => {
    parts.length = 0;
    const build = buildCorpus(syntheticDocuments(12, 1));
    expect(await liveAfterCollections(parts)).toHaveLength(parts.length);
    expect(build.alignment.memo.families.size).toBeGreaterThan(0);
  });
});
