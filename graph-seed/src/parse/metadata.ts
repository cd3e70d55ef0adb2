/**
 * Policy metadata from what the text states (issue 3: the text decides wherever it can): title, 文号, issuer,
 * region, year, publication date, draft status, script; and the policy id `{regionCode}-{year}[-draft]`.
 */
import type { Diagnostic, PolicyMeta, Quantity, Region } from '../model/document';
import { detectScript } from '../text/script';
import { extractors } from './enrichClause';
import type { Header } from './header';
import { isoDate } from './header';
import { isoDate as isoDatePattern } from './patterns';

/** Used when no region can be found in the text: the province, with a NO_REGION warning. */
const fallbackRegion: Region = { code: '330000', name: '浙江省', level: 'PROVINCE', parentCode: null };

/**
 * What a corpus manifest says of a document whose text does not say it (graph-seed/corpus/manifest.json). The text
 * wins wherever it states a fact; a hint that contradicts it is reported (MANIFEST_OVERRULED) and ignored.
 */
export interface MetadataHints {
  regionCode?: string;
  year?: number;
  docNumber?: string;
  issuer?: string;
  publishedOn?: string;
  status?: 'ISSUED' | 'DRAFT';
}

export interface MetadataInput {
  header: Header;
  hints?: MetadataHints;
  /** The whole text, for the script and as the last source of a year. */
  text: string;
  /** The validity sentence of the closing paragraphs (…均为2025年全年实施有效). */
  validity: string | null;
  totalBudget: Quantity | null;
  sourceFile: string;
}

function findRegion(header: Header): Region | null {
  const candidates = [
    header.issuer,
    header.title,
    header.noticeTitle,
    header.fields['发文机关'],
    ...header.preamble.map((l) => l.text),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const region = extractors.findRegionInText(candidate);
    if (region) return region;
  }
  return null;
}

/** The most frequent `20xx年` of the text: a draft without date still speaks of its year throughout. */
function dominantYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const match of text.slice(0, 200_000).matchAll(/(20\d{2})\s*年/g)) {
    const year = Number(match[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = year;
  return best;
}

function findYear(input: MetadataInput, publishedOn: string | null): number | null {
  const edition = /(\d{4})\s*年版/.exec(input.header.title);
  if (edition) return Number(edition[1]);
  const valid = input.validity ? /(\d{4})\s*年全年/.exec(input.validity) : null;
  if (valid) return Number(valid[1]);
  if (publishedOn) return Number(publishedOn.slice(0, 4));
  return dominantYear(input.text);
}

function findDocNumber(header: Header): string | null {
  const raw = header.fields['发文字号'] ?? header.fields['文号'] ?? header.docNumber;
  if (!raw) return null;
  return extractors.canonicalDocNumber(raw) ?? raw;
}

/** Reads the metadata; warnings (NO_REGION, NO_YEAR, NO_TITLE) go to `diagnostics`. */
export function readMetadata(input: MetadataInput): { policy: PolicyMeta; diagnostics: Diagnostic[] } {
  const { header, sourceFile } = input;
  const diagnostics: Diagnostic[] = [];
  const warn = (line: number, code: string, message: string): void => {
    diagnostics.push({ file: sourceFile, line, severity: 'warning', code, message });
  };
  const hints = input.hints ?? {};
  const overruled = (field: string, stated: string | number, hinted: string | number | undefined): void => {
    if (hinted !== undefined && hinted !== stated) {
      warn(0, 'MANIFEST_OVERRULED', `the text states ${field} ${stated}; the manifest's ${hinted} is ignored`);
    }
  };
  const statedPublished = header.noticeDate ?? isoDate(isoDatePattern.exec(header.fields['成文日期'] ?? ''));
  if (statedPublished) overruled('publishedOn', statedPublished, hints.publishedOn);
  const published = statedPublished ?? hints.publishedOn ?? null;
  const statedRegion = findRegion(header);
  if (statedRegion) overruled('region', statedRegion.code, hints.regionCode);
  const region = statedRegion ?? (hints.regionCode ? (extractors.regionByCode(hints.regionCode) ?? null) : null);
  if (!region) warn(0, 'NO_REGION', 'no Zhejiang region named in issuer or title; using 浙江省 (330000)');
  const statedYear = findYear(input, statedPublished);
  if (statedYear !== null) overruled('year', statedYear, hints.year);
  const year = statedYear ?? hints.year ?? (published ? Number(published.slice(0, 4)) : null);
  if (year === null) warn(0, 'NO_YEAR', 'no year found in title, dates or text; using 0');
  if (header.title === '') warn(0, 'NO_TITLE', 'no title found before the first area or clause');
  const status = header.draft ? 'DRAFT' : (hints.status ?? 'ISSUED');
  const code = (region ?? fallbackRegion).code;
  const hintedDocNumber = hints.docNumber ? (extractors.canonicalDocNumber(hints.docNumber) ?? hints.docNumber) : null;
  const docNumber = findDocNumber(header);
  if (docNumber) overruled('docNumber', docNumber, hintedDocNumber ?? undefined);
  return {
    policy: {
      id: `${code}-${year ?? 0}${status === 'DRAFT' ? '-draft' : ''}`,
      title: header.title,
      docNumber:
        docNumber ?? (hints.docNumber ? (extractors.canonicalDocNumber(hints.docNumber) ?? hints.docNumber) : null),
      issuer: header.issuer ?? hints.issuer ?? null,
      region: region ?? fallbackRegion,
      year: year ?? 0,
      publishedOn: published,
      status,
      script: detectScript(input.text),
      sourceFile,
      totalBudget: input.totalBudget,
      validity: input.validity,
    },
    diagnostics,
  };
}
