/**
 * Helpers that write the repository fixture (repositoryFixture.ts) in the shapes of DESIGN.md §3 and the agreed
 * alignment shape: regions with PART_OF, policies with ISSUED_FOR, inferred stub skeletons, documents with sections
 * and clauses, targets, departments and their assignments, alignment edge properties.
 */
import type { GraphEdge, GraphNode, Properties } from '@policy-cascade/graph-seed';

/** The fixture under construction; repositoryFixture() hands out a copy. */
export const nodes: GraphNode[] = [];
export const edges: GraphEdge[] = [];
export const node = (label: GraphNode['label'], id: string, properties: Properties) =>
  nodes.push({ id, label, properties });
export const edge = (type: GraphEdge['type'], from: string, to: string, properties: Properties = {}) =>
  edges.push({ type, from, to, properties });

export function region(code: string, name: string, level: string, parentCode?: string): void {
  node('Region', code, parentCode ? { code, name, level, parentCode } : { code, name, level });
  if (parentCode) edge('PART_OF', code, parentCode);
}

export function policy(id: string, regionCode: string, properties: Properties): void {
  node('Policy', id, { regionCode, ...properties });
  edge('ISSUED_FOR', id, regionCode);
}

export function stubSkeleton(stubId: string, sections: [string, [string, string][]][]): void {
  let ordinal = 0;
  sections.forEach(([title, clauses], s) => {
    const sectionId = `${stubId}/s${s + 1}`;
    node('Section', sectionId, { ordinal: s + 1, label: '', title, inferred: true });
    edge('HAS_SECTION', stubId, sectionId);
    for (const [clauseTitle, text] of clauses) {
      ordinal += 1;
      const id = `${stubId}/c${ordinal}`;
      const properties = { ordinal, label: '', title: clauseTitle, text, textSimplified: text, sectionOrdinal: s + 1 };
      node('Clause', id, { ...properties, inferred: true });
      edge('HAS_CLAUSE', sectionId, id);
    }
  });
}

export interface ClauseSpec {
  label: string;
  title: string;
  text: string;
  simplified?: string;
  local?: boolean;
}

export function document(policyId: string, sections: [string, ClauseSpec[]][]): void {
  let ordinal = 0;
  sections.forEach(([title, clauses], s) => {
    const sectionId = `${policyId}/s${s + 1}`;
    node('Section', sectionId, { ordinal: s + 1, label: `${'一二三'[s]}、`, title, policyId, budgetAmounts: [] });
    edge('HAS_SECTION', policyId, sectionId);
    for (const spec of clauses) {
      ordinal += 1;
      const id = `${policyId}/c${ordinal}`;
      const text = spec.text;
      const textSimplified = spec.simplified ?? text;
      const base = { ordinal, label: spec.label, title: spec.title, text, textSimplified, sectionOrdinal: s + 1 };
      node('Clause', id, {
        ...base,
        sourceLine: 10 + ordinal,
        policyId,
        ...(spec.local ? { localAddition: true } : {}),
      });
      edge('HAS_CLAUSE', sectionId, id);
    }
  });
}

export function target(
  ownerId: string,
  n: number,
  kind: string,
  metric: string,
  value: number,
  unit: string,
  text: string,
) {
  const normalizedValue = unit === '万元' ? value * 10000 : value;
  const normalizedUnit = unit === '万元' ? '元' : unit;
  const id = `${ownerId}/t${n}`;
  // The fixture's subsidies are fixed sums; a goal and a budget play their own role.
  const role = kind === 'SUBSIDY' ? 'FIXED' : kind;
  node('Target', id, {
    kind,
    role,
    metric,
    value,
    unit,
    normalizedValue,
    normalizedUnit,
    text,
    offset: n * 10,
    ownerId,
  });
  edge('SETS', ownerId, id);
}

export function department(regionCode: string, canonicalName: string, name: string, functions: string[]): string {
  const id = `${regionCode}/${canonicalName}`;
  node('Department', id, { name, canonicalName, functions, regionCode, names: [name] });
  edge('OF', id, regionCode);
  return id;
}

export function assign(clauseId: string, ...departmentIds: string[]): void {
  departmentIds.forEach((id, i) =>
    edge('ASSIGNED_TO', clauseId, id, { role: i === 0 ? 'LEAD' : 'SUPPORT', rank: i + 1 }),
  );
}

export const align = (score: number, evidence: string[], merged = false): Properties => ({
  score,
  method: 'ngram',
  evidence,
  reproduction: score,
  changedQuantities: '[]',
  merged,
});
