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
const fail = (): never => {
  throw new Error('the rehearsal failed');
};

function newcomers(count: number): PolicyDocument[] {
  return syntheticNewcomers(count, 3).map(({ name, text }) => parsePolicyText(text, name).document!);
}

describe('rehearseImport', () => {
  // The real corpus, and a synthetic one of cities and counties under the province.
  it.each([
    ['the corpus', () => loadCorpus().documents],
    ['24 synthetic documents', () => syntheticDocuments(24, 7)],
  ])(
    'replaces the last document of %s by a copy: a build of its own with the same graph, the original unchanged',
    (_, documents) => {
      const build = buildCorpus(documents());
      const before = graphText(build);
      const held = [...build.documents];
      const rehearsed = rehearseImport(build);
      expect(rehearsed).not.toBeNull();
      expect(rehearsed).not.toBe(build);
      // The copy is what the rehearsed build holds: its own objects, the same content.
      expect(rehearsed!.documents.at(-1)).not.toBe(held.at(-1));
      expect(rehearsed!.documents.at(-1)).toEqual(held.at(-1));
      expect(graphText(rehearsed!)).toBe(before);
      expect(build.documents.every((d, i) => d === held[i])).toBe(true);
      expect(graphText(build)).toBe(before);
    },
  );

  it('changes no later import: the same deltas and graph from the rehearsed build as from the original', () => {
    const documents = syntheticDocuments(24, 7);
    const imported = (rehearse: boolean) => {
      let build = buildCorpus(documents);
      if (rehearse) build = rehearseImport(build) ?? fail();
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
