/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query SuperiorPolicies {\n    policies(first: 50, filter: { includeStubs: true }) {\n      edges {\n        node {\n          id\n          title\n          docNumber\n          stub\n          region {\n            code\n            name\n            level\n          }\n          implementedBy {\n            id\n          }\n        }\n      }\n    }\n  }\n': typeof types.SuperiorPoliciesDocument;
  '\n  query ReviewQueueCoverage($policyId: ID!) {\n    coverage(policyId: $policyId) {\n      localities {\n        policy {\n          id\n        }\n        region {\n          name\n        }\n        carried\n        total\n      }\n    }\n  }\n': typeof types.ReviewQueueCoverageDocument;
  '\n  query ReviewAccess {\n    reviewAccess {\n      enabled\n      granted\n    }\n  }\n': typeof types.ReviewAccessDocument;
  '\n  mutation ReviewAlignment($from: ID!, $to: ID!, $type: AlignmentType!, $decision: ReviewDecision!, $note: String) {\n    reviewAlignment(from: $from, to: $to, type: $type, decision: $decision, note: $note) {\n      id\n      decision\n      note\n      at\n    }\n  }\n': typeof types.ReviewAlignmentDocument;
  '\n  query ReviewQueue($policyId: ID!, $first: Int) {\n    reviewQueue(policyId: $policyId, first: $first) {\n      id\n      kind\n      type\n      score\n      evidence\n      acceptDecision\n      coverageChange\n      locality {\n        id\n        title\n        region {\n          name\n        }\n      }\n      from {\n        id\n        label\n        title\n      }\n      to {\n        id\n        label\n        title\n      }\n    }\n  }\n': typeof types.ReviewQueueDocument;
  '\n  query ReviewClauseSearch($text: String!) {\n    search(text: $text, first: 8) {\n      clause {\n        id\n        label\n        title\n        policy {\n          id\n          title\n          year\n          region {\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.ReviewClauseSearchDocument;
};
const documents: Documents = {
  '\n  query SuperiorPolicies {\n    policies(first: 50, filter: { includeStubs: true }) {\n      edges {\n        node {\n          id\n          title\n          docNumber\n          stub\n          region {\n            code\n            name\n            level\n          }\n          implementedBy {\n            id\n          }\n        }\n      }\n    }\n  }\n':
    types.SuperiorPoliciesDocument,
  '\n  query ReviewQueueCoverage($policyId: ID!) {\n    coverage(policyId: $policyId) {\n      localities {\n        policy {\n          id\n        }\n        region {\n          name\n        }\n        carried\n        total\n      }\n    }\n  }\n':
    types.ReviewQueueCoverageDocument,
  '\n  query ReviewAccess {\n    reviewAccess {\n      enabled\n      granted\n    }\n  }\n':
    types.ReviewAccessDocument,
  '\n  mutation ReviewAlignment($from: ID!, $to: ID!, $type: AlignmentType!, $decision: ReviewDecision!, $note: String) {\n    reviewAlignment(from: $from, to: $to, type: $type, decision: $decision, note: $note) {\n      id\n      decision\n      note\n      at\n    }\n  }\n':
    types.ReviewAlignmentDocument,
  '\n  query ReviewQueue($policyId: ID!, $first: Int) {\n    reviewQueue(policyId: $policyId, first: $first) {\n      id\n      kind\n      type\n      score\n      evidence\n      acceptDecision\n      coverageChange\n      locality {\n        id\n        title\n        region {\n          name\n        }\n      }\n      from {\n        id\n        label\n        title\n      }\n      to {\n        id\n        label\n        title\n      }\n    }\n  }\n':
    types.ReviewQueueDocument,
  '\n  query ReviewClauseSearch($text: String!) {\n    search(text: $text, first: 8) {\n      clause {\n        id\n        label\n        title\n        policy {\n          id\n          title\n          year\n          region {\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.ReviewClauseSearchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SuperiorPolicies {\n    policies(first: 50, filter: { includeStubs: true }) {\n      edges {\n        node {\n          id\n          title\n          docNumber\n          stub\n          region {\n            code\n            name\n            level\n          }\n          implementedBy {\n            id\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').SuperiorPoliciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewQueueCoverage($policyId: ID!) {\n    coverage(policyId: $policyId) {\n      localities {\n        policy {\n          id\n        }\n        region {\n          name\n        }\n        carried\n        total\n      }\n    }\n  }\n',
): typeof import('./graphql').ReviewQueueCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewAccess {\n    reviewAccess {\n      enabled\n      granted\n    }\n  }\n',
): typeof import('./graphql').ReviewAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewAlignment($from: ID!, $to: ID!, $type: AlignmentType!, $decision: ReviewDecision!, $note: String) {\n    reviewAlignment(from: $from, to: $to, type: $type, decision: $decision, note: $note) {\n      id\n      decision\n      note\n      at\n    }\n  }\n',
): typeof import('./graphql').ReviewAlignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewQueue($policyId: ID!, $first: Int) {\n    reviewQueue(policyId: $policyId, first: $first) {\n      id\n      kind\n      type\n      score\n      evidence\n      acceptDecision\n      coverageChange\n      locality {\n        id\n        title\n        region {\n          name\n        }\n      }\n      from {\n        id\n        label\n        title\n      }\n      to {\n        id\n        label\n        title\n      }\n    }\n  }\n',
): typeof import('./graphql').ReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewClauseSearch($text: String!) {\n    search(text: $text, first: 8) {\n      clause {\n        id\n        label\n        title\n        policy {\n          id\n          title\n          year\n          region {\n            name\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ReviewClauseSearchDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
