/**
 * Selection sets shared by several operations, with the TypeScript shapes they produce. Fragments are spliced into
 * the query text (gql`… ${CLAUSE_CARD} …`), so the server sees one self-contained document.
 */
export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY';

export interface RegionRef {
  code: string;
  name: string;
  level: RegionLevel;
  parent: { code: string } | null;
}

export type PolicyStatus = 'ISSUED' | 'DRAFT';

export interface PolicyRef {
  id: string;
  title: string;
  docNumber: string | null;
  year: number | null;
  /** Issued or a draft for comment (征求意见稿), shown wherever a clause is named. */
  status: PolicyStatus | null;
  stub: boolean;
  region: RegionRef | null;
}

/** What a graph node or a list row needs to show a clause: its label, title and locality. */
export interface ClauseCard {
  id: string;
  label: string;
  title: string;
  inferred: boolean;
  policy: PolicyRef;
}

export const POLICY_REF_FIELDS = `id title docNumber year status stub region { code name level parent { code } }`;
export const CLAUSE_CARD_FIELDS = `id label title inferred policy { ${POLICY_REF_FIELDS} }`;

export type QuantityKind = 'BUDGET' | 'SUBSIDY' | 'GOAL';
export type QuantityRole = 'CAP' | 'FIXED' | 'RATE' | 'THRESHOLD' | 'GOAL' | 'BUDGET' | 'PROJECT_SIZE';

/** An amount or target as the schema's Quantity type gives it. */
export interface Quantity {
  id: string;
  kind: QuantityKind;
  role: QuantityRole;
  approximate: boolean;
  from: number | null;
  metric: string;
  value: number;
  unit: string;
  qualifier: string | null;
  normalizedValue: number;
  normalizedUnit: string;
  text: string;
}

export const QUANTITY_FIELDS = `id kind role approximate from metric value unit qualifier normalizedValue normalizedUnit text`;

/** What each role is called where a quantity is shown (a chip beside the value, a word in its note). */
export const ROLE_NAMES: Record<QuantityRole, string> = {
  CAP: 'cap',
  FIXED: 'fixed',
  RATE: 'rate',
  THRESHOLD: 'threshold',
  GOAL: 'goal',
  BUDGET: 'budget',
  PROJECT_SIZE: 'project size',
};

export type QuantityChangeKind = 'RAISED' | 'LOWERED' | 'ADDED' | 'REMOVED' | 'CHANGED';

export interface QuantityChange {
  kind: QuantityChangeKind;
  metric: string;
  unit: string;
  before: number | null;
  after: number | null;
}
export const QUANTITY_CHANGE_FIELDS = `kind metric unit before after`;
