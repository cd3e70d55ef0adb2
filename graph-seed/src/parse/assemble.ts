/**
 * Raw structure → typed Sections, Clauses and Requests with ids (`{policyId}/s{n}`, `/c{n}`, `/r{n}`) and the
 * extractors' findings (departments, programs, amounts, targets, references).
 */
import type { Clause, DocumentReference, Request, Section } from '../model/document';
import { toSimplified } from '../text/script';
import type { RawRequest } from './annexTable';
import type { RawClause, RawSection } from './body';
import { extractors, splitQuantities } from './enrichClause';

/** First sentence of a clause (up to its first 。), without the label; the whole text when it has no 。. */
export function firstSentence(text: string): string {
  const stop = text.search(/[。！？]/);
  const sentence = stop < 0 ? text : text.slice(0, stop);
  return sentence.trim();
}

export function buildSection(raw: RawSection, ordinal: number, policyId: string, regionCode: string): Section {
  const preamble = raw.preamble.join('\n');
  return {
    id: `${policyId}/s${ordinal}`,
    ordinal,
    label: raw.label,
    title: raw.title,
    preamble,
    leadDepartments: extractors.extractAreaLead(raw.heading, regionCode)?.departments ?? [],
    quantities: extractors.extractQuantities(preamble),
    programs: extractors.extractPrograms(`${raw.title}\n${preamble}`),
    sourceLine: raw.sourceLine,
  };
}

export function buildClause(raw: RawClause, ordinal: number, policyId: string, regionCode: string): Clause {
  const text = raw.text;
  const { amounts, targets } = splitQuantities(extractors.extractQuantities(text));
  return {
    id: `${policyId}/c${ordinal}`,
    ordinal,
    label: raw.label,
    sectionOrdinal: raw.sectionOrdinal,
    title: firstSentence(text),
    text,
    textSimplified: toSimplified(text),
    sourceLine: raw.sourceLine,
    departments: extractors.extractResponsibility(text, regionCode)?.departments ?? [],
    programs: extractors.extractPrograms(text),
    amounts,
    targets,
    references: citations(extractors.extractReferences(text)),
  };
}

export function buildRequest(raw: RawRequest, ordinal: number, policyId: string, regionCode: string): Request {
  return {
    id: `${policyId}/r${ordinal}`,
    ordinal,
    area: raw.area,
    item: raw.item,
    goal: raw.goal,
    departments: raw.departments === '' ? [] : extractors.parseDepartmentList(raw.departments, regionCode),
    programs: extractors.extractPrograms(`${raw.item}\n${raw.goal}`),
    sourceLine: raw.sourceLine,
  };
}

/** References as citations: only a preamble declares what its text implements (…落实《办法》 in a clause does not). */
function citations(references: DocumentReference[]): DocumentReference[] {
  return references.map((r) => (r.relation === 'CITES' ? r : { ...r, relation: 'CITES' }));
}

/**
 * References of the text outside clauses, each (relation, raw) once: the preamble's, where 根据《…》(文号) declares
 * what the text implements, then those of `others` (area preambles, closing), which are citations whatever their
 * wording.
 */
export function documentReferences(preamble: string, others: string[]): DocumentReference[] {
  const seen = new Set<string>();
  const references: DocumentReference[] = [];
  const found = [
    ...extractors.extractReferences(preamble),
    ...others.flatMap((text) => citations(extractors.extractReferences(text))),
  ];
  for (const reference of found) {
    const key = `${reference.relation}|${reference.raw}`;
    if (seen.has(key)) continue;
    seen.add(key);
    references.push(reference);
  }
  return references;
}
