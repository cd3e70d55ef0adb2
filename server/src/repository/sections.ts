/** Sections and clauses: by id in batch, and per policy or section in batch (DataLoader batch functions). */
import { LRUCache } from 'lru-cache';
import type { CypherRunner, CypherValue } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { CLAUSE_POLICY_PATTERN, policyAndSectionOfFoundClause } from './clausePatterns';
import { groupedBy, inIdOrder, reader } from './rows';
import type { ClauseHead, ClauseInfo, InferredSource, QuantityRange, SectionInfo } from './types';

const SECTION_PROJECTION = `s {.id, .ordinal, .label, .title, .preamble, .budgetAmounts, .inferred, .inferredFrom,
  .support, policyId: p.id}`;
// A clause's head (toClauseHead): every field but its long ones, with its policy `p` and section `s` bound.
const CLAUSE_HEAD_FIELDS = `.id, .ordinal, .label, .title, .sourceLine, .sectionOrdinal, .inferred, .localAddition, .support,
  policyId: p.id, sectionId: s.id`;
/** The head of the clause bound to `c`, its policy `p` and section `s`. */
export const CLAUSE_HEAD_PROJECTION = `c {${CLAUSE_HEAD_FIELDS}}`;
/** A clause `c` as ClauseInfo, with its policy `p` and section `s` bound (see toClause). */
export const CLAUSE_PROJECTION = `c {${CLAUSE_HEAD_FIELDS}, .text, .textSimplified, .inferredFrom, .offers}`;

const sectionsByIdStatement = defineStatement({
  name: 'repository.sectionsById',
  cypher: `
    MATCH (p:Policy)-[:HAS_SECTION]->(s:Section) WHERE s.id IN $ids
    RETURN ${SECTION_PROJECTION} AS section`,
  params: ['ids'],
});

const sectionsOfPoliciesStatement = defineStatement({
  name: 'repository.sectionsOfPolicies',
  cypher: `
    MATCH (p:Policy)-[:HAS_SECTION]->(s:Section) WHERE p.id IN $ids
    RETURN ${SECTION_PROJECTION} AS section
    ORDER BY section.policyId, section.ordinal`,
  params: ['ids'],
});

const clausesByIdStatement = defineStatement({
  name: 'repository.clausesById',
  cypher: `
    MATCH (c:Clause) WHERE c.id IN $ids
    ${policyAndSectionOfFoundClause()}
    RETURN ${CLAUSE_PROJECTION} AS clause`,
  params: ['ids'],
});

const clausesOfPoliciesStatement = defineStatement({
  name: 'repository.clausesOfPolicies',
  cypher: `
    MATCH ${CLAUSE_POLICY_PATTERN} WHERE p.id IN $ids AND c:Clause
    OPTIONAL MATCH (s:Section)-[:HAS_CLAUSE]->(c)
    RETURN ${CLAUSE_PROJECTION} AS clause
    ORDER BY clause.policyId, clause.sectionOrdinal, clause.ordinal`,
  params: ['ids'],
});

const clausesOfSectionsStatement = defineStatement({
  name: 'repository.clausesOfSections',
  cypher: `
    MATCH (p:Policy)-[:HAS_SECTION]->(s:Section)-[:HAS_CLAUSE]->(c:Clause) WHERE s.id IN $ids
    RETURN ${CLAUSE_PROJECTION} AS clause
    ORDER BY clause.sectionId, clause.ordinal`,
  params: ['ids'],
});

const read = reader('sections');

function toSection(value: { [key: string]: CypherValue }): SectionInfo {
  return {
    id: read.str(value, 'id'),
    policyId: read.str(value, 'policyId'),
    ordinal: read.num(value, 'ordinal'),
    label: read.optStr(value, 'label') ?? '',
    title: read.optStr(value, 'title') ?? '',
    preamble: read.optStr(value, 'preamble'),
    budgetAmounts: read.numList(value, 'budgetAmounts'),
    inferred: read.flag(value, 'inferred'),
    inferredFrom: jsonList<InferredSource>(read.optStr(value, 'inferredFrom')),
    support: read.optNum(value, 'support'),
  };
}

