/**
 * Highlighting a clause's text: amounts, targets, programs and departments become marked ranges of the original
 * text. Terms are looked up in the original text first; a term written in the other script (program names are stored
 * Simplified, 秀洲 and 平湖 write Traditional) is looked up in the Simplified text, whose characters stand at the same
 * offsets (opencc converts character by character), and mapped back.
 */
export type MarkKind = 'amount' | 'target' | 'program' | 'department';

export interface MarkTerm {
  term: string;
  kind: MarkKind;
  /** Shown as a tooltip (e.g. "省级科技企业孵化器: 1500000 元"). */
  note?: string;
  /** A short word shown after the mark (a quantity's role: cap, threshold …). */
  badge?: string;
}

export interface Segment {
  text: string;
  kind?: MarkKind;
  note?: string;
  badge?: string;
}

/** Earlier kinds win where marks overlap: a number inside a program name stays an amount. */
const PRIORITY: readonly MarkKind[] = ['amount', 'target', 'program', 'department'];

interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  note?: string;
  badge?: string;
}

export function highlightSegments(text: string, textSimplified: string, terms: readonly MarkTerm[]): Segment[] {
  const sameOffsets = textSimplified.length === text.length;
  const marks: Mark[] = [];
  const sorted = [...terms]
    .filter((t) => t.term.trim().length > 0)
    .sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || b.term.length - a.term.length);
  for (const { term, kind, note, badge } of sorted) {
    const found = occurrences(text, term);
    const ranges = found.length || !sameOffsets ? found : occurrences(textSimplified, term);
    for (const start of ranges) {
      const mark = { start, end: start + term.length, kind, ...(note ? { note } : {}), ...(badge ? { badge } : {}) };
      if (!marks.some((m) => m.start < mark.end && mark.start < m.end)) marks.push(mark);
    }
  }
  return toSegments(
    text,
    marks.sort((a, b) => a.start - b.start),
  );
}

const DIGIT = /[\d０-９.．]/;

/** Where `needle` stands in `haystack`, never inside a longer number (50萬元 is not marked inside 150萬元). */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const cutsBefore = DIGIT.test(needle[0] ?? '') && DIGIT.test(haystack[at - 1] ?? '');
    const cutsAfter = DIGIT.test(needle[needle.length - 1] ?? '') && DIGIT.test(haystack[at + needle.length] ?? '');
    if (!cutsBefore && !cutsAfter) found.push(at);
  }
  return found;
}

function toSegments(text: string, marks: readonly Mark[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start > at) segments.push({ text: text.slice(at, mark.start) });
    segments.push({
      text: text.slice(mark.start, mark.end),
      kind: mark.kind,
      ...(mark.note ? { note: mark.note } : {}),
      ...(mark.badge ? { badge: mark.badge } : {}),
    });
    at = mark.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
