/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Kinds of alignment between two clauses. */
export type AlignmentType = 'CORRESPONDS_TO' | 'IMPLEMENTS' | 'SUCCEEDS';

/** Government level of a region. County-level cities and districts are COUNTY. */
export type RegionLevel = 'CITY' | 'COUNTY' | 'PROVINCE';

/** A reviewer's decision on an alignment edge (issue 16). */
export type ReviewDecision =
  /** Make an edge the machine did not find (scored 1, method review). */
  | 'ADD'
  /** Keep the machine's edge whatever its score; a candidate becomes an ordinary edge. */
  | 'CONFIRM'
  /** Remove the machine's edge for good (or decline one it did not make): no import or rebuild brings it back. */
  | 'REJECT';

/** Why an edge is in the review queue. */
export type ReviewQueueKind =
  /** A weak match the alignment kept apart, for a person to confirm or reject. */
  | 'CANDIDATE'
  /** An edge scored below 0.3. */
  | 'LOW_SCORE'
  /**
   * A measure the locality leaves out, while one of its clauses that carries another measure corresponds to a
   * peer's clause carrying this one: perhaps merged in that clause (accept adds the IMPLEMENTS edge).
   */
  | 'MERGED_GAP';

export type SuperiorPoliciesQueryVariables = Exact<{ [key: string]: never }>;

export type SuperiorPoliciesQuery = {
  policies: {
    edges: Array<{
      node: {
        id: string;
        title: string;
        docNumber: string | null;
        stub: boolean;
        region: { code: string; name: string; level: RegionLevel } | null;
        implementedBy: Array<{ id: string }>;
      };
    }>;
  };
};

export type ReviewQueueCoverageQueryVariables = Exact<{
  policyId: string | number;
}>;

export type ReviewQueueCoverageQuery = {
  coverage: {
    localities: Array<{ carried: number; total: number; policy: { id: string }; region: { name: string } | null }>;
  } | null;
};

export type ReviewAccessQueryVariables = Exact<{ [key: string]: never }>;

export type ReviewAccessQuery = { reviewAccess: { enabled: boolean; granted: boolean } };

export type ReviewAlignmentMutationVariables = Exact<{
  from: string | number;
  to: string | number;
  type: AlignmentType;
  decision: ReviewDecision;
  note?: string | null | undefined;
}>;

export type ReviewAlignmentMutation = {
  reviewAlignment: { id: string; decision: ReviewDecision; note: string | null; at: string };
};

export type ReviewQueueQueryVariables = Exact<{
  policyId: string | number;
  first?: number | null | undefined;
}>;

export type ReviewQueueQuery = {
  reviewQueue: Array<{
    id: string;
    kind: ReviewQueueKind;
    type: AlignmentType;
    score: number;
    evidence: Array<string>;
    acceptDecision: ReviewDecision;
    coverageChange: number;
    locality: { id: string; title: string; region: { name: string } | null };
    from: { id: string; label: string; title: string };
    to: { id: string; label: string; title: string };
  }>;
};

export type ReviewClauseSearchQueryVariables = Exact<{
  text: string;
}>;

export type ReviewClauseSearchQuery = {
  search: Array<{
    clause: {
      id: string;
      label: string;
      title: string;
      policy: { id: string; title: string; year: number | null; region: { name: string } | null };
    };
  }>;
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const SuperiorPoliciesDocument = new TypedDocumentString(`
    query SuperiorPolicies {
  policies(first: 50, filter: {includeStubs: true}) {
    edges {
      node {
        id
        title
        docNumber
        stub
        region {
          code
          name
          level
        }
        implementedBy {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SuperiorPoliciesQuery, SuperiorPoliciesQueryVariables>;
export const ReviewQueueCoverageDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ReviewQueueCoverageQuery, ReviewQueueCoverageQueryVariables>;
export const ReviewAccessDocument = new TypedDocumentString(`
    query ReviewAccess {
  reviewAccess {
    enabled
    granted
  }
}
    `) as unknown as TypedDocumentString<ReviewAccessQuery, ReviewAccessQueryVariables>;
export const ReviewAlignmentDocument = new TypedDocumentString(`
    mutation ReviewAlignment($from: ID!, $to: ID!, $type: AlignmentType!, $decision: ReviewDecision!, $note: String) {
  reviewAlignment(
    from: $from
    to: $to
    type: $type
    decision: $decision
    note: $note
  ) {
    id
    decision
    note
    at
  }
}
    `) as unknown as TypedDocumentString<ReviewAlignmentMutation, ReviewAlignmentMutationVariables>;
export const ReviewQueueDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ReviewClauseSearchDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ReviewClauseSearchQuery, ReviewClauseSearchQueryVariables>;
