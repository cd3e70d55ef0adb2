/**
 * The one seam between the structure parser and the extractors (graph-seed/src/extract/**, written in parallel):
 * every call into them goes through here, so the structure parser and its tests do not depend on them directly.
 */
import { extractAreaLead, extractResponsibility, parseDepartmentList } from '../extract/departments';
import { extractPrograms } from '../extract/programs';
import { extractQuantities } from '../extract/quantities';
import { canonicalDocNumber, extractReferences, withoutReferences } from '../extract/references';
import { findRegionInOrganNames, findRegionInText, regionByCode } from '../extract/regions';
import { documentPolicyId, type IdentityFacts } from '../extract/policyIdentity';
import { isYuanAmount } from '../extract/units';
import type { DepartmentRef, DocumentReference, ProgramRef, Quantity, Region } from '../model/document';

export interface Responsibility {
  departments: DepartmentRef[];
  start: number;
  end: number;
}

/** The extractor functions the parser calls (agreed signatures; see issue 3). */
export interface Extractors {
  extractQuantities(text: string): Quantity[];
  extractPrograms(text: string): ProgramRef[];
  extractReferences(text: string): DocumentReference[];
  canonicalDocNumber(raw: string): string | null;
  extractResponsibility(clauseText: string, regionCode: string): Responsibility | null;
  extractAreaLead(headingText: string, regionCode: string): Responsibility | null;
  parseDepartmentList(list: string, regionCode: string): DepartmentRef[];
  findRegionInText(text: string): Region | null;
  findRegionInOrganNames(text: string): Region | null;
  regionByCode(code: string): Region | undefined;
  withoutReferences(text: string): string;
  documentPolicyId(facts: IdentityFacts, references: readonly DocumentReference[]): string;
}

export const extractors: Extractors = {
  extractQuantities,
  extractPrograms,
  extractReferences,
  canonicalDocNumber,
  extractResponsibility,
  extractAreaLead,
  parseDepartmentList,
  findRegionInText,
  findRegionInOrganNames,
  regionByCode,
  withoutReferences,
  documentPolicyId,
};

/** Money — in 元 or a rate in 元 (1.5万元/辆 → 元/辆) — goes to `amounts`, every other figure to `targets`. */
export function splitQuantities(quantities: Quantity[]): { amounts: Quantity[]; targets: Quantity[] } {
  const isMoney = (q: Quantity): boolean => isYuanAmount(q.normalizedUnit);
  return { amounts: quantities.filter(isMoney), targets: quantities.filter((q) => !isMoney(q)) };
}
