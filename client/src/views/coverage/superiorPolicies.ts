/**
 * The superior documents a user can pick from: every policy that some other document declares it implements. The
 * corpus holds no superior text, so these are stubs (浙政发〔2025〕3号, 嘉政发〔2025〕6号) with inferred measures.
 */
import { graphql } from '../../api/generated';
import type { SuperiorPoliciesQuery } from '../../api/generated/graphql';

/** Typed from schema/ by GraphQL Code Generator (npm run codegen): the result type is SuperiorPoliciesQuery. */
export const SUPERIOR_POLICIES_QUERY = graphql(`
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
`);

export type SuperiorPoliciesData = SuperiorPoliciesQuery;
export type SuperiorPolicyNode = SuperiorPoliciesQuery['policies']['edges'][number]['node'];

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
