import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../model/document';
import { createPolicyIdIndex } from '../graph/policyIds';
import { defaultCorpusDir, loadCorpus } from '../io/readPolicy';
import { parsePolicyText } from '../parse/parsePolicy';
import { alignCorpus, type AlignmentResult } from './alignCorpus';
import { SUCCESSION_METHOD } from './coverageSuccessionEdge';

const XIUZHOU = '330411-2025';
const align = (docs: PolicyDocument[]) => alignCorpus(docs, createPolicyIdIndex(docs));
const inherited = (r: AlignmentResult) => r.edges.filter((e) => e.properties.method === SUCCESSION_METHOD);
const titleOf = (r: AlignmentResult, id: string) => r.nodes.find((n) => n.id === id)?.properties.title;
const provincialGaps = (r: AlignmentResult) =>
  r.coverage.find((c) => c.superiorId === '330000-2025' && c.policyId === XIUZHOU)?.gaps ?? [];

let documents: PolicyDocument[];
let result: AlignmentResult;

beforeAll(() => {
  documents = loadCorpus().documents;
  result = align(documents);
});

/** 秀洲 2025 with one sentence of a clause taken out (the file's own words, Traditional script). */
function xiuzhouWithout(sentence: string): PolicyDocument {
  const original = documents.find((d) => d.policy.id === XIUZHOU)!;
  const text = readFileSync(join(defaultCorpusDir, original.policy.sourceFile), 'utf8');
  expect(text).toContain(sentence);
  return parsePolicyText(text.replace(sentence, ''), original.policy.sourceFile).document!;
}

describe('succession-propagated coverage', () => {
  it("carries 秀洲's 2024 高等教育 clause on through the 2025 clause whose sentence restates it", () => {
    const [edge, ...others] = inherited(result);
    expect(others).toEqual([]);
    expect(edge).toMatchObject({ type: 'IMPLEMENTS', from: `${XIUZHOU}/c33` });
    // To 嘉兴's clause for the measure (the city's skeleton), which leads on to the province's.
    const reached = [
      edge!.to,
      ...result.edges.filter((e) => e.type === 'IMPLEMENTS' && e.from === edge!.to).map((e) => e.to),
    ];
    expect(reached.map((id) => titleOf(result, id))).toContain('促进高等教育高质量发展');
    // The evidence a person checks: the older heading, and the sentence that says it and the measure.
    expect(edge!.properties).toMatchObject({ inheritedFrom: '330411-2024-draft/c9', candidate: false, merged: true });
    expect(edge!.properties.evidence).toEqual(['促进高等教育高质量发展', expect.stringContaining('办学能级')]);
    // Its score is the succession's: the weakest link of the path.
    const succession = result.edges.find(
      (e) => e.type === 'SUCCEEDS' && e.from === edge!.from && e.to === '330411-2024-draft/c9',
    );
    expect(edge!.properties.score).toBe(succession?.properties.score);
    // The measure rides in a clause of another measure (merged); that measure keeps its own clause, unmerged.
    const own = result.edges.filter((e) => e.type === 'IMPLEMENTS' && e.from === edge!.from && e !== edge);
    expect(own.map((e) => e.properties.merged)).toEqual([false]);
    expect(provincialGaps(result)).toEqual([]);
  });

  it('gives the measure to no other successor when that sentence is gone', () => {
    // 2025 (四) and (五) also succeed the draft's 高等教育 clause (研究院 产业园, 研究院 人才试点): neither says the
    // measure, so the gap stays.
    const changed = xiuzhouWithout('做強北京理工大學長三角研究院(嘉興)辦學能級,協助推動中外合作辦學事宜。');
    const without = align(documents.map((d) => (d.policy.id === XIUZHOU ? changed : d)));
    expect(inherited(without)).toEqual([]);
    expect(provincialGaps(without).map((id) => titleOf(without, id))).toEqual(['促进高等教育高质量发展']);
  });

  it('inherits nothing without the older text: the history is the evidence', () => {
    const alone = align(documents.filter((d) => d.policy.id !== '330411-2024-draft'));
    expect(inherited(alone)).toEqual([]);
    expect(provincialGaps(alone)).toHaveLength(1);
  });

  it('inherits a measure once when the older draft repeats its heading', () => {
    // Seen in synthetic drafts at 300 documents: two older clauses headed alike, one successor. The build gave two
    // IMPLEMENTS edges between the same clauses (differing in inheritedFrom); an import kept one of them.
    const draft = documents.find((d) => d.policy.id === '330411-2024-draft')!;
    const text = readFileSync(join(defaultCorpusDir, draft.policy.sourceFile), 'utf8');
    const heading = text.split('\n').find((line) => line.startsWith('9.促进高等教育高质量发展'))!;
    const repeated = parsePolicyText(
      text.replace(heading, `${heading}\n${heading}`),
      draft.policy.sourceFile,
    ).document!;
    const twice = align(documents.map((d) => (d === draft ? repeated : d)));
    const [edge, ...others] = inherited(twice);
    expect(others).toEqual([]);
    expect(edge?.properties.inheritedFrom).toBe('330411-2024-draft/c9');
    const ends = twice.edges.map((e) => `${e.type}:${e.from}->${e.to}`);
    expect(new Set(ends).size).toBe(ends.length);
  });
});
