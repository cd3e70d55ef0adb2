/**
 * How much one imported document may be, by what the domain allows (issue 17): a text of 3,621 clauses once held
 * the server for 21 minutes and left 3,624 inferred measures in 浙政发〔2025〕3号. Beyond a bound the import is
 * refused with TOO_LARGE and the numbers, before it is aligned or after, never written.
 */
import type { GraphNode, PolicyDocument } from '@policy-cascade/graph-seed';
import { rejection } from './checkText';
import type { Rejection } from './checkText';

/**
 * Clauses per document. The largest real document of the family has 68 (秀洲's 2024 draft); the others 43–52.
 * 200 leaves three times that, and keeps the alignment of one document (pairs ∝ its clauses × the corpus's) small.
 */
export const MAX_CLAUSES = 200;

/**
 * Measures one import may add to an inferred superior it implements (how much the superior's inferred skeleton
 * grows). A superior is itself one policy document, so its skeleton cannot honestly grow by more than a document
 * holds: 100 is half again the largest real one. Each corpus document adds 0 to 9 (秀洲 2025: 7 to 浙政发〔2025〕3号,
 * 9 to 嘉政发〔2025〕6号, measured by leaving it out).
 */
export const MAX_MEASURES_ADDED = 100;

export function checkClauseCount(document: PolicyDocument, sourceName: string, max = MAX_CLAUSES): Rejection | null {
  const count = document.clauses.length;
  if (count <= max) return null;
  const message =
    `The document has ${count} clauses; an import takes up to ${max} (the largest real policy of this ` +
    'kind has 68). Split it into its documents, or leave out what is not a clause.';
  return rejection('TOO_LARGE', message, [
    {
      file: sourceName,
      line: document.clauses[max]?.sourceLine ?? 0,
      severity: 'error',
      code: 'TOO_LARGE',
      message,
    },
  ]);
}

/** Inferred clauses (measures) per stub superior, counted from the alignment's own nodes (its inferred skeletons). */
export function inferredMeasureCounts(nodes: readonly GraphNode[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const node of nodes) {
    if (node.label !== 'Clause' || node.properties.inferred !== true) continue;
    const policyId = String(node.properties.policyId ?? node.id.slice(0, node.id.indexOf('/')));
    counts.set(policyId, (counts.get(policyId) ?? 0) + 1);
  }
  return counts;
}

/**
 * TOO_LARGE when the document would grow an inferred superior it implements (`superiorIds`) by more than `max`
 * measures. `before` and `after`: the measures per superior before and after the import (inferredMeasureCounts).
 */
export function checkMeasuresAdded(
  superiorIds: readonly string[],
  before: ReadonlyMap<string, number>,
  after: ReadonlyMap<string, number>,
  document: PolicyDocument,
  max = MAX_MEASURES_ADDED,
): Rejection | null {
  const over = superiorIds
    .map((superior) => ({ superior, from: before.get(superior) ?? 0, to: after.get(superior) ?? 0 }))
    .filter(({ from, to }) => to - from > max);
  if (over.length === 0) return null;
  const what = over.map(({ superior, from, to }) => `${to - from} measures to ${superior} (${from} → ${to})`);
  const message =
    `The document would add ${what.join(' and ')}; one document may add up to ${max} measures to an inferred ` +
    'superior (a superior is one document: the largest real one has 68 clauses). Check that it declares the right ' +
    'superior, or split it.';
  return rejection('TOO_LARGE', message, [
    { file: document.policy.sourceFile, line: 0, severity: 'error', code: 'TOO_LARGE', message },
  ]);
}
