/**
 * Policy metadata from what the text states (issue 3: the text decides wherever it can): title, 文号, issuer,
 * region, year, publication date, draft status, script; and the policy id `{regionCode}-{year}[-draft]` (with a
 * stable suffix for a document outside the followed families: extract/policyIdentity.ts).
 */
import type { Diagnostic, DocumentReference, PolicyMeta, Quantity, Region } from '../model/document';
import { detectScript } from '../text/script';
import { extractors } from './enrichClause';
import type { Header } from './header';
import { docNumberFields, issuerFields } from './headerFields';
import { isoDate } from './header';
import { isoDate as isoDatePattern } from './patterns';

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
  /** For a text that lost its title: what it is (its family decides its id). */
  title?: string;
}

export interface MetadataInput {
  header: Header;
  hints?: MetadataHints;
  /** The whole text, for the script and as the last source of a year. */
  text: string;
  /** The body's start and contact lines in the match form (line keys), where department names may name the region. */
  bodyKey: string;
  /** Line of the first non-blank line, for errors about a text without a title. */
  firstLine: number;
  /** The text's own references (a text without a title takes the family of the superior it declares). */
  references: readonly DocumentReference[];
  /** The validity sentence of the closing paragraphs (…均为2025年全年实施有效). */
  validity: string | null;
  totalBudget: Quantity | null;
  sourceFile: string;
}

/**
 * The region a text is issued for, from what names it in this order: the issuer, the metadata's issuing organ, the
 * title, the notice and the page titles above it, contact and address lines, department names, and last the
 * preamble's own words (结合海宁市实际) — never the issuers of the documents it cites (浙江省人民政府《…》).
 */
function findRegion(header: Header, bodyKey: string): Region | null {
  const named = [
    header.issuer,
    ...issuerFields(header.fields),
    header.title,
    header.noticeTitle,
    ...header.noticeLines,
    ...header.contacts,
  ];
  for (const candidate of named) {
    const region = candidate ? extractors.findRegionInText(extractors.withoutReferences(candidate)) : null;
    if (region) return region;
  }
  const organs = extractors.findRegionInOrganNames(extractors.withoutReferences(bodyKey));
  if (organs) return organs;
  return extractors.findRegionInText(extractors.withoutReferences(header.preamble.map((l) => l.text).join('\n')));
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
  // 《…(2025年版)》, and the draft's 《…(2025年)》.
  const edition = /(\d{4})\s*年版|[(（]\s*(\d{4})\s*年\s*[)）]/.exec(input.header.title);
  if (edition) return Number(edition[1] ?? edition[2]);
  const valid = input.validity ? /(\d{4})\s*年全年/.exec(input.validity) : null;
  if (valid) return Number(valid[1]);
  if (publishedOn) return Number(publishedOn.slice(0, 4));
  return dominantYear(input.text);
}

/** The 文号 of the metadata block, else one standing alone or after a title; canonical, or null when unreadable. */
function findDocNumber(header: Header): { docNumber: string | null; unreadable: string | null } {
  const candidates = [...docNumberFields(header.fields), header.docNumber ?? ''].filter((value) => value !== '');
  for (const raw of candidates) {
    const docNumber = extractors.canonicalDocNumber(raw) ?? firstDocNumber(raw);
    if (docNumber) return { docNumber, unreadable: null };
  }
  return { docNumber: null, unreadable: candidates[0] ?? null };
}

/** The first 文号 inside a field value that holds more (`金政发〔2024〕5号 | 统一编号`). */
function firstDocNumber(raw: string): string | null {
  const reference = extractors.extractReferences(raw).find((r) => r.docNumber !== null);
  return reference?.docNumber ?? null;
}

interface Reporter {
  diagnostics: Diagnostic[];
  report(severity: Diagnostic['severity'], line: number, code: string, message: string): void;
  /** Reports a manifest entry the text contradicts (the text wins). */
  overruled(field: string, stated: string | number, hinted: string | number | undefined): void;
}

