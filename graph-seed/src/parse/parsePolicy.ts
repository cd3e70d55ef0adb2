/**
 * Policy text → PolicyDocument (issue 3). Pure: no I/O; never throws on any string — unreadable input comes back
 * as `document: null` with an error diagnostic naming the file and line.
 */
import type { Diagnostic, ParseResult, PolicyDocument } from '../model/document';
import type { SourceLine } from '../text/normalize';
import { normalizeText } from '../text/normalize';
import { readAnnex } from './annexTable';
import { buildClause, buildRequest, buildSection, documentReferences } from './assemble';
import { matchAreaHeading, readBody } from './body';
import { readClosing } from './closing';
import { readHeader } from './header';
import { readMetadata } from './metadata';
import type { MetadataHints } from './metadata';
import { annexMarker, chromeLine, clauseStart, contactLine } from './patterns';
import { withoutSourceHeader } from './sourceHeader';
import { unflatten } from './unflatten';

/** Lines up to a site disclaimer (特别声明…) or the end; chrome lines removed, blank lines kept. */
function withoutChrome(lines: SourceLine[]): SourceLine[] {
  return lines.filter((line) => line.text === '' || !chromeLine.test(line.key));
}

function isStructural(line: SourceLine): boolean {
  return matchAreaHeading(line) !== null || clauseStart.test(line.key);
}

/** `附件…` or, when the marker is missing, the first `|` table row (a clause never holds two `|`). */
function isAnnexStart(line: SourceLine): boolean {
  return (annexMarker.test(line.key) && line.key.length < 64) || line.key.split('|').length > 2;
}

function noStructure(file: string, lines: SourceLine[], diagnostics: Diagnostic[]): ParseResult {
  const first = lines.find((l) => l.text !== '');
  const message = 'no recognizable structure: no area heading (一、…) and no clause ((一)… or 1.…) found';
  return {
    document: null,
    diagnostics: [...diagnostics, { file, line: first?.line ?? 1, severity: 'error', code: 'NO_STRUCTURE', message }],
  };
}

/** Department names name the region within the first clauses; contact lines may close the text. */
const ORGAN_SCAN = 20_000;

/** The match form of the body where department names are looked for: its start and every contact line. */
function bodyKey(lines: SourceLine[]): string {
  const contacts = lines.filter((l) => contactLine.test(l.key)).map((l) => l.key);
  return [
    lines
      .map((l) => l.key)
      .join('\n')
      .slice(0, ORGAN_SCAN),
    ...contacts,
  ].join('\n');
}

/**
 * Parses one policy text. `sourceFile` is used in diagnostics and recorded in the metadata; `hints` (a corpus
 * manifest entry) fill in what the text does not state.
 * @returns the document (with its warnings) or null with at least one error diagnostic; never throws.
 */
export function parsePolicyText(text: string, sourceFile: string, hints?: MetadataHints): ParseResult {
  try {
    return parseStructure(text, sourceFile, hints);
  } catch (error) {
    // A bug in the parser or an extractor must not crash a batch over a corpus: report it like bad input.
    const message = `internal parser error: ${error instanceof Error ? error.message : String(error)}`;
    return {
      document: null,
      diagnostics: [{ file: sourceFile, line: 0, severity: 'error', code: 'PARSER_FAILED', message }],
    };
  }
}

function parseStructure(text: string, sourceFile: string, hints: MetadataHints | undefined): ParseResult {
  const normalized = normalizeText(text, sourceFile);
  const source = withoutSourceHeader(normalized.lines);
  const unflattened = unflatten(source.lines, sourceFile);
  // The header describes the page (its notes may quote the garbled text); it is not read, nor reported on.
  const diagnostics = [
    ...normalized.diagnostics.filter((d) => d.line > source.headerLines),
    ...unflattened.diagnostics,
  ];
  const lines = withoutChrome(unflattened.lines);
  const start = lines.findIndex(isStructural);
  if (start < 0) return noStructure(sourceFile, lines, diagnostics);
  const annexAt = lines.findIndex((line, i) => i > start && isAnnexStart(line));
  const header = readHeader(lines.slice(0, start).filter((l) => l.text !== ''));
  const bodyLines = lines.slice(start, annexAt < 0 ? undefined : annexAt).filter((l) => l.text !== '');
  const { body, diagnostics: bodyDiagnostics } = readBody(bodyLines, sourceFile);
  const closing = readClosing(body.closing);
  const annex = annexAt < 0 ? null : readAnnex(lines.slice(annexAt), sourceFile);
  // Only the preamble declares what the text implements; later mentions (…按照《…》执行) are citations.
  const references = documentReferences(header.preamble.map((l) => l.text).join('\n'), [
    ...body.sections.map((s) => s.preamble.join('\n')),
    closing.text,
  ]);
  const meta = readMetadata({
    header,
    // The text as read (source header left out): a saved page's notes are not the document's words.
    text: lines.map((l) => l.text).join('\n'),
    bodyKey: bodyKey(lines.slice(start)),
    firstLine: lines.find((l) => l.text !== '')?.line ?? 1,
    references,
    validity: closing.validity,
    totalBudget: closing.totalBudget,
    sourceFile,
    ...(hints ? { hints } : {}),
  });
  diagnostics.push(...bodyDiagnostics, ...(annex?.diagnostics ?? []), ...meta.diagnostics);
  if (!meta.policy) return { document: null, diagnostics };
  const { id, region } = meta.policy;
  const sections = body.sections.map((s, i) => buildSection(s, i + 1, id, region.code));
  const document: PolicyDocument = {
    policy: meta.policy,
    sections,
    clauses: body.clauses.map((c, i) => buildClause(c, i + 1, id, region.code)),
    references,
    requests: (annex?.annex.rows ?? []).map((r, i) => buildRequest(r, i + 1, id, region.code)),
    warnings: diagnostics.filter((d) => d.severity === 'warning'),
  };
  return { document, diagnostics };
}
