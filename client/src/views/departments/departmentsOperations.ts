/** The departments view's GraphQL operations and the shapes they return (schema/base.graphql, departments.graphql). */
import { gql } from '../../api/gql';
import type { PolicyStatus, RegionLevel } from '../../api/fragments';

export const REGIONS_QUERY = gql<RegionsData>`
  query Regions {
    regions {
      code
      name
      level
      parent {
        code
      }
    }
  }
`;

export interface RegionOption {
  code: string;
  name: string;
  level: RegionLevel;
  parent: { code: string } | null;
}

export interface RegionsData {
  regions: RegionOption[];
}

export interface PolicyOption {
  id: string;
  title: string;
  year: number | null;
  status: PolicyStatus | null;
  stub: boolean;
}

/** The documents of one region, to choose the one whose departments are counted. */
export const REGION_POLICIES_QUERY = gql<{ region: { policies: PolicyOption[] } | null }, { code: string }>`
  query RegionPolicies($code: ID!) {
    region(code: $code) {
      policies {
        id
        title
        year
        status
        stub
      }
    }
  }
`;

const CLAUSE_FIELDS = 'id label title ordinal policy { id title year status }';

export const DEPARTMENTS_QUERY = gql<DepartmentsData, DepartmentsVariables>`
  query Departments($regionCode: ID, $policyId: ID) {
    departments(regionCode: $regionCode, policyId: $policyId) {
      id
      name
      canonicalName
      functions
      asWritten
      mergedIds
      leadCount
      supportCount
      sectionLeadCount
      requestCount
      policies { id title year status }
      lead: clauses(role: LEAD) { ${CLAUSE_FIELDS} }
      support: clauses(role: SUPPORT) { ${CLAUSE_FIELDS} }
    }
  }
`;

export interface DepartmentClause {
  id: string;
  label: string;
  title: string;
  ordinal: number;
  policy: { id: string; title: string; year: number | null; status: PolicyStatus | null };
}

/** A department with its load in the documents counted; names in Simplified, the spellings in `asWritten`. */
export interface DepartmentLoad {
  id: string;
  name: string;
  canonicalName: string;
  functions: string[];
  asWritten: string[];
  mergedIds: string[];
  leadCount: number;
  supportCount: number;
  sectionLeadCount: number;
  requestCount: number;
  policies: DepartmentClause['policy'][];
  lead: DepartmentClause[];
  support: DepartmentClause[];
}

export interface DepartmentsData {
  departments: DepartmentLoad[];
}

/** regionCode alone counts the region's latest issued document; policyId counts that one. */
export interface DepartmentsVariables extends Record<string, unknown> {
  regionCode?: string;
  policyId?: string;
}

export interface DepartmentFunction {
  key: string;
  /** The department that owns the function (发改局). */
  name: string;
}

export const DEPARTMENT_FUNCTIONS_QUERY = gql<{ departmentFunctions: DepartmentFunction[] }>`
  query DepartmentFunctions {
    departmentFunctions {
      key
      name
    }
  }
`;

export interface FunctionLocality {
  region: { code: string; name: string; level: RegionLevel };
  policies: DepartmentClause['policy'][];
  departments: { id: string; name: string; asWritten: string[] }[];
  leadCount: number;
  supportCount: number;
  sectionLeadCount: number;
  clauseCount: number;
  lead: Omit<DepartmentClause, 'policy'>[];
  support: Omit<DepartmentClause, 'policy'>[];
}

export interface FunctionComparison {
  function: DepartmentFunction;
  year: number | null;
  localities: FunctionLocality[];
}

/** One function (发改, 科技 …) in every locality, leads and supports side by side. */
export const DEPARTMENT_FUNCTION_QUERY = gql<
  { departmentFunction: FunctionComparison },
  { key: string; year: number | null }
>`
  query DepartmentFunction($key: String!, $year: Int) {
    departmentFunction(key: $key, year: $year) {
      function {
        key
        name
      }
      year
      localities {
        region {
          code
          name
          level
        }
        policies {
          id
          title
          year
          status
        }
        departments {
          id
          name
          asWritten
        }
        leadCount
        supportCount
        sectionLeadCount
        clauseCount
        lead {
          id
          label
          title
          ordinal
        }
        support {
          id
          label
          title
          ordinal
        }
      }
    }
  }
`;
