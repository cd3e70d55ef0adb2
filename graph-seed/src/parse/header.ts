/**
 * The part of a policy text before its first area or clause: web metadata block, issuing notice (salutation,
 * 《…》已经…印发给你们, issuer, date, (此件公开发布)), title (possibly over two lines), draft marker and preamble.
 */
import type { SourceLine } from '../text/normalize';
import { matchKey } from '../text/normalize';
import {
  dateLine,
  docNumberLine,
  draftMarker,
  hasMetadataLabel,
  issuerLine,
  metadataLabel,
  noticeBody,
  publicationMarker,
  salutation,
} from './patterns';

export interface Header {
  /** Web metadata block fields by label without spaces (发文字号 → 海政发〔2025〕10号). */
  fields: Record<string, string>;
  issuer: string | null;
  /** ISO date of the notice's date line. */
  noticeDate: string | null;
  noticeTitle: string | null;
  title: string;
  titleLine: number;
  draft: boolean;
  docNumber: string | null;
  preamble: SourceLine[];
}

type Kind =
  'meta' | 'date' | 'issuer' | 'salutation' | 'notice' | 'marker' | 'draft' | 'docNumber' | 'paragraph' | 'title';

function readFields(line: SourceLine, fields: Record<string, string>): void {
  const matches = [...line.key.matchAll(metadataLabel)];
  matches.forEach((match, i) => {
    const start = match.index + match[0].length;
    const end = matches[i + 1]?.index ?? line.text.length;
    const label = (match[1] ?? '').replace(/\s+/g, '');
    fields[label] = line.text.slice(start, end).trim();
  });
}

function classify(line: SourceLine): Kind {
  const key = line.key;
  if (hasMetadataLabel.test(key)) return 'meta';
  if (dateLine.test(key)) return 'date';
  if (salutation.test(key)) return 'salutation';
  if (publicationMarker.test(key)) return 'marker';
  if (draftMarker.test(key)) return 'draft';
  if (docNumberLine.test(key)) return 'docNumber';
  if (key.startsWith('《') && noticeBody.test(key)) return 'notice';
  if (noticeBody.test(key) && key.length < 300) return 'notice';
  if (key.includes('。') || key.length > 100) return 'paragraph';
  return 'title';
}

function isoDate(match: RegExpExecArray | null): string | null {
  if (!match) return null;
  const [, y, m, d] = match;
  return `${y}-${(m ?? '').padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`;
}

/** Reads the header lines (non-blank, chrome removed). */
export function readHeader(lines: SourceLine[]): Header {
  const fields: Record<string, string> = {};
  const kinds = lines.map(classify);
  // A short organ name right before the date line is the issuer, not a title line.
  kinds.forEach((kind, i) => {
    if (kind === 'date' && i > 0 && kinds[i - 1] === 'title' && issuerLine.test(lines[i - 1]?.key ?? ''))
      kinds[i - 1] = 'issuer';
  });
  lines.forEach((line, i) => {
    if (kinds[i] === 'meta') readFields(line, fields);
  });
  const lastNotice = kinds.reduce(
    (last, kind, i) => (kind === 'paragraph' || kind === 'title' || kind === 'draft' ? last : i),
    -1,
  );
  const titleRun = collectTitle(lines, kinds, lastNotice + 1);
  const noticeLine = lines.find((_, i) => kinds[i] === 'notice');
  const noticeTitle = noticeLine ? (/《(.+)》/.exec(noticeLine.text)?.[1] ?? null) : null;
  const title = titleRun.map((l) => l.text).join('') || noticeTitle || '';
  const afterTitle =
    titleRun.length > 0 ? lines.indexOf(titleRun[titleRun.length - 1] as SourceLine) + 1 : lastNotice + 1;
  const dateIndex = kinds.indexOf('date');
  const issuerIndex = kinds.indexOf('issuer');
  return {
    fields,
    issuer: issuerIndex >= 0 ? (lines[issuerIndex]?.text ?? null) : metadataIssuer(fields),
    noticeDate: dateIndex >= 0 ? isoDate(dateLine.exec(lines[dateIndex]?.key ?? '')) : null,
    noticeTitle: noticeTitle ?? lines.find((_, i) => kinds[i] === 'title' && i < lastNotice)?.text ?? null,
    title,
    titleLine: titleRun[0]?.line ?? noticeLine?.line ?? 0,
    draft: kinds.includes('draft') || /征求意见稿|送审稿|讨论稿/.test(title),
    docNumber: lines.find((_, i) => kinds[i] === 'docNumber')?.text ?? null,
    preamble: lines.slice(afterTitle).filter((_, i) => kinds[afterTitle + i] === 'paragraph'),
  };
}

/** 发文机关 of the metadata block when it names an organ in full (海宁's 市府办 is an abbreviation, not an issuer). */
function metadataIssuer(fields: Record<string, string>): string | null {
  const organ = fields['发文机关']?.trim() ?? '';
  return issuerLine.test(matchKey(organ)) && /人民政府|委员会/.test(matchKey(organ)) ? organ : null;
}

/** The run of title lines from `start`, skipping draft markers; stops at the first paragraph or notice line. */
function collectTitle(lines: SourceLine[], kinds: Kind[], start: number): SourceLine[] {
  const run: SourceLine[] = [];
  for (let i = start; i < lines.length; i++) {
    const kind = kinds[i];
    const line = lines[i];
    if (kind === 'draft') continue;
    if (kind !== 'title' || !line) break;
    run.push(line);
  }
  return run;
}

export { isoDate };
