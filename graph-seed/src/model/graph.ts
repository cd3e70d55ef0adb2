/**
 * The PolicyGraph: labelled nodes and typed edges as in DESIGN.md §3, the shape the `build` command prints and
 * the store loader writes. Property values are scalars or lists of scalars only, so every store can hold them.
 */

/** Node labels, in the order the graph lists them (shared nodes first, then what a policy owns). */
export const NODE_LABELS = [
  'Region',
  'Policy',
  'Section',
  'Clause',
  'Department',
  'Program',
  'Target',
  'Request',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const EDGE_TYPES = [
  'HAS_SECTION',
  'HAS_CLAUSE',
  'ISSUED_FOR',
  'PART_OF',
  'IMPLEMENTS',
  'CITES',
  'CORRESPONDS_TO',
  'SUCCEEDS',
  'ASSIGNED_TO',
  'LED_BY',
  'MENTIONS',
  'SETS',
  'HAS_REQUEST',
  'OF',
] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export type Scalar = string | number | boolean | null;
export type PropertyValue = Scalar | string[] | number[] | boolean[];
export type Properties = Record<string, PropertyValue>;

export interface GraphNode {
  id: string;
  label: NodeLabel;
  properties: Properties;
}

export interface GraphEdge {
  type: EdgeType;
  from: string;
  to: string;
  properties: Properties;
}

export interface PolicyGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}
