// Structure of the five real corpus documents: counts from issue 3, metadata the texts state, and invariants
// every clause must satisfy (label at its source line, no chrome, first-sentence title).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCorpusDir } from '../io/readPolicy';
import type { PolicyDocument } from '../model/document';
import { parseCorpusFile } from './golden';

function parsed(name: string): PolicyDocument {
  const result = parseCorpusFile(name);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  if (!result.document) throw new Error(`${name}: no document`);
  return result.document;
}

const expected = [
  { name: '330411-xiuzhou-2025.txt', id: '330411-2025', areas: 8, clauses: 51, requests: 0, script: 'TRADITIONAL' },
  {
    name: '330411-xiuzhou-2024-draft.txt',
    id: '330411-2024-draft',
    areas: 8,
    clauses: 68,
    requests: 30,
    script: 'SIMPLIFIED',
  },
  { name: '330500-huzhou-2025.txt', id: '330500-2025', areas: 8, clauses: 52, requests: 0, script: 'TRADITIONAL' },
  { name: '330481-haining-2025.txt', id: '330481-2025', areas: 8, clauses: 43, requests: 0, script: 'SIMPLIFIED' },
  { name: '330482-pinghu-2025.txt', id: '330482-2025', areas: 8, clauses: 50, requests: 33, script: 'TRADITIONAL' },
] as const;

describe.each(expected)('$name', ({ name, id, areas, clauses, requests, script }) => {
  const document = parsed(name);
  const sourceLines = readFileSync(join(defaultCorpusDir, name), 'utf8').split(/\r?\n/);

  it('has the expected id, areas, clauses and annex rows', () => {
    expect(document.policy.id).toBe(id);
    expect(document.policy.script).toBe(script);
    expect(document.sections).toHaveLength(areas);
    expect(document.clauses).toHaveLength(clauses);
    expect(document.requests).toHaveLength(requests);
  });

  it('numbers clauses 1..n in document order with ids from the policy id', () => {
    document.clauses.forEach((clause, i) => {
      expect(clause.ordinal).toBe(i + 1);
      expect(clause.id).toBe(`${id}/c${i + 1}`);
      expect(clause.sectionOrdinal).toBeGreaterThanOrEqual(1);
    });
    expect(document.sections.map((s) => s.id)).toEqual(document.sections.map((_, i) => `${id}/s${i + 1}`));
  });

  it('points each clause at the source line that starts with its label', () => {
    for (const clause of document.clauses) {
      const line = (sourceLines[clause.sourceLine - 1] ?? '').replace('[bookmark: _GoBack]', '').trim();
      expect(line.startsWith(clause.label), `${clause.id} at line ${clause.sourceLine}`).toBe(true);
    }
  });

  it('titles each clause with its first sentence and keeps chrome out of clause text', () => {
    for (const clause of document.clauses) {
      expect(clause.title.length).toBeGreaterThan(2);
      expect(clause.title).not.toMatch(/[。]/);
      expect(clause.text.startsWith(clause.title)).toBe(true);
      expect(clause.text).not.toMatch(/阅读辅助|进入老年模式|附件下载|特別聲明|特别声明|bookmark|&[a-z]+;/);
    }
  });

  it('reads area titles without their lead parenthetical, at their source line, with a lead and a preamble', () => {
    for (const section of document.sections) {
      expect(section.title).not.toMatch(/牵头|牽頭|[()（）]/);
      expect((sourceLines[section.sourceLine - 1] ?? '').trim().startsWith(section.label)).toBe(true);
      expect(sourceLines[section.sourceLine - 1]).toContain(section.title);
      expect(section.leadDepartments.length).toBeGreaterThanOrEqual(1);
      expect(section.preamble.length).toBeGreaterThan(20);
    }
  });

  it('points each annex row at the source line holding its item', () => {
    for (const request of document.requests) expect(sourceLines[request.sourceLine - 1]).toContain(request.item);
  });

  it('reads the closing paragraphs: total budget and validity', () => {
    expect(document.policy.totalBudget).toMatchObject({ kind: 'BUDGET', normalizedUnit: '元' });
    expect(document.policy.validity).toMatch(/全年實施有效|全年实施有效/);
  });
});

describe('metadata stated by the texts', () => {
  it('reads the 秀洲 2025 notice: issuer, date, two-line title, superior documents, closing', () => {
    const { policy, references } = parsed('330411-xiuzhou-2025.txt');
    expect(policy.issuer).toBe('嘉興市秀洲區人民政府');
    expect(policy.publishedOn).toBe('2025-05-23');
    expect(policy.title).toBe('秀洲區推動經濟高質量發展若干政策(2025年版)');
    expect(policy.region).toMatchObject({ code: '330411', level: 'COUNTY' });
    expect(policy.totalBudget?.normalizedValue).toBe(2_628_000_000);
    expect(policy.validity).toContain('均為2025年全年實施有效');
    expect(references.filter((r) => r.relation === 'IMPLEMENTS').map((r) => r.docNumber)).toEqual([
      '浙政发〔2025〕3号',
      '嘉政发〔2025〕6号',
    ]);
  });

  it('reads 海宁 metadata block (文号 on a shared line) and its title split over two lines', () => {
    const { policy, requests } = parsed('330481-haining-2025.txt');
    expect(policy.docNumber).toBe('海政发〔2025〕10号');
    expect(policy.publishedOn).toBe('2025-06-10');
    expect(policy.title).toBe('海宁市贯彻《浙江省关于推动经济高质量发展若干政策(2025年版)》承接落实方案');
    expect(requests).toEqual([]);
  });

  it('marks the 秀洲 2024 text as a draft of 2024 without a stated date', () => {
    const { policy, clauses } = parsed('330411-xiuzhou-2024-draft.txt');
    expect(policy).toMatchObject({ status: 'DRAFT', year: 2024, publishedOn: null, issuer: null });
    expect(clauses[36]).toMatchObject({ label: '37.', sourceLine: 52, title: '推动体育产业高质量发展' });
  });

  it('reads 湖州 as a city document whose clauses carry no responsibility list', () => {
    const { policy, clauses, sections } = parsed('330500-huzhou-2025.txt');
    expect(policy.region).toMatchObject({ code: '330500', level: 'CITY' });
    expect(clauses.every((c) => c.departments.length === 0)).toBe(true);
    expect(sections[0]?.leadDepartments[0]?.name).toBe('市科技局');
  });

  it('repairs the garbled 責任單位 marker of 秀洲 2025 and reads the list behind it', () => {
    const document = parsed('330411-xiuzhou-2025.txt');
    const clause = document.clauses[3];
    expect(clause?.text).toContain('〔責任單位：區政府辦');
    expect(clause?.departments.map((d) => d.name)[0]).toBe('區政府辦');
    expect(document.warnings.some((w) => w.line === 74 && w.code === 'MOJIBAKE')).toBe(true);
  });

  it('reads 平湖 annex rows whose area cell appears only on the first row of an area', () => {
    const { requests } = parsed('330482-pinghu-2025.txt');
    expect(requests[1]).toMatchObject({
      area: '一、推進教育科技人才一體發展',
      item: '加快推進科創產業項目建設',
      sourceLine: 80,
    });
    expect(requests[32]?.area).toBe('八、保障和改善民生');
  });
});
