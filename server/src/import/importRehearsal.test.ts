import { buildCorpus, corpusGraphOf, loadCorpus, syntheticDocuments } from '@policy-cascade/graph-seed';
import type { CorpusBuild } from '@policy-cascade/graph-seed';
import { describe, expect, it } from 'vitest';
import { rehearseImport } from './importRehearsal';

const graphText = (build: CorpusBuild) => JSON.stringify(corpusGraphOf(build));

describe('rehearseImport', () => {
  // The real corpus, and a synthetic one of cities and counties under the province.
  it.each([
    ['the corpus', () => loadCorpus().documents],
    ['24 synthetic documents', () => syntheticDocuments(24, 7)],
  ])('replaces the last document of %s by a copy: an empty delta, and the build unchanged', (_, documents) => {
    const build = buildCorpus(documents());
    const before = graphText(build);
    const held = [...build.documents];
    expect(rehearseImport(build)).toBe(0);
    expect(build.documents).toEqual(held);
    expect(graphText(build)).toBe(before);
  });

  it('reports a failure instead of throwing', () => {
    const build = buildCorpus(loadCorpus().documents);
    // A document that cannot be copied (structuredClone refuses functions): the worker's timer must not throw.
    const broken = {
      ...build,
      documents: [...build.documents.slice(0, -1), { ...build.documents.at(-1)!, f: () => 0 }],
    };
    expect(rehearseImport(broken as CorpusBuild)).toBeNull();
  });
});
