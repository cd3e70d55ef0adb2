import { useQuery } from '../../api/useQuery';
import { SUPERIOR_POLICIES_QUERY, defaultSuperior, superiorPolicies } from './superiorPolicies';
import type { SuperiorPolicyNode } from './superiorPolicies';

/**
 * The superior documents to choose from and the one in effect: the route's when given, else the default
 * (浙政发〔2025〕3号). A route naming a policy works even if the list fails to load.
 */
export function useSuperiors(routePolicyId: string | undefined) {
  const query = useQuery(SUPERIOR_POLICIES_QUERY, {});
  const superiors: SuperiorPolicyNode[] = query.data ? superiorPolicies(query.data) : [];
  const policyId = routePolicyId ?? defaultSuperior(superiors)?.id;
  return { query, superiors, policyId };
}
