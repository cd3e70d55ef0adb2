/**
 * The body of a policy text: areas (`一、…(由…牵头)` + preamble paragraph), clauses (`(一)…` or `1.…`), and the
 * closing paragraphs (上述8个领域政策…支持总额…; 本文件明确的各项政策…实施有效). Lines that continue a clause
 * or a preamble are appended to it.
 */
import type { Diagnostic } from '../model/document';
import type { SourceLine } from '../text/normalize';
import { numeralValue } from './numerals';
import { areaHeading, areaLeadSuffix, clauseStart, closingParagraph, contactLine } from './patterns';

export interface RawSection {
  label: string;
  /** Heading without the label, lead parenthetical included (for extractAreaLead). */
  heading: string;
  title: string;
  preamble: string[];
  sourceLine: number;
}

export interface RawClause {
  label: string;
  /** Text after the label, continuation lines appended. */
  text: string;
  sectionOrdinal: number;
  sourceLine: number;
}

export interface Body {
  sections: RawSection[];
  clauses: RawClause[];
  closing: SourceLine[];
}

/** An area heading: `一、` + a short heading without a full stop (a sentence starting `一、` is not a heading). */
export function matchAreaHeading(line: SourceLine): RegExpExecArray | null {
  const match = areaHeading.exec(line.key);
  if (!match) return null;
  const rest = (match[2] ?? '').replace(/。$/, '');
  return rest.length >= 2 && rest.length <= 80 && !rest.includes('。') ? match : null;
}

/** Label length as written (without the spaces that may follow it). */
function labelLength(match: RegExpExecArray): number {
  return match[0].replace(/\s+$/, '').length;
}

function startSection(line: SourceLine, match: RegExpExecArray): RawSection {
  const headingStart = match[0].length - (match[2] ?? '').length;
  const label = line.text.slice(0, headingStart).replace(/\s+$/, '');
  const heading = line.text.slice(headingStart);
  const lead = areaLeadSuffix.exec(line.key.slice(headingStart));
  const title = (lead ? heading.slice(0, lead.index) : heading).trim();
  return { label, heading, title, preamble: [], sourceLine: line.line };
}

/** Splits the body lines (from the first area or clause up to the annex) into sections, clauses and closing. */
export function readBody(lines: SourceLine[], file: string): { body: Body; diagnostics: Diagnostic[] } {
  const body: Body = { sections: [], clauses: [], closing: [] };
  const numbering = numberingChecker(file);
  for (const line of lines) {
    const area = body.closing.length === 0 ? matchAreaHeading(line) : null;
    const clause = body.closing.length === 0 && !area ? clauseStart.exec(line.key) : null;
    if (area) {
      numbering.check('area', area[1] ?? '', line.line);
      body.sections.push(startSection(line, area));
    } else if (clause) {
      numbering.check('clause', clause[1] ?? clause[2] ?? '', line.line);
      const label = line.text.slice(0, labelLength(clause));
      const text = line.text.slice(clause[0].length);
      body.clauses.push({ label, text, sectionOrdinal: body.sections.length, sourceLine: line.line });
    } else if (body.closing.length > 0 || closingParagraph.test(line.key) || contactLine.test(line.key)) {
      // A contact line (联系单位:…) after the clauses closes the text; it is not part of the last clause.
      body.closing.push(line);
    } else {
      appendContinuation(body, line);
    }
  }
  return { body, diagnostics: numbering.diagnostics };
}

function appendContinuation(body: Body, line: SourceLine): void {
  const lastClause = body.clauses[body.clauses.length - 1];
  const lastSection = body.sections[body.sections.length - 1];
  if (lastClause && lastClause.sectionOrdinal === body.sections.length) lastClause.text += line.text;
  else if (lastSection) lastSection.preamble.push(line.text);
}

/** Warns when labels skip or repeat (一、二、四 or (三)(三)): a sign of a lost or duplicated line. */
function numberingChecker(file: string) {
  const diagnostics: Diagnostic[] = [];
  const last = { area: 0, clause: 0 };
  return {
    diagnostics,
    check(kind: 'area' | 'clause', numeral: string, line: number): void {
      const value = numeralValue(numeral);
      // Clause numbering may restart in each area ((一) again under 二、); a restart at 1 is not an error.
      if (value !== last[kind] + 1 && !(kind === 'clause' && value === 1)) {
        const code = kind === 'area' ? 'AREA_NUMBERING' : 'CLAUSE_NUMBERING';
        const message = `${kind} numbered ${numeral} follows ${last[kind] || 'nothing'}; a line may be missing or repeated`;
        diagnostics.push({ file, line, severity: 'warning', code, message });
      }
      last[kind] = value;
    },
  };
}
