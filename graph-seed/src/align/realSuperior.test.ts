import { beforeAll, describe, expect, it } from 'vitest';
import type { Clause, PolicyDocument, Section } from '../model/document';
import { regionByCode } from '../extract/regions';
import { createPolicyIdIndex } from '../graph/policyIds';
import { loadCorpus } from '../io/readPolicy';
import { alignCorpus, type AlignmentResult } from './alignCorpus';

const PROVINCE = '330000-2025';

/** A hand-made provincial text: the inferred skeleton of 浙政发〔2025〕3号 written out as a real document. */
function provincialDocument(inferred: AlignmentResult): PolicyDocument {
  const nodes = inferred.nodes.filter((n) => n.id.startsWith(`${PROVINCE}/`));
  const sections: Section[] = nodes
    .filter((n) => n.label === 'Section')
    .map((n) => ({
      id: n.id,
      ordinal: Number(n.properties.ordinal),
      label: '',
      title: String(n.properties.title),
      preamble: '',
      leadDepartments: [],
      quantities: [],
      programs: [],
      sourceLine: 0,
    }));
  const clauses: Clause[] = nodes
    .filter((n) => n.label === 'Clause')
    .map((n) => ({
      id: n.id,
      ordinal: Number(n.properties.ordinal),
      label: '',
      sectionOrdinal: Number(n.properties.sectionOrdinal),
      title: String(n.properties.title),
      text: String(n.properties.textSimplified),
      textSimplified: String(n.properties.textSimplified),
      sourceLine: 0,
      departments: [],
      programs: [],
      amounts: [],
      targets: [],
      references: [],
    }));
  const region = regionByCode('330000')!;
  const policy = {
    id: PROVINCE,
    title: '浙江省关于推动经济高质量发展若干政策(2025年版)',
    docNumber: '浙政发〔2025〕3号',
    issuer: '浙江省人民政府',
    region,
    year: 2025,
    publishedOn: null,
    status: 'ISSUED' as const,
    script: 'SIMPLIFIED' as const,
    sourceFile: 'hand-made-province.txt',
    totalBudget: null,
    validity: null,
  };
  return { policy, sections, clauses, references: [], requests: [], warnings: [] };
}

describe('alignCorpus with the superior text in the corpus', () => {
  let inferred: AlignmentResult;
  let real: AlignmentResult;
  let province: PolicyDocument;

  beforeAll(() => {
    const { documents } = loadCorpus();
    inferred = alignCorpus(documents, createPolicyIdIndex(documents));
    province = provincialDocument(inferred);
    const withProvince = [...documents, province];
    real = alignCorpus(withProvince, createPolicyIdIndex(withProvince));
  });

  it('infers no provincial clause and links to the real ones', () => {
    expect(province.clauses.length).toBeGreaterThan(40);
    expect(real.nodes.some((n) => n.id.startsWith(`${PROVINCE}/`))).toBe(false);
    const huzhou = real.edges.filter((e) => e.type === 'IMPLEMENTS' && e.from === '330500-2025/c1').map((e) => e.to);
    expect(huzhou).toEqual([`${PROVINCE}/c1`]);
  });

  it('keeps the cascade through the city stub: 秀洲 c1 → 嘉兴市 inferred → the real provincial c1', () => {
    const [city] = real.edges.filter((e) => e.type === 'IMPLEMENTS' && e.from === '330411-2025/c1').map((e) => e.to);
    expect(city).toMatch(/^330400-2025\/c\d+$/);
    const up = real.edges.filter((e) => e.type === 'IMPLEMENTS' && e.from === city).map((e) => e.to);
    expect(up).toEqual([`${PROVINCE}/c1`]);
  });

  it('measures coverage against the real clauses', () => {
    const entry = real.coverage.find((c) => c.superiorId === PROVINCE && c.policyId === '330500-2025');
    expect(entry?.total).toBe(province.clauses.length);
    expect(entry!.share).toBeGreaterThan(0.7);
  });
});
