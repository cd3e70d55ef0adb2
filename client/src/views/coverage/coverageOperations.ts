/** The coverage view's GraphQL operations and the shapes they return (a subset of schema/analysis.graphql). */
import { gql } from '../../api/gql';

export type CoverageStatus = 'CARRIED' | 'MERGED' | 'NOT_CARRIED';

export const COVERAGE_QUERY = gql<CoverageData, CoverageVariables>`
  query Coverage($policyId: ID!) {
    coverage(policyId: $policyId) {
      policy {
        id
        title
        docNumber
      }
      measures {
        id
        label
        title
        ordinal
        inferred
        section {
          id
          label
          title
        }
      }
      localities {
        policy {
          id
          title
          year
          partial
        }
        region {
          code
          name
        }
        carried
        total
        share
      }
      cells {
        measureId
        policyId
        status
        clauses {
          id
          label
          title
        }
      }
    }
  }
`;

export interface CoverageMeasure {
  id: string;
  label: string;
  title: string;
  ordinal: number;
  inferred: boolean;
  section: { id: string; label: string; title: string } | null;
}

export interface CoverageLocality {
  /** `partial`: a text whose areas or clauses stop well short of the superior's (counted apart). */
  policy: { id: string; title: string; year: number | null; partial: boolean };
  region: { code: string; name: string } | null;
  carried: number;
  total: number;
  share: number;
}

export interface CoverageCell {
  measureId: string;
  policyId: string;
  status: CoverageStatus;
  clauses: { id: string; label: string; title: string }[];
}

export interface CoverageData {
  coverage: {
    policy: { id: string; title: string; docNumber: string | null };
    measures: CoverageMeasure[];
    localities: CoverageLocality[];
    cells: CoverageCell[];
  } | null;
}

export interface CoverageVariables extends Record<string, unknown> {
  policyId: string;
}

export const GAPS_QUERY = gql<GapsData, GapsVariables>`
  query Gaps($policyId: ID!, $regionCode: ID!) {
    gaps(policyId: $policyId, regionCode: $regionCode) {
      superior {
        id
        title
        docNumber
      }
      locality {
        id
        title
      }
      region {
        code
        name
      }
      share
      gaps {
        id
        label
        title
        ordinal
        section {
          label
          title
        }
      }
    }
  }
`;

export interface GapClause {
  id: string;
  label: string;
  title: string;
  ordinal: number;
  section: { label: string; title: string } | null;
}

export interface GapReport {
  superior: { id: string; title: string; docNumber: string | null };
  locality: { id: string; title: string } | null;
  region: { code: string; name: string };
  share: number;
  gaps: GapClause[];
}

export interface GapsData {
  gaps: GapReport | null;
}

export interface GapsVariables extends Record<string, unknown> {
  policyId: string;
  regionCode: string;
}

/** What the gaps CSV needs of every measure × locality: status, carrying clauses and their alignment scores. */
export const GAPS_EXPORT_QUERY = gql<GapsExportData, CoverageVariables>`
  query GapsExport($policyId: ID!) {
    coverage(policyId: $policyId) {
      policy { id title docNumber }
      measures { id label title ordinal inferred section { label title } }
      localities { policy { id title } region { code name } }
      cells {
        measureId
        policyId
        status
        clauses { id label title implements { score merged clause { id implements { clause { id } } } } }
      }
    }
  }
`;

export interface ExportedCellClause {
  id: string;
  label: string;
  title: string;
  implements: { score: number; merged: boolean; clause: { id: string; implements: { clause: { id: string } }[] } }[];
}

export interface GapsExportData {
  coverage: {
    policy: { id: string; title: string; docNumber: string | null };
    measures: (CoverageMeasure & { section: { label: string; title: string } | null })[];
    localities: { policy: { id: string; title: string }; region: { code: string; name: string } | null }[];
    cells: { measureId: string; policyId: string; status: CoverageStatus; clauses: ExportedCellClause[] }[];
  } | null;
}
