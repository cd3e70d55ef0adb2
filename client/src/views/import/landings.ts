import type { ImportedClause, ImportedPolicy } from './importOperations';

/**
 * Where one imported clause landed, decided once for both the summary and the table, so they cannot disagree
 * ("0 local additions" above a table marking one): it carries a superior measure, it is a local addition (the
 * document has superiors and the clause carries none of their measures), or it is not aligned at all (the document
 * declares no superior, so there is nothing to add to).
 */
export type Landing = 'carries' | 'addition' | 'unaligned';

export function landingOf(clause: ImportedClause, additions: ReadonlySet<string>): Landing {
  if (clause.implements.length > 0) return 'carries';
  return additions.has(clause.id) || clause.localAddition ? 'addition' : 'unaligned';
}

export function landingCounts(result: ImportedPolicy): Record<Landing, number> {
  const additions = new Set(result.alignment.localAdditions.map((c) => c.id));
  const counts: Record<Landing, number> = { carries: 0, addition: 0, unaligned: 0 };
  for (const clause of result.policy.clauses) counts[landingOf(clause, additions)] += 1;
  return counts;
}
