/**
 * Annex request tables (积极争取上级政策事项清单) in the two forms found: `|`-separated rows whose area cell appears
 * only on the first row of each area (平湖), and tab/blank-line blocks of item / goal / departments with area
 * headings as blocks of their own or leading the first block (秀洲 2024 draft). A named annex without rows (海宁)
 * gives no rows and no error.
 */
import type { Diagnostic } from '../model/document';
import type { SourceLine } from '../text/normalize';
import { matchKey } from '../text/normalize';
import { matchAreaHeading } from './body';
import { annexMarker } from './patterns';

export interface RawRequest {
  area: string;
  item: string;
  goal: string;
  departments: string;
  sourceLine: number;
}

export interface Annex {
  name: string | null;
  rows: RawRequest[];
}

const headerWords = /^(?:序号|八大领域|领域|争取事项|事项|具体目标|目标|责任单位|牵头单位|备注)$/;

function cleanItem(text: string): string {
  return text.replace(/^\d{1,3}\s*[.．、]\s*/, '').replace(/[。.]$/, '');
}

/** Reads the annex from the marker line on (blank lines kept: they separate blocks). */
export function readAnnex(lines: SourceLine[], file: string): { annex: Annex; diagnostics: Diagnostic[] } {
  // The annex may start at its first table row when the 附件 marker is missing.
  const marker = lines[0] && annexMarker.test(lines[0].key) ? lines[0] : undefined;
  let rest = marker ? lines.slice(1) : lines;
  let name = marker ? (annexMarker.exec(marker.key)?.[1]?.trim() ?? '') : '';
  if (name === '') {
    const next = rest.find((l) => l.text !== '');
    if (next && !next.key.includes('|') && !headerWords.test(next.key) && !matchAreaHeading(next)) {
      name = next.text;
      rest = rest.filter((l) => l !== next);
    }
  } else if (marker) {
    name = marker.text.slice(marker.text.length - name.length);
  }
  const piped = rest.some((l) => l.key.includes('|'));
  const { rows, diagnostics } = piped ? readPipeRows(rest, file) : readBlocks(rest);
  return { annex: { name: name || null, rows }, diagnostics };
}

function readPipeRows(lines: SourceLine[], file: string): { rows: RawRequest[]; diagnostics: Diagnostic[] } {
  const rows: RawRequest[] = [];
  const diagnostics: Diagnostic[] = [];
  let area = '';
  for (const line of lines) {
    if (line.text === '') continue;
    const cells = line.text.split(/[|｜]/).map((c) => c.trim());
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.every((c) => headerWords.test(matchKey(c).replace(/\s+/g, '')))) continue;
    const first = cells[0] ?? '';
    if (matchAreaHeading({ line: line.line, text: first, key: first })) {
      area = first;
      cells.shift();
    }
    if (cells.length < 2) {
      diagnostics.push({
        file,
        line: line.line,
        severity: 'warning',
        code: 'ANNEX_ROW',
        message: `annex line is not a table row: '${line.text.slice(0, 30)}'`,
      });
      continue;
    }
    const departments = cells.length >= 3 ? (cells[cells.length - 1] ?? '') : '';
    const goal = cells.slice(1, cells.length >= 3 ? -1 : undefined).join(' ');
    rows.push({ area, item: cleanItem(cells[0] ?? ''), goal, departments, sourceLine: line.line });
  }
  return { rows, diagnostics };
}

function readBlocks(lines: SourceLine[]): { rows: RawRequest[]; diagnostics: Diagnostic[] } {
  const rows: RawRequest[] = [];
  let area = '';
  let block: SourceLine[] = [];
  const flush = (): void => {
    const cells = block.filter((l) => !headerWords.test(l.key.replace(/\s+/g, '')));
    block = [];
    const head = cells[0];
    if (head && matchAreaHeading(head)) {
      area = head.text;
      cells.shift();
    }
    const item = cells[0];
    if (!item || cells.length < 2) return;
    const hasDepartments = cells.length >= 3;
    const goal = cells.slice(1, hasDepartments ? -1 : undefined).map((c) => c.text);
    const departments = hasDepartments ? (cells[cells.length - 1]?.text ?? '') : '';
    rows.push({ area, item: cleanItem(item.text), goal: goal.join(''), departments, sourceLine: item.line });
  };
  for (const line of lines) {
    if (line.text === '') flush();
    else block.push(line);
  }
  flush();
  return { rows, diagnostics: [] };
}
