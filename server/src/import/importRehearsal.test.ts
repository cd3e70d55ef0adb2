import {
  addDocument,
  buildCorpus,
  corpusGraphOf,
  loadCorpus,
  parsePolicyText,
  syntheticDocuments,
  syntheticNewcomers,
} from '@policy-cascade/graph-seed';
import type { CorpusBuild, PolicyDocument } from '@policy-cascade/graph-seed';
import { describe, expect, it } from 'vitest';
import { rehearseImport } from './importRehearsal';

const graphText = (build: CorpusBuild) => JSON.stringify(corpusGraphOf(build));

function newcomers(count: number): PolicyDocument[] {
  return syntheticNewcomers(count, 3).map(({ name, text }) => parsePolicyText(text, name).document!);
}

describe('rehearseImport', () => {
  // The real corpus, and a synthetic one of cities and counties under the province.
  it.each([
    ['the corpus', () => loadCorpus().documents],
    ['24 synthetic documents', () => syntheticDocuments(24, 7)],
  ])('replaces the last document of %s by a copy and back: empty deltas, the build unchanged', (_, documents) => {
    const build = buildCorpus(documents());
    const before = graphText(build);
    const held = [...build.documents];
    expect(rehearseImport(build)).toBe(0);
    expect(build.documents).toEqual(held);
    expect(graphText(build)).toBe(before);
  });

  it('changes no later import: the same deltas and graph as without it', () => {
    const documents = syntheticDocuments(24, 7);
    const imported = (rehearse: boolean) => {
      let build = buildCorpus(documents);
      if (rehearse) expect(rehearseImport(build)).toBe(0);
      const deltas = newcomers(2).map((document) => {
        const change = addDocument(build, document);
        build = change.build;
        return JSON.stringify(change.delta);
      });
      return { deltas, graph: graphText(build) };
    };
    expect(imported(true)).toEqual(imported(false));
  });

  it('reports a failure instead of throwing', () => {
    const build = buildCorpus(loadCorpus().documents);
    // A document that cannot be copied (structuredClone refuses functions): the worker's timer must not throw.
    const last = { ...build.documents.at(-1)!, f: () => 0 };
    const broken = { ...build, documents: [...build.documents.slice(0, -1), last] };
    expect(rehearseImport(broken as CorpusBuild)).toBeNull();
  });
});
