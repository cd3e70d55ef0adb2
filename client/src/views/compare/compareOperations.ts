/** The compare view's GraphQL operations and the shapes they return (a subset of schema/analysis.graphql). */
import { gql } from '../../api/gql';
import type { Quantity, QuantityChange, RegionLevel } from '../../api/fragments';
import { QUANTITY_CHANGE_FIELDS, QUANTITY_FIELDS } from '../../api/fragments';

const CLAUSE_FIELDS = 'id label title policy { id title year status stub region { code name level } }';

export const COMPARE_QUERY = gql<CompareData, CompareVariables>`
  query Compare($clauseId: ID!) {
    compare(clauseId: $clauseId) {
      clause { ${CLAUSE_FIELDS} }
      measure { ${CLAUSE_FIELDS} }
      rows {
        clause { id label title }
        policy { id title year status stub }
        region { code name level }
        year
        quantities {
          quantity { ${QUANTITY_FIELDS} }
          comparableKey
          peerMedian
          ratioToMedian
          outlier
        }
      }
      successions {
        older { ${CLAUSE_FIELDS} }
        newer { ${CLAUSE_FIELDS} }
        changes { ${QUANTITY_CHANGE_FIELDS} }
      }
    }
  }
`;

export interface ComparedQuantity {
  quantity: Quantity;
  comparableKey: string | null;
  peerMedian: number | null;
  ratioToMedian: number | null;
  outlier: boolean;
}

interface PolicyRow {
  id: string;
  title: string;
  year: number | null;
  status: 'ISSUED' | 'DRAFT' | null;
  stub: boolean;
}

export interface ComparedClause {
  id: string;
  label: string;
  title: string;
  policy: PolicyRow & { region: { code: string; name: string; level: RegionLevel } | null };
}

export interface ComparisonRow {
  clause: { id: string; label: string; title: string };
  policy: PolicyRow;
  region: { code: string; name: string; level: RegionLevel } | null;
  year: number | null;
  quantities: ComparedQuantity[];
}

export interface Succession {
  older: ComparedClause;
  newer: ComparedClause;
  changes: QuantityChange[];
}

export interface Comparison {
  clause: ComparedClause;
  /** The common superior clause; the compared clause itself when it is a measure (330000-2025/c1). */
  measure: ComparedClause | null;
  rows: ComparisonRow[];
  /** Every older → newer pair touching a row (a measure's rows hold 秀洲 2025, which replaces 秀洲 2024's). */
  successions: Succession[];
}

export interface CompareData {
  compare: Comparison | null;
}

export interface CompareVariables extends Record<string, unknown> {
  clauseId: string;
}

/** The measures of a superior document, to choose what to compare. */
export const MEASURES_QUERY = gql<MeasuresData, MeasuresVariables>`
  query Measures($policyId: ID!) {
    policy(id: $policyId) {
      id
      clauses {
        id
        label
        title
        ordinal
        section {
          id
          label
          title
        }
      }
    }
  }
`;

export interface MeasureOption {
  id: string;
  label: string;
  title: string;
  ordinal: number;
  section: { id: string; label: string; title: string } | null;
}

export interface MeasuresData {
  policy: { id: string; clauses: MeasureOption[] } | null;
}

export interface MeasuresVariables extends Record<string, unknown> {
  policyId: string;
}
