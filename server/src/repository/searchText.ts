/** Ranking, snippets and highlight ranges of search hits: pure functions over Simplified text. */
import type { TextRange } from './types';

/** Query terms: Simplified, split on any whitespace (ASCII or full-width), empty ones dropped, duplicates once. */
export function searchTerms(simplifiedQuery: string): string[] {
  return [...new Set(simplifiedQuery.split(/[\s\u3000]+/).filter((term) => term !== ''))];
}

/** Non-overlapping occurrences of every term in `text`, merged and sorted. */
export function occurrences(text: string, terms: string[]): TextRange[] {
  const ranges: TextRange[] = [];
  for (const term of terms) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
      ranges.push({ start: at, end: at + term.length });
    }
  }
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Characters kept before and after the first hit. */
const SNIPPET_BEFORE = 20;
const SNIPPET_AFTER = 60;

/**
 * A snippet of `display` around the first hit found in `simplified`, with the hits' ranges relative to it. The
 * display text is the original script; toSimplified keeps lengths on this corpus, so offsets carry over — when they
 * do not (a conversion changed the length), the Simplified text is shown instead so the ranges stay right.
 */
export function snippetOf(
  display: string,
  simplified: string,
  terms: string[],
): { snippet: string; highlights: TextRange[] } {
  const shown = display.length === simplified.length ? display : simplified;
  const hits = occurrences(simplified, terms);
  const first = hits[0]?.start ?? 0;
  const start = Math.max(0, first - SNIPPET_BEFORE);
  const end = Math.min(simplified.length, first + SNIPPET_AFTER);
  const highlights = hits
    .filter((hit) => hit.start >= start && hit.end <= end)
    .map((hit) => ({ start: hit.start - start, end: hit.end - start }));
  return { snippet: shown.slice(start, end), highlights };
}
