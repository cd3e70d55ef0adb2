/** Clause summaries (clause + policy + region) in batch: the node shape of cascade, coverage and comparison. */
import type { CypherRunner } from '../store/CypherStore';
import { clauseCards } from './clauseCards';
import type { ClauseSummary, HeadCard } from './types';

/** The summary a card carries: the clause's label and title with its policy's and region's names. */
export function toClauseSummary({ clause, policy, region }: HeadCard): ClauseSummary {
  return {
    id: clause.id,
    label: clause.label,
    title: clause.title,
    ordinal: clause.ordinal,
    inferred: clause.inferred,
    policyId: policy.id,
    policyTitle: policy.title,
    policyYear: policy.year,
    policyStub: policy.stub,
    regionCode: region?.code ?? null,
    regionName: region?.name ?? null,
    regionLevel: region?.level ?? null,
  };
}

/** Summaries of the given clauses, ordered by id; unknown ids are left out. */
export async function clauseSummaries(runner: CypherRunner, ids: readonly string[]): Promise<ClauseSummary[]> {
  return (await clauseCards(runner, ids)).map(toClauseSummary);
}
