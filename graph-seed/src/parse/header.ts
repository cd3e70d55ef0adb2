/**
 * The part of a policy text before its first area or clause: web metadata block, issuing notice (salutation,
 * 《…》已经…印发给你们, issuer, date, (此件公开发布)), title (possibly over two lines), draft marker and preamble —
 * and on pages, around them, site chrome, contact lines and the notice's title with its 文号 in parentheses.
 */
import type { SourceLine } from '../text/normalize';
import { matchKey } from '../text/normalize';
import type { HeaderFields } from './headerFields';
import { isMetadataLine, issuerFields, readFields } from './headerFields';
import {
  contactLine,
  dateLine,
  docNumberLine,
  draftMarker,
  issuerLine,
  labelLine,
  noticeBody,
  publicationMarker,
  salutation,
  trailingDocNumber,
} from './patterns';

export interface Header {
  /** Web metadata block fields by label without spaces (发文字号 → 海政发〔2025〕10号). */
  fields: HeaderFields;
  issuer: string | null;
  /** ISO date of the notice's date line. */
  noticeDate: string | null;
  noticeTitle: string | null;
  /** Lines of the issuing notice and the page titles above it (…关于印发…的通知), where a region may be named. */
  noticeLines: string[];
  /** Contact, address and e-mail lines (联系电话:余杭區財政局 …). */
  contacts: string[];
  title: string;
  titleLine: number;
  draft: boolean;
  /** A 文号 standing alone on a line, or in parentheses after a title line (…的通知(南政发〔2025〕8号)). */
  docNumber: string | null;
  preamble: SourceLine[];
}

type Kind =
  | 'meta'
  | 'label'
  | 'junk'
  | 'date'
  | 'issuer'
  | 'salutation'
  | 'notice'
  | 'marker'
  | 'draft'
  | 'docNumber'
  | 'paragraph'
  | 'title';

/** Kinds that are part of the text's own heading (title, paragraphs): the notice ends before them. */
const TITLE_SIDE: ReadonlySet<Kind> = new Set(['paragraph', 'title', 'draft']);

function classify(line: SourceLine): Kind {
  const key = line.key;
  if (isMetadataLine(key)) return 'meta';
  if (dateLine.test(key)) return 'date';
  if (salutation.test(key)) return 'salutation';
  if (publicationMarker.test(key)) return 'marker';
  if (draftMarker.test(key)) return 'draft';
  if (docNumberLine.test(key)) return 'docNumber';
  if (key.startsWith('《') && noticeBody.test(key)) return 'notice';
  if (noticeBody.test(key) && key.length < 300) return 'notice';
  // A line starting with punctuation is the remains of a garbled one (。ù思_發布)), never a title.
  if (/^[。，、；：,.;:)）\]】]/.test(key)) return 'junk';
  if (labelLine.test(key) && !key.includes('。')) return 'label';
  if (key.includes('。') || key.length > 100) return 'paragraph';
  return 'title';
}

function isoDate(match: RegExpExecArray | null): string | null {
  if (!match) return null;
  const [, y, m, d] = match;
  return `${y}-${(m ?? '').padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`;
}

/** An organ line (or the first of several organs on one line) right before the date line is the issuer. */
function firstOrgan(key: string): string | null {
  const first = key.split(/\s{2,}|\s(?=\S+(?:办公室|委员会|人民政府)$)/)[0] ?? '';
  return issuerLine.test(first) ? first : null;
}

function classifyAll(lines: SourceLine[], fields: HeaderFields): Kind[] {
  const kinds = lines.map(classify);
  kinds.forEach((kind, i) => {
    const previous = lines[i - 1];
    if (kind === 'date' && previous && kinds[i - 1] === 'title' && firstOrgan(previous.key)) kinds[i - 1] = 'issuer';
  });
  let waiting: string[] = [];
  lines.forEach((line, i) => {
    // A bullet list puts a field's value on the line after its label.
    const label = waiting.shift();
    if (kinds[i] !== 'meta' && label !== undefined && /^(?:title|docNumber|date)$/.test(kinds[i] ?? '')) {
      fields[label] ??= line.text;
      kinds[i] = 'meta';
      waiting = [];
      return;
    }
    waiting = kinds[i] === 'meta' ? readFields(line, fields) : [];
  });
  return kinds;
}

