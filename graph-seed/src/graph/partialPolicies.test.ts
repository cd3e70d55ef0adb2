import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCorpusDir, loadCorpus } from '../io/readPolicy';
import { parsePolicyText } from '../parse/parsePolicy';
import { addDocument } from './corpusDelta';
import { buildCorpus, buildCorpusGraph } from './corpusGraph';
import { partialPolicies } from './partialPolicies';

const partialFlags = (graph: ReturnType<typeof buildCorpusGraph>) =>
  Object.fromEntries(
    graph.nodes.filter((n) => n.label === 'Policy' && !n.properties.stub).map((n) => [n.id, n.properties.partial]),
  );

describe('partialPolicies', () => {
  const { documents } = loadCorpus();

  it('finds no partial text in the corpus, and marks every document', () => {
    const graph = buildCorpusGraph(documents);
    expect(partialPolicies(graph)).toEqual(new Set());
    expect(partialFlags(graph)).toEqual({
      '330411-2024-draft': false,
      '330411-2025': false,
      '330481-2025': false,
      '330482-2025': false,
      '330500-2025': false,
    });
  });

  it('marks 海宁’s text cut off after its first area, against the province’s eight areas and 52 measures', () => {
    // What a copy from the web page looks like when it stops at 二、: the header and the first area only.
    const full = readFileSync(join(defaultCorpusDir, '330481-haining-2025.txt'), 'utf8');
    const cut = full.slice(0, full.indexOf('二、加快先进制造业发展'));
    const parsed = parsePolicyText(cut, '330481-haining-2025.txt');
    expect(parsed.document?.sections).toHaveLength(1);
    const others = documents.filter((d) => d.policy.id !== '330481-2025');
    const graph = buildCorpusGraph([...others, parsed.document!]);
    expect(partialPolicies(graph)).toEqual(new Set(['330481-2025']));
    expect(partialFlags(graph)['330481-2025']).toBe(true);
    expect(partialFlags(graph)['330411-2025']).toBe(false);

    // Imported into the built corpus, its policy node carries the flag in the delta written to the store.
    const imported = addDocument(buildCorpus(others), parsed.document!);
    expect(imported.build.partial).toEqual(new Set(['330481-2025']));
    const node = imported.delta.nodes.find((n) => n.id === '330481-2025');
    expect(node?.properties.partial).toBe(true);
    // The whole text replacing it clears the flag.
    const whole = documents.find((d) => d.policy.id === '330481-2025')!;
    const restored = addDocument(imported.build, whole).delta.nodes.find((n) => n.id === '330481-2025');
    expect(restored?.properties.partial).toBe(false);
  });

  it('marks the province corpus’s web excerpts (one area each) partial, next to the full corpus documents', () => {
    const province = loadCorpus(join(defaultCorpusDir, '../corpus-province'));
    const graph = buildCorpusGraph([...documents, ...province.documents]);
    const partial = partialPolicies(graph);
    // 滨江, 南湖 and 台州 carry 浙政发〔2025〕3号 down in one area of its eight.
    for (const id of ['330108-2025', '330402-2025', '331000-2025']) expect(partial.has(id)).toBe(true);
    for (const document of documents) expect(partial.has(document.policy.id)).toBe(false);
    // An excerpt whose only superior is another excerpt has no yardstick: 龙湾 under 温州's one-area text.
    expect(partial.has('330303-2025')).toBe(false);
  });
});
