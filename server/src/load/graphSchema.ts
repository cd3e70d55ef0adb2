/**
 * The fixed vocabulary of the graph (DESIGN.md §3), as lists the loader generates its statements from: labels and
 * relationship types cannot be Cypher parameters, so there is one statement per label, type and endpoint pair.
 */
import { EDGE_TYPES, NODE_LABELS } from '@policy-cascade/graph-seed';
import type { EdgeType, NodeLabel } from '@policy-cascade/graph-seed';

export { EDGE_TYPES, NODE_LABELS };

/**
 * Nodes a policy owns: their ids start with `{policyId}/`. Reloading a policy replaces exactly these (and their
 * edges); Regions, Departments and Programs are shared between policies and only ever merged.
 */
export const OWNED_LABELS: readonly NodeLabel[] = ['Section', 'Clause', 'Target', 'Request'];

/** Clause-to-clause edges the alignment computes for the whole corpus at once. */
export const ALIGNMENT_TYPES: readonly EdgeType[] = ['IMPLEMENTS', 'CORRESPONDS_TO', 'SUCCEEDS'];

/**
 * The endpoint labels of each relationship type (DESIGN.md §3). Edges of these shapes are merged with labelled
 * endpoints (an index seek on Neo4j); any other shape falls back to a slower statement with unlabelled endpoints.
 */
export const EDGE_ENDPOINTS: Readonly<Record<EdgeType, readonly (readonly [NodeLabel, NodeLabel])[]>> = {
  HAS_SECTION: [['Policy', 'Section']],
  HAS_CLAUSE: [['Section', 'Clause']],
  ISSUED_FOR: [['Policy', 'Region']],
  PART_OF: [['Region', 'Region']],
  IMPLEMENTS: [
    ['Clause', 'Clause'],
    ['Policy', 'Policy'],
  ],
  CITES: [
    ['Policy', 'Policy'],
    ['Clause', 'Policy'],
  ],
  CORRESPONDS_TO: [['Clause', 'Clause']],
  SUCCEEDS: [['Clause', 'Clause']],
  ASSIGNED_TO: [
    ['Clause', 'Department'],
    ['Request', 'Department'],
  ],
  LED_BY: [['Section', 'Department']],
  MENTIONS: [
    ['Clause', 'Program'],
    ['Section', 'Program'],
    ['Request', 'Program'],
  ],
  SETS: [
    ['Clause', 'Target'],
    ['Section', 'Target'],
  ],
  HAS_REQUEST: [['Policy', 'Request']],
  OF: [['Department', 'Region']],
};

export function isNodeLabel(value: unknown): value is NodeLabel {
  return NODE_LABELS.includes(value as NodeLabel);
}

export function isEdgeType(value: unknown): value is EdgeType {
  return EDGE_TYPES.includes(value as EdgeType);
}

/** The policy that owns a node of an owned label, read from its id (`330411-2025/c3/t1` → `330411-2025`). */
export function ownerOf(id: string): string {
  const slash = id.indexOf('/');
  return slash < 0 ? id : id.slice(0, slash);
}
