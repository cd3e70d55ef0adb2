/**
 * The domain objects the policy repository returns (DESIGN.md §3, §7); analysis results are in analysisTypes.ts and
 * searchTypes.ts (index.ts exports all three, none imports back). Plain data built from Cypher rows — never
 * driver records — so resolvers and tests see the same shapes whichever store answered.
 */

import type { Offer, QuantityKind, QuantityRole } from '@policy-cascade/graph-seed';

export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY';

export interface RegionInfo {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

export interface PolicyInfo {
  id: string;
  title: string;
  docNumber: string | null;
  issuer: string | null;
  regionCode: string | null;
  year: number | null;
  publishedOn: string | null;
  status: string | null;
  script: string | null;
  sourceFile: string | null;
  totalBudget: number | null;
  /** The total budget as the closing paragraph writes it (约26亿元); null when the text states none. */
  totalBudgetText: string | null;
  /** Its bound word (约, 左右 …) when it has one. */
  totalBudgetQualifier: string | null;
  /** True when the closing paragraph says the total is approximate (约, 左右). */
  totalBudgetApproximate: boolean;
  /** Validity sentence of the closing paragraph. */
  validity: string | null;
  /** True for a document known only by reference (its clauses, if any, are inferred by the alignment). */
  stub: boolean;
  /** True for a partial text (graph-seed partialPolicies.ts): coverage counts it apart. */
  partial: boolean;
}

export interface PolicyFilter {
  regionCode?: string;
  level?: RegionLevel;
  year?: number;
  status?: string;
  /** Stub policies are left out unless asked for. */
  includeStubs?: boolean;
  first: number;
  /** Opaque cursor from a previous page's endCursor. */
  after?: string | null;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

/** A page of a Relay-style connection: each node with the cursor to continue after it. */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  /** Matching nodes over all pages. */
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface SectionInfo {
  id: string;
  policyId: string;
  ordinal: number;
  label: string;
  title: string;
  preamble: string | null;
  budgetAmounts: number[];
  inferred: boolean;
  /** For an inferred section: the implementers' sections it was inferred from, with their weight. */
  inferredFrom: InferredSource[];
  /** For an inferred section: how many localities; null otherwise. */
  support: number | null;
}

/** An implementing clause or section an inferred one was inferred from (graph-seed's skeleton.ts). */
export interface InferredSource {
  id: string;
  weight: number;
}

/**
 * A comparable figure across an inferred clause's implementers: graph-seed's Offer as stored on the clause (JSON);
 * `figures` may be absent in a graph written before offers listed them.
 */
export type QuantityRange = Omit<Offer, 'figures'> & Partial<Pick<Offer, 'figures'>>;

export interface ClauseInfo {
  id: string;
  policyId: string;
  sectionId: string | null;
  ordinal: number;
  label: string;
  title: string;
  /** Original script, for display. */
  text: string;
  textSimplified: string;
  sourceLine: number | null;
  sectionOrdinal: number | null;
  inferred: boolean;
  localAddition: boolean;
  /** For an inferred clause: the implementing clauses it was inferred from, with their weight. */
  inferredFrom: InferredSource[];
  /** For an inferred clause: how many localities; null otherwise. */
  support: number | null;
  /** For an inferred clause: what its implementers offer, per comparable figure. */
  offers: QuantityRange[];
}

/** A clause with the policy and region it belongs to: what cascade, coverage and comparison views show. */
export interface ClauseSummary {
  id: string;
  label: string;
  title: string;
  ordinal: number;
  inferred: boolean;
  policyId: string;
  policyTitle: string;
  policyYear: number | null;
  policyStub: boolean;
  regionCode: string | null;
  regionName: string | null;
  regionLevel: RegionLevel | null;
}

/**
 * A clause read together with its policy and the policy's region, in one statement (clauseCards.ts). Cascade and
 * search return them beside their summaries so a caller that shows more than the summary — the API's loaders —
 * does not read the same clauses and policies again.
 */
export interface ClauseCard extends HeadCard {
  clause: ClauseInfo;
}

/**
 * A clause without its long fields: its texts, and an inferred clause's sources and offers (JSON text that grows with
 * its implementers). A cascade whose query shows none of them reads the heads (cascadeMemo.ts): at 1,000 documents a
 * cascade's 200 clauses cost grafeo 3.2 ms of CPU as heads and 5.9 ms whole.
 */
export type ClauseHead = Omit<ClauseInfo, 'text' | 'textSimplified' | 'inferredFrom' | 'offers'>;

/** A clause card with the clause's head only. */
export interface HeadCard {
  clause: ClauseHead;
  policy: PolicyInfo;
  /** The region the policy is ISSUED_FOR; null when it has none. */
  region: RegionInfo | null;
}

export interface ClauseDepartment {
  clauseId: string;
  departmentId: string;
  name: string;
  canonicalName: string;
  role: 'LEAD' | 'SUPPORT';
  rank: number;
}

export interface QuantityInfo {
  id: string;
  ownerId: string;
  kind: QuantityKind;
  role: QuantityRole;
  approximate: boolean;
  /** The earlier value of 由X扩至Y, in `unit`; null when the text gives none. */
  from: number | null;
  metric: string;
  value: number;
  unit: string;
  qualifier: string | null;
  normalizedValue: number;
  normalizedUnit: string;
  /** As written, in the original script. */
  text: string;
}

export interface ProgramInfo {
  id: string;
  name: string;
  kind: string;
  /** Other spellings the texts use for it (“千项万亿”项目 for “千项万亿”工程). */
  aliases: string[];
}

export interface ClauseProgram extends ProgramInfo {
  clauseId: string;
}

export interface PolicyReference {
  fromPolicyId: string;
  relation: 'IMPLEMENTS' | 'CITES';
  /** The clause that cites, when the reference sits in a clause rather than the preamble. */
  fromClauseId: string | null;
  toPolicyId: string;
  toTitle: string;
  toDocNumber: string | null;
  toStub: boolean;
  /**
   * How a policy-level IMPLEMENTS link was found: declared, title, geography (stored on the link), or clauses (derived
   * from its clauses' IMPLEMENTS edges; a policy may have both rows for one target); null for citations.
   */
  method: string | null;
}

/** A department assigned to a section (LED_BY, always LEAD) or to an annex request row. */
export interface OwnerDepartment {
  ownerId: string;
  departmentId: string;
  name: string;
  canonicalName: string;
  role: 'LEAD' | 'SUPPORT';
  rank: number;
}

/** A row of an annex request table (积极争取上级政策事项清单). */
export interface RequestInfo {
  id: string;
  policyId: string;
  ordinal: number;
  area: string;
  item: string;
  goal: string;
}

/** A department with its load in some documents: the clauses it leads and supports, the areas it leads. */
export interface DepartmentInfo {
  id: string;
  /** Simplified script: the spelling most often written in the documents counted. */
  name: string;
  canonicalName: string;
  functions: string[];
  regionCode: string | null;
  /** Clauses it leads: by their own list, or as the lead of their area when they name no department. */
  leadClauseIds: string[];
  supportClauseIds: string[];
  /** Areas (sections) it leads (由区科技局牵头). */
  ledSectionIds: string[];
  /** Annex request rows it is responsible for. */
  requestIds: string[];
  /** Spellings in the documents counted, original script. */
  asWritten: string[];
  /** Departments counted as this one (区委人才办 in 区委组织部（区委人才办）). */
  mergedIds: string[];
  /** The documents counted. */
  policyIds: string[];
}
