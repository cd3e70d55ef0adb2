import { graphql } from '../../api/generated';

/** What each locality carries of the superior document now: the figures a decision in the queue moves. */
export const QUEUE_COVERAGE = graphql(`
  query ReviewQueueCoverage($policyId: ID!) {
    coverage(policyId: $policyId) {
      localities {
        policy {
          id
        }
        region {
          name
        }
        carried
        total
      }
    }
  }
`);
