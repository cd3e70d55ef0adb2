import { graphql } from '../../api/generated';
import type { ClauseDetailsQuery, PolicyDocumentQuery } from '../../api/generated/graphql';

export type { Quantity } from '../../api/fragments';

export const ALIGNMENT_FIELDS = graphql(`
  fragment AlignmentFields on Alignment {
    type
    score
    method
    evidence
    reproduction
    merged
    candidate
    inheritedFrom {
      ...ClauseCard
    }
    origin
    review {
      ...EdgeReviewFields
    }
    changedQuantities {
      ...QuantityChangeFields
    }
    againstOffers {
      quantity {
        id
        text
        normalizedValue
        normalizedUnit
      }
      offer {
        metric
        median
        unit
      }
      position
    }
    clause {
      ...ClauseCard
    }
  }
`);

/** Everything the clause panel shows: text, quantities, programs, departments and every alignment with evidence. */
export const CLAUSE_DETAILS = graphql(`
  query ClauseDetails($id: ID!) {
    clause(id: $id) {
      id
      label
      title
      inferred
      text
      textSimplified
      sourceLine
      localAddition
      support
      inferredFrom {
        weight
        clause {
          ...ClauseCard
        }
      }
      offers {
        metric
        unit
        role
        min
        median
        max
        count
      }
      policy {
        ...PolicyRef
        sourceFile
      }
      section {
        id
        label
        title
      }
      departments {
        role
        rank
        department {
          id
          name
          canonicalName
        }
      }
      programs {
        id
        name
        kind
      }
      amounts {
        ...QuantityFields
      }
      targets {
        ...QuantityFields
      }
      implements {
        ...AlignmentFields
      }
      implementedBy {
        ...AlignmentFields
      }
      correspondsTo {
        ...AlignmentFields
      }
      succeeds {
        ...AlignmentFields
      }
      succeededBy {
        ...AlignmentFields
      }
    }
  }
`);

export type ClauseDetails = NonNullable<ClauseDetailsQuery['clause']>;
export type Alignment = ClauseDetails['implements'][number];
/** A locality's figure against the implementers' median of an inferred superior clause (Alignment.againstOffers). */
export type OfferComparison = Alignment['againstOffers'][number];
/** What an inferred clause's implementers offer for one comparable figure (Clause.offers). */
export type QuantityRange = ClauseDetails['offers'][number];

/** A policy with its areas and clauses in document order, for the document view. */
export const POLICY_DOCUMENT = graphql(`
  query PolicyDocument($id: ID!) {
    policy(id: $id) {
      ...PolicyRef
      issuer
      publishedOn
      script
      sourceFile
      validity
      totalBudget {
        text
      }
      implements {
        id
        title
        docNumber
      }
      sections {
        id
        label
        title
        inferred
        clauses {
          ...ClauseCard
        }
      }
      requests {
        id
        ordinal
        area
        item
        goal
        departments {
          role
          rank
          department {
            id
            name
          }
        }
      }
    }
  }
`);

export type PolicyDocument = NonNullable<PolicyDocumentQuery['policy']>;
/** A row of the annex request table (积极争取上级政策事项清单) with its departments, lead first. */
export type AnnexRequest = PolicyDocument['requests'][number];
