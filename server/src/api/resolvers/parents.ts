/**
 * What the resolvers of each GraphQL object type receive as their parent, where that is not a repository type as
 * is (codegen.ts maps every object type to its parent; the generated Resolvers type then checks each resolver against
 * the SDL). Plain data only: these are the repository's answers seen from one place of the schema.
 */
import type {
  ClauseDepartment,
  ClauseEdge,
  ClauseInfo,
  Comparison,
  ComparedQuantity,
  FunctionLoad,
  OwnerDepartment,
  ProgramAdoption,
  QuantityInfo,
} from '../../repository';
import type { QuantityChange } from '@policy-cascade/graph-seed';
import type { Cascade, CascadeDirection, HeadCard } from '../../repository';

/** An alignment edge seen from one of its clauses. */
export interface AlignmentParent {
  edge: ClauseEdge;
  selfId: string;
}

/** A cascade with the direction and depth it was asked for. */
export interface CascadeParent {
  /** With whole clauses or their heads (headOnlyClause). */
  result: Cascade<HeadCard>;
  /** The nodes' clauses in the nodes' order: whole, or heads that throw when a long field is read. */
  clauses: ClauseInfo[];
  direction: CascadeDirection;
  depth: number;
}

/** A clause of a cascade with its distance from the root. */
export interface CascadeNodeParent {
  clause: ClauseInfo;
  distance: number;
}

/** A department assigned to a clause (ClauseDepartment) or to a section or annex row (OwnerDepartment). */
export type AssignmentParent = ClauseDepartment | OwnerDepartment;

/** One locality's row of a comparison. */
export interface ComparisonRowParent {
  clauseId: string;
  policyId: string;
  regionCode: string | null;
  year: number | null;
  quantities: ComparedQuantity[];
}

/** A SUCCEEDS pair with what changed, seen from the newer clause. */
export interface SuccessionParent {
  olderId: string;
  newerId: string;
  changes: QuantityChange[];
}

/** A program's adoption by one document, with the number of its clauses mentioning the program. */
export interface ProgramAdoptionParent extends ProgramAdoption {
  clauseCount: number;
}

/** One locality's departments of a function, their clauses added up. */
export interface FunctionLocalityParent extends FunctionLoad {
  lead: string[];
  support: string[];
  sectionLeadCount: number;
}

/** A quantity of a page, before its clause is read. */
export interface QuantityEdgeParent {
  cursor: string;
  node: QuantityInfo;
}

export type { Comparison };
