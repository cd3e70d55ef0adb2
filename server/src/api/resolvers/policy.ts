/** Policy, Region, Section and Request: the document side of the graph, every read batched through loaders. */
import type { PolicyInfo, QuantityInfo, RegionInfo } from '../../repository';
import type { ApiContext } from '../context';
import type { Resolvers, SuperiorMethod } from '../generated/resolvers';
import { loadPresent, required } from './shared';

/** The closing paragraph's 支持总额 as a Quantity, in 亿元 as the documents write it, its 约 kept. */
function totalBudget(policy: PolicyInfo): QuantityInfo | null {
  if (policy.totalBudget === null) return null;
  const value = Math.round(policy.totalBudget / 1e6) / 100;
  return {
    id: `${policy.id}/budget`,
    ownerId: policy.id,
    kind: 'BUDGET',
    role: 'BUDGET',
    approximate: policy.totalBudgetApproximate,
    from: null,
    metric: '支持总额',
    value,
    unit: '亿元',
    qualifier: policy.totalBudgetQualifier,
    normalizedValue: policy.totalBudget,
    normalizedUnit: '元',
    text: policy.totalBudgetText ?? `${value}亿元`,
  };
}

function region(code: string | null, context: ApiContext): RegionInfo | Promise<RegionInfo | null> | null {
  return code === null ? null : context.loaders.region.get(code);
}

async function referenced(policy: PolicyInfo, context: ApiContext, relation: 'IMPLEMENTS' | 'CITES') {
  const references = await context.loaders.referencesOfPolicy.get(policy.id);
  // IMPLEMENTS is declared in the preamble; a citation may come from a clause too, and the same document twice.
  const ids = references
    .filter((r) => r.relation === relation && (relation === 'CITES' || r.fromClauseId === null))
    .map((r) => r.toPolicyId);
  return loadPresent(context.loaders.policy, [...new Set(ids)]);
}

/** The stored method of a superior link as the schema's SuperiorMethod. */
const METHODS: Record<string, SuperiorMethod> = { declared: 'DECLARED', title: 'TITLE', geography: 'GEOGRAPHY' };

/** The superiors with how each was found; a link loaded before methods were recorded counts as declared. */
async function superiors(policy: PolicyInfo, context: ApiContext) {
  const references = await context.loaders.referencesOfPolicy.get(policy.id);
  const links = references.filter((r) => r.relation === 'IMPLEMENTS' && r.fromClauseId === null);
  const targets = await loadPresent(
    context.loaders.policy,
    links.map((r) => r.toPolicyId),
  );
  return targets.map((target) => ({
    policy: target,
    method: METHODS[links.find((r) => r.toPolicyId === target.id)?.method ?? 'declared'] ?? 'DECLARED',
  }));
}

export const policyResolvers: Resolvers = {
  Policy: {
    region: (policy, _, context) => region(policy.regionCode, context),
    totalBudget: (policy) => totalBudget(policy),
    sections: (policy, _, context) => context.loaders.sectionsOfPolicy.get(policy.id),
    clauses: (policy, _, context) => context.loaders.clausesOfPolicy.get(policy.id),
    clauseCount: async (policy, _, context) => (await context.loaders.clausesOfPolicy.get(policy.id)).length,
    implements: (policy, _, context) => referenced(policy, context, 'IMPLEMENTS'),
    superiors: (policy, _, context) => superiors(policy, context),
    cites: (policy, _, context) => referenced(policy, context, 'CITES'),
    implementedBy: async (policy, _, context) =>
      loadPresent(context.loaders.policy, await context.loaders.implementersOfPolicy.get(policy.id)),
    requests: (policy, _, context) => context.loaders.requestsOfPolicy.get(policy.id),
  },
  Region: {
    parent: (r, _, context) => region(r.parentCode, context),
    children: async (r, _, context) =>
      [...(await context.loaders.regions()).values()].filter((child) => child.parentCode === r.code),
    policies: (r, _, context) => context.loaders.policiesOfRegion.get(r.code),
  },
  Section: {
    preamble: (section) => (section.preamble === '' ? null : section.preamble),
    policy: (section, _, context) => required(context.loaders.policy.get(section.policyId), section.policyId),
    clauses: (section, _, context) => context.loaders.clausesOfSection.get(section.id),
    leadDepartments: (section, _, context) => context.loaders.leadsOfSection.get(section.id),
    quantities: (section, _, context) => context.loaders.quantitiesOf.get(section.id),
  },
  Request: {
    departments: (request, _, context) => context.loaders.departmentsOfRequest.get(request.id),
    policy: (request, _, context) => required(context.loaders.policy.get(request.policyId), request.policyId),
  },
};
