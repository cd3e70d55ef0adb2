/**
 * The superior documents a user can pick from: every policy that some other document declares it implements. The
 * corpus holds no superior text, so these are stubs (浙政发〔2025〕3号, 嘉政发〔2025〕6号) with inferred measures.
 */
import { gql } from '../../api/gql';

export const SUPERIOR_POLICIES_QUERY = gql<SuperiorPoliciesData>`
  query SuperiorPolicies {
    policies(first: 50, filter: { includeStubs: true }) {
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
`;

export interface SuperiorPolicyNode {
  id: string;
  title: string;
  docNumber: string | null;
  stub: boolean;
  region: { code: string; name: string; level: 'PROVINCE' | 'CITY' | 'COUNTY' } | null;
  implementedBy: { id: string }[];
}

export interface SuperiorPoliciesData {
  policies: { edges: { node: SuperiorPolicyNode }[] };
}

/** The province's 2025 policy is what every locality carries down, so it is the natural default. */
export const DEFAULT_SUPERIOR_DOC_NUMBER = '浙政发〔2025〕3号';

const LEVEL_ORDER = { PROVINCE: 0, CITY: 1, COUNTY: 2 } as const;

/** Policies implemented by at least one other document, province first, then by id. */
export function superiorPolicies(data: SuperiorPoliciesData): SuperiorPolicyNode[] {
  return data.policies.edges
    .map((edge) => edge.node)
    .filter((policy) => policy.implementedBy.length > 0)
    .sort(
      (a, b) =>
        LEVEL_ORDER[a.region?.level ?? 'COUNTY'] - LEVEL_ORDER[b.region?.level ?? 'COUNTY'] || a.id.localeCompare(b.id),
    );
}

/** The default superior: 浙政发〔2025〕3号 when present, else the highest-level superior. */
export function defaultSuperior(superiors: readonly SuperiorPolicyNode[]): SuperiorPolicyNode | undefined {
  return superiors.find((p) => p.docNumber === DEFAULT_SUPERIOR_DOC_NUMBER) ?? superiors[0];
}

/** How a superior is named in pickers: its 文号 when it has one, then the title. */
export function superiorLabel(policy: SuperiorPolicyNode): string {
  return policy.docNumber ? `${policy.docNumber} ${policy.title}` : policy.title;
}
