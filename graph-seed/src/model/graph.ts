/**
 * The PolicyGraph: labelled nodes and typed edges as in DESIGN.md §3, the shape the `build` command prints and
 * the store loader writes. Property values are scalars or lists of scalars only, so every store can hold them.
 */

export type NodeLabel = 'Region' | 'Policy' | 'Section' | 'Clause' | 'Department' | 'Program' | 'Target' | 'Request';

export type EdgeType =
  | 'HAS_SECTION'
  | 'HAS_CLAUSE'
  | 'ISSUED_FOR'
  | 'PART_OF'
  | 'IMPLEMENTS'
  | 'CITES'
  | 'CORRESPONDS_TO'
  | 'SUCCEEDS'
  | 'ASSIGNED_TO'
  | 'LED_BY'
  | 'MENTIONS'
  | 'SETS'
  | 'HAS_REQUEST'
  | 'OF';

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