function reporter(file: string): Reporter {
  const diagnostics: Diagnostic[] = [];
  const report: Reporter['report'] = (severity, line, code, message) =>
    diagnostics.push({ file, line, severity, code, message });
  return {
    diagnostics,
    report,
    overruled(field, stated, hinted) {
      if (hinted !== undefined && hinted !== stated)
        report(
          'warning',
          0,
          'MANIFEST_OVERRULED',
          `the text states ${field} ${stated}; the manifest's ${hinted} is ignored`,
        );
    },
  };
}

function placeRegion(input: MetadataInput, hints: MetadataHints, out: Reporter): Region | null {
  const stated = findRegion(input.header, input.bodyKey);
  if (stated) out.overruled('region', stated.code, hints.regionCode);
  const region = stated ?? (hints.regionCode ? (extractors.regionByCode(hints.regionCode) ?? null) : null);
  if (!region) {
    const message =
      'no Zhejiang region named in the issuer, title, notice, contact or address lines or department names, so the ' +
      `document cannot be placed; if you know it, add "regionCode" for ${input.sourceFile} to the corpus manifest.json`;
    out.report('error', input.header.titleLine || input.firstLine, 'NO_REGION', message);
  }
  return region;
}

function placeYear(input: MetadataInput, hints: MetadataHints, published: string | null, out: Reporter) {
  const stated = findYear(input, published);
  if (stated !== null) out.overruled('year', stated, hints.year);
  const year = stated ?? hints.year ?? (published ? Number(published.slice(0, 4)) : null);
  if (year === null) {
    const message =
      'no year found in the title, dates or text, so the document cannot be placed; if you know it, add "year" for ' +
      `${input.sourceFile} to the corpus manifest.json`;
    out.report('error', input.header.titleLine || input.firstLine, 'NO_YEAR', message);
  }
  return year;
}

function placeDocNumber(header: Header, hints: MetadataHints, out: Reporter): string | null {
  const hinted = hints.docNumber ? (extractors.canonicalDocNumber(hints.docNumber) ?? hints.docNumber) : null;
  const { docNumber, unreadable } = findDocNumber(header);
  if (docNumber) out.overruled('docNumber', docNumber, hinted ?? undefined);
  if (!docNumber && unreadable)
    out.report('warning', 0, 'DOC_NUMBER_UNREADABLE', `'${unreadable}' given as 文号 is not one; left out`);
  return docNumber ?? hinted;
}

/**
 * Reads the metadata. A text whose region or year cannot be found (nor given by the manifest) is refused — a
 * NO_REGION or NO_YEAR error and no policy — rather than placed where another document's id would be; NO_TITLE and
 * the manifest's overruled facts are warnings.
 */
export function readMetadata(input: MetadataInput): { policy: PolicyMeta | null; diagnostics: Diagnostic[] } {
  const { header, sourceFile } = input;
  const out = reporter(sourceFile);
  const hints = input.hints ?? {};
  const statedPublished = header.noticeDate ?? isoDate(isoDatePattern.exec(header.fields['成文日期'] ?? ''));
  if (statedPublished) out.overruled('publishedOn', statedPublished, hints.publishedOn);
  const published = statedPublished ?? hints.publishedOn ?? null;
  const region = placeRegion(input, hints, out);
  const year = placeYear(input, hints, published, out);
  const title = header.title || hints.title || '';
  if (header.title !== '') out.overruled('title', header.title, hints.title);
  if (title === '') out.report('warning', 0, 'NO_TITLE', 'no title found before the first area or clause');
  const docNumber = placeDocNumber(header, hints, out);
  if (!region || year === null) return { policy: null, diagnostics: out.diagnostics };
  const status = header.draft ? 'DRAFT' : (hints.status ?? 'ISSUED');
  const facts = {
    regionCode: region.code,
    year,
    draft: status === 'DRAFT',
    title,
    docNumber,
    sourceFile,
  };
  return {
    policy: {
      id: extractors.documentPolicyId(facts, input.references),
      title,
      docNumber,
      issuer: header.issuer ?? hints.issuer ?? null,
      region,
      year,
      publishedOn: published,
      status,
      script: detectScript(input.text),
      sourceFile,
      totalBudget: input.totalBudget,
      validity: input.validity,
    },
    diagnostics: out.diagnostics,
  };
}
