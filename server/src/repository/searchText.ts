/** Snippets and highlight ranges of search hits: pure functions over a text and the ranges its terms matched. */
import type { TextRange } from './searchTypes';

/** Characters kept before and after the first hit. */
const SNIPPET_BEFORE = 20;
const SNIPPET_AFTER = 60;

/**
 * A snippet of `display` around the first of `hits` (ranges found in `simplified`), with the hits' ranges relative
 * to it. The display text is the original script; toSimplified keeps lengths on this corpus, so offsets carry over —
 * when they do not (a conversion changed the length), the Simplified text is shown instead so the ranges stay right.
 */
export function snippetOf(
  display: string,
  simplified: string,
  hits: readonly TextRange[],
): { snippet: string; highlights: TextRange[] } {
  const shown = display.length === simplified.length ? display : simplified;
  const first = hits[0]?.start ?? 0;
  const start = Math.max(0, first - SNIPPET_BEFORE);
  const end = Math.min(simplified.length, Math.max(first + SNIPPET_AFTER, hits[0]?.end ?? 0));
  const highlights = hits
    .filter((hit) => hit.start >= start && hit.end <= end)
    .map((hit) => ({ start: hit.start - start, end: hit.end - start }));
  return { snippet: shown.slice(start, end), highlights };
}
