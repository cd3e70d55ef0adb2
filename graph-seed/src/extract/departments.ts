import type { DepartmentRef } from '../model/document';
import { canonicalizeDepartment } from './departmentCanon';
import { matchText } from './normalize';

/** Departments found in a text and the span [start, end) of the parenthetical they came from. */
export interface DepartmentSpan {
  departments: DepartmentRef[];
  start: number;
  end: number;
}

const OPEN = '(（〔[<';
const CLOSE = ')）〕]>';

/** Index just after the bracket that closes the one at `open`, or -1 when the text ends first. */
function closingIndex(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Split a list on 、，,;；/ and blanks at bracket depth 0, so 区财政局(区国资办、区金融办) stays one name. */
function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、，,;；/\s]/.test(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim().replace(/^[:：]+|[。.等]+$/g, '')).filter((p) => p.length > 0);
}

/**
 * Departments of a list such as an annex cell (区资规分局、区发改局、区交通运输局) in the order written. The first is
 * the LEAD (rank 1), the others SUPPORT — the documents' own rule (列第一位的为牵头单位).
 */
export function parseDepartmentList(list: string, regionCode: string): DepartmentRef[] {
  return splitTopLevel(list).map((name, index) => ({
    name,
    ...canonicalizeDepartment(name, regionCode),
    role: index === 0 ? 'LEAD' : 'SUPPORT',
    rank: index + 1,
  }));
}

/**
 * The responsibility parenthetical of a clause — (责任单位:区科技局、区经商局、区财政局。列第一位的为牵头单位,下同) — in
 * either script and width, nested brackets kept inside names. The last one in the clause wins (it closes the
 * clause). An unclosed parenthetical runs to the end of the text. Null when the clause has none.
 */
export function extractResponsibility(clauseText: string, regionCode: string): DepartmentSpan | null {
  const normalized = matchText(clauseText);
  const matches = [...normalized.matchAll(/[(（〔[]\s*(?:责任单位|牵头单位|责任部门)\s*[:：]/g)];
  const last = matches[matches.length - 1];
  if (!last) return null;
  const start = last.index;
  const closed = closingIndex(normalized, start);
  const end = closed < 0 ? clauseText.length : closed;
  const bodyStart = start + last[0].length;
  const bodyEnd = closed < 0 ? end : end - 1;
  // Names are reported as written, so cut the list from the original text; the rule sentence is cut on the copy.
  const rule = normalized.slice(bodyStart, bodyEnd).search(/[。.,，;；]?\s*列第一位/);
  const listEnd = rule < 0 ? bodyEnd : bodyStart + rule;
  const departments = parseDepartmentList(clauseText.slice(bodyStart, listEnd), regionCode);
  return { departments, start, end };
}

/**
 * The lead department(s) of an area heading: (由区科技局牵头实施), (由科技局牵头). All listed departments are leads,
 * ranked in order. Null when the heading names none.
 */
export function extractAreaLead(headingText: string, regionCode: string): DepartmentSpan | null {
  const normalized = matchText(headingText);
  // 由 is often left out on web copies: (区科技局牵头).
  const match = /[(（]\s*由?([^()（）]{1,60}?)牵头(?:实施|负责)?\s*[)）]/.exec(normalized);
  if (!match?.[1]) return null;
  const listStart = match.index + match[0].indexOf(match[1]);
  const names = headingText.slice(listStart, listStart + match[1].length);
  const departments = parseDepartmentList(names, regionCode).map((d) => ({ ...d, role: 'LEAD' as const }));
  return { departments, start: match.index, end: match.index + match[0].length };
}
