import { graphql } from '../../api/generated';
import type { CascadeQuery } from '../../api/generated/graphql';

/** The layered cascade around one clause: its superior clauses, its peers and the clauses carrying it down. */
export const CASCADE = graphql(`
  query Cascade($clauseId: ID!, $direction: CascadeDirection!, $depth: Int!) {
    cascade(clauseId: $clauseId, direction: $direction, depth: $depth) {
      root {
        ...ClauseCard
      }
      direction
      depth
      nodes {
        distance
        clause {
          ...ClauseCard
        }
      }
      edges {
        id
        type
        from
        to
        score
        method
        evidence
        merged
        candidate
        inheritedFrom
        origin
        review {
          ...EdgeReviewFields
        }
      }
    }
  }
`);

export type CascadeData = NonNullable<CascadeQuery['cascade']>;
export type CascadeEdge = CascadeData['edges'][number];

/** Starting points when no clause is chosen: the measures of the provincial document (inferred for a stub). */
export const PROVINCIAL_MEASURES = graphql(`
  query ProvincialMeasures {
    policies(filter: { level: PROVINCE }, first: 5) {
      edges {
        node {
          id
          title
          docNumber
          clauses {
            ...ClauseCard
          }
        }
      }
    }
  }
`);
