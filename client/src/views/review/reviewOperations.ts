/**
 * The review operations (issue 16), typed from schema/ by GraphQL Code Generator (`npm run codegen`): whether this
 * tab may review, one decision, the queue of a superior document, and clause search for "add link".
 */
import { graphql } from '../../api/generated';

export const REVIEW_ACCESS = graphql(`
  query ReviewAccess {
    reviewAccess {
      enabled
      granted
    }
  }
`);

export const REVIEW_ALIGNMENT = graphql(`
  mutation ReviewAlignment($from: ID!, $to: ID!, $type: AlignmentType!, $decision: ReviewDecision!, $note: String) {
    reviewAlignment(from: $from, to: $to, type: $type, decision: $decision, note: $note) {
      id
      decision
      note
      at
    }
  }
`);

export const REVIEW_QUEUE = graphql(`
  query ReviewQueue($policyId: ID!, $first: Int) {
    reviewQueue(policyId: $policyId, first: $first) {
      id
      kind
      type
      score
      evidence
      acceptDecision
      coverageChange
      locality {
        id
        title
        region {
          name
        }
      }
      from {
        id
        label
        title
      }
      to {
        id
        label
        title
      }
    }
  }
`);

export const CLAUSE_SEARCH = graphql(`
  query ReviewClauseSearch($text: String!) {
    search(text: $text, first: 8) {
      clause {
        id
        label
        title
        policy {
          id
          title
          year
          region {
            name
          }
        }
      }
    }
  }
`);
