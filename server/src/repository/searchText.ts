/** Snippets and highlight ranges of search hits: pure functions over a text and the ranges its terms matched. */
import type { TextRange } from './searchTypes';

/** Characters kept before the first hit when no phrase starts near it, and after it. */
const SNIPPET_BEFORE = 20;
const SNIPPET_AFTER = 60;
/** How far back a phrase may start for the snippet to begin with it rather than mid-phrase. */
const PHRASE_BEFORE = 40;
/** Punctuation that ends a phrase: a snippet starts after one (or at the text's start), never on it. */
const PHRASE_END = new Set(['。', '；', '，', ';', ',', '！', '？', '：', '\n']);

/**
 * Where a snippet around a hit at `first` starts: after the last phrase end before the hit when that is within
 * PHRASE_BEFORE characters ("全力争取…", not "，全力争取…"), else SNIPPET_BEFORE characters before it. Leading
 * spaces are skipped; the hit itself is never cut.
 */
export function snippetStart(text: string, first: number): number {
  let start = first <= PHRASE_BEFORE ? 0 : Math.max(0, first - SNIPPET_BEFORE);
  for (let i = first - 1; i >= 0 && i >= first - PHRASE_BEFORE - 1; i--) {
    if (PHRASE_END.has(text[i] ?? '')) {
      start = i + 1;
      break;
    }
  }
  while (start < first && /\s/.test(text[start] ?? '')) start++;
  return start;
}

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
  const start = snippetStart(simplified, first);
  const end = Math.min(simplified.length, Math.max(first + SNIPPET_AFTER, hits[0]?.end ?? 0));
  const highlights = hits
    .filter((hit) => hit.start >= start && hit.end <= end)
    .map((hit) => ({ start: hit.start - start, end: hit.end - start }));
  return { snippet: shown.slice(start, end), highlights };
}
