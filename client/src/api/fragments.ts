/**
 * Selection sets shared by several operations, as GraphQL fragments in generated typed documents (`npm run codegen`
 * writes each fragment's type from schema/ and the selection, and appends the fragment to every document spreading
 * it, so the server still sees one self-contained document). The types below are the generated ones under the names
 * the views use.
 */
import { graphql } from './generated';
import type {
  ClauseCardFragment,
  PolicyRefFragment,
  QuantityChangeFieldsFragment,
  QuantityFieldsFragment,
} from './generated/graphql';

export type { RegionLevel } from './generated/graphql';

/** A region as every view names it: code, name, level and the code of its parent (a county's city). */
export const REGION_FIELDS = graphql(`
  fragment RegionFields on Region {
    code
    name
    level
    parent {
      code
    }
  }
`);

export const POLICY_REF = graphql(`
  fragment PolicyRef on Policy {
    id
    title
    docNumber
    year
    status
    stub
    region {
      ...RegionFields
    }
  }
`);

/** A reviewer's decision on an edge, as the cascade's edges and the clause panel's alignments carry it. */
export const EDGE_REVIEW_FIELDS = graphql(`
  fragment EdgeReviewFields on Review {
    decision
    note
    at
  }
`);

/** What a graph node or a list row needs to show a clause: its label, title and locality. */
export const CLAUSE_CARD = graphql(`
  fragment ClauseCard on Clause {
    id
    label
    title
    inferred
    policy {
      ...PolicyRef
    }
  }
`);

export const QUANTITY_FIELDS = graphql(`
  fragment QuantityFields on Quantity {
    id
    kind
    role
    approximate
    from
    metric
    value
    unit
    qualifier
    normalizedValue
    normalizedUnit
    text
  }
`);

export const QUANTITY_CHANGE_FIELDS = graphql(`
  fragment QuantityChangeFields on QuantityChange {
    kind
    metric
    unit
    before
    after
  }
`);

/** A document as a clause names it; `status` says issued or a draft for comment (征求意见稿). */
export type PolicyRef = PolicyRefFragment;
export type ClauseCard = ClauseCardFragment;
/** An amount or target as the schema's Quantity type gives it. */
export type Quantity = QuantityFieldsFragment;
export type QuantityChange = QuantityChangeFieldsFragment;

/** What each role is called where a quantity is shown (a chip beside the value, a word in its note). */
export const ROLE_NAMES: Record<Quantity['role'], string> = {
  CAP: 'cap',
  FIXED: 'fixed',
  RATE: 'rate',
  THRESHOLD: 'threshold',
  GOAL: 'goal',
  BUDGET: 'budget',
  PROJECT_SIZE: 'project size',
};
