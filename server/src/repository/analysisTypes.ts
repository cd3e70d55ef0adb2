/**
 * The results of the analytical reads (cascade, coverage, gaps, comparison, load, graph elements): plain
 * data built from Cypher rows, like the entities in types.ts.
 */
import type { QuantityChange } from '@policy-cascade/graph-seed';
import type { ClauseCard, ClauseSummary, HeadCard, PolicyInfo, ProgramInfo, QuantityInfo, RegionLevel } from './types';

export type CascadeDirection = 'UP' | 'DOWN' | 'BOTH';
export type ClauseEdgeType = 'IMPLEMENTS' | 'CORRESPONDS_TO' | 'SUCCEEDS';
export type CoverageStatus = 'CARRIED' | 'MERGED' | 'NOT_CARRIED';

/** An alignment edge between two clauses, as the alignment wrote it. */
export interface ClauseEdge {
  /** `${type}:${from}->${to}`, the id clients use. */
  id: string;
  type: ClauseEdgeType;
  from: string;
  to: string;
  score: number | null;
  method: string | null;
  evidence: string[];
  reproduction: number | null;
  /** What reproduction was measured against (IMPLEMENTS): the superior's own text, or the closest peer's. */
  reproductionBasis: ReproductionBasis | null;
  /** The clause whose text reproduction was measured against. */
  reproducedFrom: string | null;
  /** The quantities that changed, seen from the edge's start (`from`): graph-seed's QuantityChange, decoded. */
  changedQuantities: QuantityChange[];
  merged: boolean;
  /** A weak match for a person to decide: listed apart, not counted in coverage (graph-seed links.ts). */
  candidate: boolean;
  /**
   * The locality's older clause an IMPLEMENTS edge was inherited through (graph-seed coverageSuccession.ts, method
   * `succession`); null for every edge found in the two texts.
   */
  inheritedFrom: string | null;
  /** MACHINE unless a reviewer confirmed (REVIEWED) or made (ADDED) it (issue 16). */
  origin: EdgeOrigin;
  review: EdgeReview | null;
}

export type EdgeOrigin = 'MACHINE' | 'REVIEWED' | 'ADDED';

/** A reviewer's decision as the edge carries it. */
export interface EdgeReview {
  decision: 'CONFIRM' | 'REJECT' | 'ADD';
  note: string | null;
  at: string;
}

export type ReproductionBasis = 'SUPERIOR' | 'PEER';

export interface Cascade<Card extends HeadCard = ClauseCard> {
  root: ClauseSummary;
  nodes: ClauseSummary[];
  edges: ClauseEdge[];
  /** The records behind `nodes`, in the same order: whole clauses, or their heads (`cascadeHeads`). */
  cards: Card[];
  /** IMPLEMENTS steps of each node from the root (−1 above, +1 below, 0 for the root and its peers), as `nodes`. */
  distances: number[];
  /** Clauses in the whole cascade, the root included; `nodes` holds at most the limit of them. */
  nodesTotal: number;
  /** Edges in the whole cascade; `edges` holds those between the nodes kept. */
  edgesTotal: number;
  /** Per distance from the root, nearest first then above before below: clauses in the whole cascade and kept. */
  levels: CascadeLevel[];
}

export interface CascadeLevel {
  distance: number;
  total: number;
  shown: number;
}

export interface Locality {
  policyId: string;
  policyTitle: string;
  year: number | null;
  status: string | null;
  regionCode: string | null;
  regionName: string | null;
  regionLevel: RegionLevel | null;
  /** Share of the superior's measures this policy carries (CARRIED or MERGED), 0..1. */
  share: number;
}

/** A locality of a coverage matrix with its counts: measures carried (CARRIED or MERGED) of the total. */
export interface CoverageLocality extends Locality {
  carried: number;
  total: number;
}

/** For one measure: the localities (policy ids) that carried it and those that left it out. */
export interface MeasureSummary {
  measureId: string;
  carriedBy: string[];
  leftOutBy: string[];
}

export interface Measure {
  id: string;
  label: string;
  title: string;
  ordinal: number;
  sectionOrdinal: number | null;
  sectionTitle: string | null;
  inferred: boolean;
}

