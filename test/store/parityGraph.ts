/**
 * What the parity calls (parityCalls.ts, parityCallsMore.ts) are made of: the call shape, and arguments drawn from
 * the graph that was loaded.
 */
import type { PolicyGraph } from '@policy-cascade/graph-seed';
import type { PolicyRepository } from '../../server/src/repository';

export interface ParityCall {
  method: keyof PolicyRepository;
  /** What the call asks, for the failure message. */
  label: string;
  run(repository: PolicyRepository): Promise<unknown>;
}

export const UNKNOWN = 'no-such-id';

/** `count` items spread evenly over `items` (all of them when there are fewer). */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)] as T);
}

export function idsOf(graph: PolicyGraph, label: string): string[] {
  return graph.nodes
    .filter((node) => node.label === label)
    .map((node) => node.id)
    .sort();
}

/** Every page, following the cursors from the first (at most `maxPages`). */
export async function everyPage<P extends { hasNextPage: boolean; endCursor: string | null }>(
  page: (after: string | null) => Promise<P>,
  maxPages = 100,
): Promise<P[]> {
  const pages: P[] = [];
  let after: string | null = null;
  do {
    const next: P = await page(after);
    pages.push(next);
    after = next.hasNextPage ? next.endCursor : null;
  } while (after !== null && pages.length < maxPages);
  return pages;
}

/** The years of the graph's policies. */
export function policyYears(graph: PolicyGraph): number[] {
  const years = graph.nodes.flatMap((n) =>
    n.label === 'Policy' && typeof n.properties.year === 'number' ? [n.properties.year] : [],
  );
  return [...new Set(years)].sort();
}
