/**
 * Texts copied from web pages that lost their line breaks: the title, the site's chrome, the preamble, the area
 * headings and the clauses all on one line (`… 一、强化科技创新(市科技局牵头) 锚定… (一)加强高能级… (二)…`). Such a
 * line is cut back into lines on the heading markers it holds in sequence and on the spaces that stood for line
 * breaks; the pieces keep the source line number, so diagnostics still point into the file.
 */
import type { Diagnostic } from '../model/document';
import type { SourceLine } from '../text/normalize';
import { numeralValue } from './numerals';

/** Shorter lines are never taken for flattened texts: a paragraph may mention (一) once. */
const MIN_FLATTENED_LENGTH = 150;
/** Markers found in sequence on one line before it is called flattened. */
const MIN_MARKERS = 2;

// A heading marker after a sentence end, a space or the line start, followed by a Han character or a quote.
const inlineMarker =
  /(?<=^|[\s。；;！!？?])(?:([一二三四五六七八九十]{1,3})、|\(([一二三四五六七八九十]{1,3})\))(?=[\u4e00-\u9fff“"])/g;
// Page chrome glued to the text before it (…若干政策来源:某网站).
const inlineChrome = /(?<=[\u4e00-\u9fff])(?=(?:来源|时间|阅读|浏览次数|发布日期|发布时间)[:：])/g;
// A space that stood for a line break: between two characters that are neither digits nor Latin letters, or after a
// sentence or a bracket closes (…(区科技局牵头) 2025年…). `2025 年` and `2.9 %` keep theirs.
const lostBreak = /(?<=[^\s0-9A-Za-z.%])\s+(?=[^\s0-9A-Za-z])|(?<=[)）。；;])\s+(?=\S)/g;

interface Marker {
  index: number;
  kind: 'area' | 'clause';
  value: number;
}

/** The markers of a line that follow each other as a document's headings do (一、 (一) (二) 二、 (三) …). */
function markersInSequence(key: string): Marker[] {
  const kept: Marker[] = [];
  let area = 0;
  let clause = 0;
  for (const match of key.matchAll(inlineMarker)) {
    const kind = match[1] ? 'area' : 'clause';
    const value = numeralValue(match[1] ?? match[2] ?? '');
    const expected =
      kind === 'area' ? area === 0 || value === area + 1 : value === clause + 1 || value === 1 || clause === 0;
    if (!expected) continue;
    kept.push({ index: match.index, kind, value });
    if (kind === 'area') area = value;
    else clause = value;
  }
  return kept;
}

function cutPoints(key: string, markers: Marker[]): number[] {
  const points = new Set<number>(markers.map((m) => m.index));
  for (const match of key.matchAll(inlineChrome)) points.add(match.index);
  for (const match of key.matchAll(lostBreak)) points.add(match.index);
  return [...points].filter((p) => p > 0).sort((a, b) => a - b);
}

function cut(line: SourceLine, points: number[]): SourceLine[] {
  const pieces: SourceLine[] = [];
  let start = 0;
  for (const end of [...points, line.text.length]) {
    const text = line.text.slice(start, end);
    const trimmed = text.trim();
    if (trimmed !== '') {
      const offset = start + text.indexOf(trimmed);
      pieces.push({ line: line.line, text: trimmed, key: line.key.slice(offset, offset + trimmed.length) });
    }
    start = end;
  }
  return pieces;
}

/**
 * Lines with the breaks a flattened text lost put back, and a warning for each line that was cut. Lines that are
 * not flattened are returned as they are.
 */
export function unflatten(lines: SourceLine[], file: string): { lines: SourceLine[]; diagnostics: Diagnostic[] } {
  const out: SourceLine[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const line of lines) {
    const markers = line.key.length >= MIN_FLATTENED_LENGTH ? markersInSequence(line.key) : [];
    if (markers.filter((m) => m.index > 0).length < MIN_MARKERS) {
      out.push(line);
      continue;
    }
    const pieces = cut(line, cutPoints(line.key, markers));
    out.push(...pieces);
    diagnostics.push({
      file,
      line: line.line,
      severity: 'warning',
      code: 'FLATTENED',
      message: `the line holds ${markers.length} headings in a row (lost line breaks); read as ${pieces.length} lines`,
    });
  }
  return { lines: out, diagnostics };
}
