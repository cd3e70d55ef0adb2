/** The departments view's GraphQL operations and the shapes they return (schema/base.graphql, policy.graphql). */
import { gql } from '../../api/gql';
import type { RegionLevel } from '../../api/fragments';

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

const CLAUSE_FIELDS = 'id label title ordinal policy { id title year status }';

export const DEPARTMENTS_QUERY = gql<DepartmentsData, DepartmentsVariables>`
  query Departments($regionCode: ID!) {
    departments(regionCode: $regionCode) {
      id
      name
      canonicalName
      functions
      leadCount
      supportCount
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
  policy: { id: string; title: string; year: number | null; status: 'ISSUED' | 'DRAFT' | null };
}

export interface DepartmentLoad {
  id: string;
  name: string;
  canonicalName: string;
  functions: string[];
  leadCount: number;
  supportCount: number;
  lead: DepartmentClause[];
  support: DepartmentClause[];
}

export interface DepartmentsData {
  departments: DepartmentLoad[];
}

export interface DepartmentsVariables extends Record<string, unknown> {
  regionCode: string;
}
