// The province-wide corpus built together with the five-document corpus: every text lands where expectations.json
// says (id, 文号, superiors and how each is found, or the refusal), whatever order the texts come in.
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCorpusDir, loadCorpus } from '../io/readPolicy';
import { provinceCorpusDir, provinceExpectations } from '../io/provinceCorpus';
import type { PolicyDocument } from '../model/document';
import { distinctPolicyIds } from '../parse/distinctIds';
import { buildCorpusGraph } from './corpusGraph';
import { createPolicyIdIndex } from './policyIds';

const expectations = provinceExpectations();
const { documents, diagnostics } = loadCorpus([defaultCorpusDir, provinceCorpusDir]);
const ids = createPolicyIdIndex(documents);
const byFile = new Map(documents.map((d) => [d.policy.sourceFile, d]));

/** A deterministic shuffle (mulberry32), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('the province corpus with the five documents', () => {
  it('refuses exactly the texts expected, each with its code, and builds the rest', () => {
    const refused = new Map(
      diagnostics.filter((d) => d.severity === 'error').map((d) => [basename(d.file), d.code] as const),
    );
    const expected = [...expectations].filter(([, e]) => e.refused).map(([file, e]) => [file, e.refused]);
    expect([...refused].sort()).toEqual(expected.sort());
    for (const [file, e] of expectations) if (!e.refused) expect(byFile.has(file), file).toBe(true);
  });

  it.each([...expectations].filter(([, e]) => !e.refused))('%s lands where expected', (file, expected) => {
    const doc = byFile.get(file) as PolicyDocument;
    expect(doc.policy.id).toBe(expected.id);
    if (expected.docNumber) expect(doc.policy.docNumber ?? ids.docNumberOf(doc.policy.id)).toBe(expected.docNumber);
    const superiors = Object.fromEntries(ids.superiorsOf(doc.policy.id).map((s) => [s.id, s.method]));
    expect(superiors).toEqual(expected.superiors);
  });

  it('keeps the five documents where they were: ids and declared superiors', () => {
    const five = [...byFile.values()].filter((d) => !expectations.has(d.policy.sourceFile));
    expect(five.map((d) => [d.policy.id, ids.superiorsOf(d.policy.id).filter((s) => s.method === 'declared')])).toEqual(
      [
        ['330411-2024-draft', []],
        [
          '330411-2025',
          [
            { id: '330000-2025', method: 'declared' },
            { id: '330400-2025', method: 'declared' },
          ],
        ],
        ['330481-2025', [{ id: '330000-2025', method: 'declared' }]],
        [
          '330482-2025',
          [
            { id: '330000-2025', method: 'declared' },
            { id: '330400-2025', method: 'declared' },
          ],
        ],
        ['330500-2025', [{ id: '330000-2025', method: 'declared' }]],
      ],
    );
    expect(ids.stubs.find((s) => s.id === '330000-2025')?.docNumber).toBe('浙政发〔2025〕3号');
  });

  it('gives every text the same id and superiors whatever order the texts are loaded in', () => {
    const placement = (docs: PolicyDocument[]) => {
      const index = createPolicyIdIndex(docs);
      return docs
        .map((d) => `${d.policy.sourceFile} ${d.policy.id} ${JSON.stringify(index.superiorsOf(d.policy.id))}`)
        .sort();
    };
    const reference = placement(documents);
    // distinctPolicyIds decides every id from the texts' identities, not from the ids they come with.
    for (const seed of [1, 2, 3]) expect(placement(distinctPolicyIds(shuffled(documents, seed)))).toEqual(reference);
    expect(JSON.stringify(buildCorpusGraph(shuffled(documents, 4)))).toBe(JSON.stringify(buildCorpusGraph(documents)));
  });
});