export interface CoverageCell {
  measureId: string;
  policyId: string;
  status: CoverageStatus;
  clauseIds: string[];
  /** For a gap: the locality's nearest clause linked only through a candidate edge (graph-seed coverageCandidates). */
  candidate: CoverageCandidate | null;
}

/** A locality's clause reaching a measure only through a candidate edge, and the score of that path's weakest edge. */
export interface CoverageCandidate {
  clauseId: string;
  score: number;
}

export interface Coverage {
  policy: PolicyInfo;
  measures: Measure[];
  localities: CoverageLocality[];
  cells: CoverageCell[];
  measureSummaries: MeasureSummary[];
}

export interface Gap {
  measure: Measure;
  /** Every locality (of any region) that left this measure out, by policy id. */
  missingIn: Locality[];
}

export interface Gaps {
  policyId: string;
  regionCode: string;
  /** The region's policies that were considered (issued ones when the region has any, else its drafts). */
  localityPolicyIds: string[];
  gaps: Gap[];
  /** Share 0..1 of the measures the considered policies carried down (0 without any). */
  share: number;
}

export interface ComparedQuantity extends QuantityInfo {
  /** Median of the comparable amounts of this measure (see compareOutliers.ts), null when too few to judge. */
  peerMedian: number | null;
  outlier: boolean;
  /** Shared by comparable quantities of other clauses of the comparison (comparableKeys.ts); null without a peer. */
  comparableKey: string | null;
}

export interface ComparedClause {
  clause: ClauseSummary;
  /** How this clause relates to the compared one: itself, a peer carrying the same measure, or a version of it. */
  relation: 'SELF' | 'PEER' | 'SUCCESSION';
  quantities: ComparedQuantity[];
}

export interface Comparison {
  root: ClauseSummary;
  /**
   * The superior clauses the measure is identified by (direct and second-level IMPLEMENTS targets), and the clause
   * itself when it is a measure: an inferred clause of a stub, or any clause other clauses implement.
   */
  measureIds: string[];
  /** The compared clause and its peers, ordered by region code then policy id. */
  entries: ComparedClause[];
  /** The compared clause's versions across years (SUCCEEDS chain), oldest first, the clause itself included. */
  succession: ComparedClause[];
  /** SUCCEEDS pairs (newer → older) with either end among the entries or the succession, by newer then older id. */
  successions: { newerId: string; olderId: string }[];
}

export interface ProgramAdoption {
  policyId: string;
  regionCode: string | null;
  regionName: string | null;
  year: number | null;
}

export interface ProgramUsage extends ProgramInfo {
  clauseIds: string[];
  /** Areas whose heading or preamble mentions it. */
  sectionIds: string[];
  /** Annex request rows that mention it. */
  requestIds: string[];
  adoptions: ProgramAdoption[];
}

export interface GraphElementNode {
  id: string;
  label: string;
  properties: Record<string, unknown>;
}

export interface GraphElementEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

/** Nodes and edges ready for Cytoscape (the client maps from/to to source/target). */
export interface GraphElements {
  nodes: GraphElementNode[];
  edges: GraphElementEdge[];
  /** True when there were more edges than `limit` and only the first `limit` (by id) are given. */
  truncated: boolean;
  /** The most edges a neighbourhood gives. */
  limit: number;
}

/** One step of a path: from a node, along an edge (followed forwards or backwards), to the next node. */
export interface PathStep {
  from: GraphElementNode;
  edge: GraphElementEdge;
  to: GraphElementNode;
  /** True when the edge points from `from` to `to`. */
  forward: boolean;
}

export interface GraphPath {
  found: boolean;
  /** Steps of the path; null when none was found. */
  length: number | null;
  steps: PathStep[];
  /** The path's nodes in order, first to last. */
  nodes: GraphElementNode[];
  /** The path's edges in order. */
  edges: GraphElementEdge[];
  /** No path within `limit` steps, and the search stopped there (a longer one may exist). */
  truncated: boolean;
  /** The most steps searched. */
  limit: number;
}

/** A page of the whole graph or a subgraph: nodes by id, then edges by type and ends, with every property. */
export interface GraphPage {
  nodes: GraphElementNode[];
  edges: GraphElementEdge[];
  totalNodes: number;
  totalEdges: number;
  endCursor: string | null;
  hasNextPage: boolean;
}