/**
 * Lists decoded from their JSON text, kept by that text: an inferred measure's `inferredFrom` names every clause it
 * was inferred from (190 KB of JSON for the 77 provincial measures at 100 synthetic documents, growing with the
 * implementers), and coverage, cascades and a measure's panel read the same measures on every request. Decoding
 * them each time was the largest JavaScript part of a warm coverage request (jsonList: 15 % of its CPU time at 100
 * documents, measured).
 * The same text always decodes to the same list, so a changed property is simply another key. Frozen: shared
 * between requests. Bounded by the characters kept; texts under 256 characters are decoded each time.
 */
const decodedLists = new LRUCache<string, readonly unknown[]>({
  maxSize: 16_000_000,
  sizeCalculation: (_, text) => text.length,
});
const SMALL_JSON = 256;

/** A list the alignment stored as JSON text (inferredFrom, offers); empty when absent or unreadable. */
function jsonList<T>(text: string | null): T[] {
  if (!text) return [];
  const known = decodedLists.get(text);
  if (known) return known as T[];
  let list: T[];
  try {
    const parsed: unknown = JSON.parse(text);
    list = Array.isArray(parsed) ? (parsed as T[]) : [];
  } catch {
    list = [];
  }
  const decoded = Object.freeze(list.map((entry) => Object.freeze(entry)));
  if (text.length >= SMALL_JSON) decodedLists.set(text, decoded);
  return decoded as T[];
}

/** A clause's head (no texts, inferred sources or offers) read from the fields CLAUSE_PROJECTION names. */
export function toClauseHead(value: { [key: string]: CypherValue }): ClauseHead {
  return {
    id: read.str(value, 'id'),
    policyId: read.str(value, 'policyId'),
    sectionId: read.optStr(value, 'sectionId'),
    ordinal: read.num(value, 'ordinal'),
    label: read.optStr(value, 'label') ?? '',
    title: read.optStr(value, 'title') ?? '',
    sourceLine: read.optNum(value, 'sourceLine'),
    sectionOrdinal: read.optNum(value, 'sectionOrdinal'),
    inferred: read.flag(value, 'inferred'),
    localAddition: read.flag(value, 'localAddition'),
    support: read.optNum(value, 'support'),
  };
}

export function toClause(value: { [key: string]: CypherValue }): ClauseInfo {
  return {
    ...toClauseHead(value),
    text: read.optStr(value, 'text') ?? '',
    textSimplified: read.optStr(value, 'textSimplified') ?? '',
    inferredFrom: jsonList<InferredSource>(read.optStr(value, 'inferredFrom')),
    offers: jsonList<QuantityRange>(read.optStr(value, 'offers')),
  };
}

async function fetchSections(runner: CypherRunner, statement: typeof sectionsByIdStatement, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await runStatement(runner, statement, { ids: [...new Set(ids)] });
  return rows.map((row) => toSection(read.map(row, 'section')));
}

async function fetchClauses(runner: CypherRunner, statement: typeof clausesByIdStatement, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await runStatement(runner, statement, { ids: [...new Set(ids)] });
  return rows.map((row) => toClause(read.map(row, 'clause')));
}

export async function getSections(runner: CypherRunner, ids: readonly string[]): Promise<(SectionInfo | null)[]> {
  return inIdOrder(ids, await fetchSections(runner, sectionsByIdStatement, ids));
}

/** The sections of each policy, by ordinal. */
export async function sectionsOfPolicies(runner: CypherRunner, policyIds: readonly string[]): Promise<SectionInfo[][]> {
  const sections = await fetchSections(runner, sectionsOfPoliciesStatement, policyIds);
  return groupedBy(policyIds, sections, (section) => section.policyId);
}

export async function getClauses(runner: CypherRunner, ids: readonly string[]): Promise<(ClauseInfo | null)[]> {
  return inIdOrder(ids, await fetchClauses(runner, clausesByIdStatement, ids));
}

/** The clauses of each policy in document order (by section, then ordinal). */
export async function clausesOfPolicies(runner: CypherRunner, policyIds: readonly string[]): Promise<ClauseInfo[][]> {
  const clauses = await fetchClauses(runner, clausesOfPoliciesStatement, policyIds);
  return groupedBy(policyIds, clauses, (clause) => clause.policyId);
}

/** The clauses of each section, by ordinal. */
export async function clausesOfSections(runner: CypherRunner, sectionIds: readonly string[]): Promise<ClauseInfo[][]> {
  const clauses = await fetchClauses(runner, clausesOfSectionsStatement, sectionIds);
  return groupedBy(sectionIds, clauses, (clause) => clause.sectionId ?? '');
}
