import type { ReactNode } from 'react';

/** Text with ranges wrapped in <mark> (search matches); ranges may be unsorted or overlap. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly { start: number; length: number }[] }) {
  const sorted = [...ranges].filter((r) => r.length > 0).sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const range of sorted) {
    const start = Math.max(range.start, at);
    const end = Math.min(range.start + range.length, text.length);
    if (end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