/** Reads the header lines (non-blank, chrome removed). */
export function readHeader(lines: SourceLine[]): Header {
  const fields: HeaderFields = {};
  const kinds = classifyAll(lines, fields);
  const lastNotice = kinds.reduce((last, kind, i) => (TITLE_SIDE.has(kind) ? last : i), -1);
  const titleRun = collectTitle(lines, kinds, lastNotice + 1);
  const noticeLine = lines.find((_, i) => kinds[i] === 'notice');
  const noticeTitle = noticeLine ? (/《(.+)》/.exec(noticeLine.text)?.[1] ?? null) : null;
  const title = titleRun.map((l) => withoutDocNumber(l.text)).join('') || noticeTitle || '';
  const afterTitle =
    titleRun.length > 0 ? lines.indexOf(titleRun[titleRun.length - 1] as SourceLine) + 1 : lastNotice + 1;
  const dateIndex = kinds.indexOf('date');
  const issuerIndex = kinds.indexOf('issuer');
  const pageTitles = lines.filter((_, i) => kinds[i] === 'title' && i < lastNotice);
  return {
    fields,
    issuer: issuerIndex >= 0 ? issuerOf(lines[issuerIndex]) : metadataIssuer(fields),
    noticeDate: dateIndex >= 0 ? isoDate(dateLine.exec(lines[dateIndex]?.key ?? '')) : null,
    noticeTitle: noticeTitle ?? (pageTitles[0] ? withoutDocNumber(pageTitles[0].text) : null),
    noticeLines: [...lines.filter((_, i) => kinds[i] === 'notice'), ...pageTitles].map((l) => l.text),
    contacts: lines.filter((l) => contactLine.test(l.key)).map((l) => l.text),
    title,
    titleLine: titleRun[0]?.line ?? noticeLine?.line ?? 0,
    draft: kinds.includes('draft') || /征求意见稿|送审稿|讨论稿/.test(matchKey(title)),
    docNumber: standaloneDocNumber(lines, kinds),
    preamble: lines.slice(afterTitle).filter((_, i) => kinds[afterTitle + i] === 'paragraph'),
  };
}

function issuerOf(line: SourceLine | undefined): string | null {
  if (!line) return null;
  const organ = firstOrgan(line.key);
  if (organ === null) return line.text;
  const at = line.key.indexOf(organ);
  return line.text.slice(at, at + organ.length);
}

/** A 文号 line, else one in parentheses closing a title or page-title line. */
function standaloneDocNumber(lines: SourceLine[], kinds: Kind[]): string | null {
  const own = lines.find((_, i) => kinds[i] === 'docNumber');
  if (own) return own.text;
  for (const [i, line] of lines.entries()) {
    const trailing = kinds[i] === 'title' ? trailingDocNumber.exec(line.key) : null;
    if (trailing?.[1]) return trailing[1];
  }
  return null;
}

function withoutDocNumber(text: string): string {
  const trailing = trailingDocNumber.exec(matchKey(text));
  return trailing ? text.slice(0, trailing.index) : text;
}

/** The metadata's issuing organ when it names one in full (海宁's 市府办 is an abbreviation, not an issuer). */
function metadataIssuer(fields: HeaderFields): string | null {
  const organ = issuerFields(fields).find((value) => {
    const key = matchKey(value);
    return issuerLine.test(key) && /人民政府|委员会/.test(key);
  });
  return organ ?? null;
}

/**
 * The run of title lines from `start`, skipping draft markers and a line that repeats the run so far (pages show the
 * title twice); stops at the first paragraph or notice line.
 */
function collectTitle(lines: SourceLine[], kinds: Kind[], start: number): SourceLine[] {
  const run: SourceLine[] = [];
  for (let i = start; i < lines.length; i++) {
    const kind = kinds[i];
    const line = lines[i];
    if (kind === 'draft') continue;
    if (kind !== 'title' || !line) break;
    if (run.map((l) => l.key).join('') === line.key) continue;
    run.push(line);
  }
  return run;
}

export { isoDate };
