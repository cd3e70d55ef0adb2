import { gql } from '../../api/gql';
import { CLAUSE_CARD_FIELDS } from '../../api/fragments';
import type { ClauseCard } from '../../api/fragments';
import type { Direction } from '../../state/route';

export interface CascadeEdge {
  id: string;
  type: 'IMPLEMENTS' | 'CORRESPONDS_TO' | 'SUCCEEDS';
  from: string;
  to: string;
  score: number;
  method: string;
  evidence: string[];
  merged: boolean;
  /** MACHINE, REVIEWED (confirmed) or ADDED by a reviewer: drawn distinctly. */
  origin: 'MACHINE' | 'REVIEWED' | 'ADDED';
  review: { decision: 'CONFIRM' | 'REJECT' | 'ADD'; note: string | null; at: string } | null;
}

export interface CascadeData {
  root: ClauseCard;
  direction: Direction;
  depth: number;
  nodes: { distance: number; clause: ClauseCard }[];
  edges: CascadeEdge[];
}

export type CascadeVariables = { clauseId: string; direction: Direction; depth: number };

/** The layered cascade around one clause: its superior clauses, its peers and the clauses carrying it down. */
export const CASCADE = gql<{ cascade: CascadeData | null }, CascadeVariables>`
  query Cascade($clauseId: ID!, $direction: CascadeDirection!, $depth: Int!) {
    cascade(clauseId: $clauseId, direction: $direction, depth: $depth) {
      root { ${CLAUSE_CARD_FIELDS} }
      direction
      depth
      nodes { distance clause { ${CLAUSE_CARD_FIELDS} } }
      edges { id type from to score method evidence merged origin review { decision note at } }
    }
  }
`;

/** Starting points when no clause is chosen: the measures of the provincial document (inferred for a stub). */
export const PROVINCIAL_MEASURES = gql<
  { policies: { edges: { node: { id: string; title: string; docNumber: string | null; clauses: ClauseCard[] } }[] } },
  Record<string, never>
>`
  query ProvincialMeasures {
    policies(filter: { level: PROVINCE }, first: 5) {
      edges { node { id title docNumber clauses { ${CLAUSE_CARD_FIELDS} } } }
    }
  }
`;
