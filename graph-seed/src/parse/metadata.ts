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

export interface MetadataInput {
  header: Header;
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
  const published = header.noticeDate ?? isoDate(isoDatePattern.exec(header.fields['成文日期'] ?? ''));
  const region = findRegion(header);
  if (!region) warn(0, 'NO_REGION', 'no Zhejiang region named in issuer or title; using 浙江省 (330000)');
  const year = findYear(input, published);
  if (year === null) warn(0, 'NO_YEAR', 'no year found in title, dates or text; using 0');
  if (header.title === '') warn(0, 'NO_TITLE', 'no title found before the first area or clause');
  const status = header.draft ? 'DRAFT' : 'ISSUED';
  const code = (region ?? fallbackRegion).code;
  return {
    policy: {
      id: `${code}-${year ?? 0}${status === 'DRAFT' ? '-draft' : ''}`,
      title: header.title,
      docNumber: findDocNumber(header),
      issuer: header.issuer,
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
