import type { DocumentReference } from '../model/document';
import { DOC_NUMBER_PATTERN, docNumberFromParts } from './docNumbers';
import { matchText } from './normalize';
import { regionByCode, regionPrefix } from './regions';

export { canonicalDocNumber } from './docNumbers';

interface TitleParts {
  /** GB/T 2260 code of the issuing region when the title names it, else null. */
  regionCode: string | null;
  /** Title without issuer, 人民政府…印发…的通知 wrapping and leading 关于 (推动经济高质量发展若干政策(2025年版)). */
  core: string;
  /** Display title: issuer name + what was issued (浙江省关于推动经济高质量发展若干政策(2025年版)). */
  display: string;
}

const GOVERNMENT = /^(?:人民政府|政府)?(?:办公厅|办公室)?/;

/**
 * Remove a leading region name (嘉兴市秀洲区 → most specific), 人民政府/办公室 and 关于, keeping at least `keep`
 * characters (a title is never only a place name; an issuer may be).
 */
function stripIssuer(text: string, keep: number): { regionCode: string | null; rest: string } {
  let rest = text;
  let regionCode: string | null = null;
  for (let prefix = regionPrefix(rest); prefix && rest.length >= prefix.length + keep; prefix = regionPrefix(rest)) {
    regionCode = prefix.region.code;
    rest = rest.slice(prefix.length);
  }
  rest = rest.replace(GOVERNMENT, '').replace(/^关于/, '');
  return { regionCode, rest };
}

// Each title's parts, by the title: the identity index of the whole corpus is made again on every import and
// resolves every reference by its title (two fifths of what an import allocated at 1,000 documents). Bounded: the
// map starts again when full.
const partsOfTitle = new Map<string, TitleParts>();
const KEPT_TITLES = 50_000;

function titleParts(title: string): TitleParts {
  let parts = partsOfTitle.get(title);
  if (!parts) {
    if (partsOfTitle.size >= KEPT_TITLES) partsOfTitle.clear();
    partsOfTitle.set(title, (parts = partsOfText(title)));
  }
  return parts;
}

function partsOfText(title: string): TitleParts {
  const clean = matchText(title)
    .replace(/[《》〈〉<>\s]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
  // 《X人民政府(办公厅)[关于]印发Y的通知》 names document Y, issued by X.
  const wrapped = /^(.*?)(?:人民政府|政府)?(?:办公厅|办公室)?(?:关于)?印发(.+?)的通知$/.exec(clean);
  const issuerPart = wrapped ? (wrapped[1] ?? '') : '';
  const issued = wrapped ? (wrapped[2] ?? '') : clean;
  const fromIssuer = issuerPart ? stripIssuer(issuerPart, 0) : { regionCode: null, rest: '' };
  const fromTitle = stripIssuer(issued, 1);
  const regionCode = fromTitle.regionCode ?? fromIssuer.regionCode;
  const issuerName =
    regionPrefix(issuerPart) && !regionPrefix(issued) ? (regionByCode(regionCode ?? '')?.name ?? '') : '';
  return { regionCode, core: fromTitle.rest, display: issuerName + issued };
}

/**
 * Identity key of a document title: issuer region code + ':' + core title in Simplified with half-width brackets.
 * 《浙江省人民政府印发关于推动经济高质量发展若干政策(2025年版)的通知》, 《浙江省关于推动经济高质量发展若干政策(2025年版)》
 * and — when the issuer is known to be the province — 《关于推动经济高质量发展若干政策(2025年版)》 all give
 * `330000:推动经济高质量发展若干政策(2025年版)`. `issuerRegionCode` is used only when the title names no region;
 * without either the key starts with ':'.
 */
export function titleKey(title: string, issuerRegionCode?: string): string {
  const parts = titleParts(title);
  return `${parts.regionCode ?? issuerRegionCode ?? ''}:${parts.core}`;
}

/** The display form of a referenced title: no 《》, no 人民政府印发…的通知 wrapping, Simplified. */
export function unwrapTitle(title: string): string {
  return titleParts(title).display;
}

interface Found {
  ref: DocumentReference;
  start: number;
  end: number;
}

// 《title》 optionally followed by (文号); or a bare 文号. Titles may nest 〈〉 but not 《》.
const TITLE = /《([^《》\n]{1,120})》/g;
const TRAILING_NUMBER = new RegExp(`^\\s*[(（]\\s*${DOC_NUMBER_PATTERN.source}\\s*[)）]`);

function findTitles(text: string, original: string): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(TITLE)) {
    const start = match.index;
    let end = start + match[0].length;
    let docNumber: string | null = null;
    const tail = TRAILING_NUMBER.exec(text.slice(end, end + 40));
    if (tail?.[1] && tail[2] && tail[3]) {
      docNumber = docNumberFromParts(tail[1], tail[2], tail[3]);
      end += tail[0].length;
    }
    const title = unwrapTitle(match[1] ?? '');
    const policyKey = docNumber ?? `title:${titleKey(match[1] ?? '')}`;
    found.push({
      start,
      end,
      ref: { title, docNumber, raw: original.slice(start, end), relation: 'CITES', policyKey },
    });
  }
  return found;
}

function findBareNumbers(text: string, original: string, taken: Found[]): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(DOC_NUMBER_PATTERN)) {
    const docNumber = docNumberFromParts(match[1] ?? '', match[2] ?? '', match[3] ?? '');
    if (!docNumber) continue;
    // The pattern may have taken Han characters before the issuing prefix (根据浙政发…): start at the prefix.
    const prefix = docNumber.slice(0, docNumber.indexOf('〔'));
    const start = match.index + Math.max(0, match[0].indexOf(prefix));
    const end = match.index + match[0].length;
    if (taken.some((t) => start < t.end && end > t.start)) continue;
    const raw = original.slice(start, end);
    found.push({ start, end, ref: { title: null, docNumber, raw, relation: 'CITES', policyKey: docNumber } });
  }
  return found;
}

// Who issued a referenced document, written before its title: 浙江省人民政府《…》, 省政府《…》, 省委、省政府《…》.
const ORGANS = '(?:[\\u4e00-\\u9fff]{0,20}?(?:人民政府|政府|办公厅|办公室|委员会|省委|市委)[、和]?)*';
/** Between a declaring word and its first reference: nothing but the issuer. */
const BEFORE_FIRST = new RegExp(`^\\s*${ORGANS}\\s*$`);
/** Between two references of one declaration: 和 / 及 / 与 / 、 and the next issuer. */
const BETWEEN = new RegExp(`^[\\s、,，]*(?:和|及|与|以及)?[\\s、,，]*${ORGANS}\\s*$`);
/** Words that declare what a text implements when a reference follows them. */
const DECLARING = /根据|依据|按照|承接|落实|贯彻|对接/g;

/**
 * Mark as IMPLEMENTS the references each declaration names: a declaring word (根据, 依据, 按照, 承接, 落实, 贯彻,
 * 对接) followed by 《title》(文号) or issuer《title》(文号), and the references joined to it by 和/及/与/、, whatever
 * follows them (要求, 精神, 部署, or ,结合我市实际…).
 */
function markDeclarations(text: string, found: Found[]): void {
  for (const declaring of text.matchAll(DECLARING)) {
    let cursor = declaring.index + declaring[0].length;
    let separator = BEFORE_FIRST;
    for (const item of found) {
      if (item.start < cursor) continue;
      if (!separator.test(text.slice(cursor, item.start))) break;
      item.ref.relation = 'IMPLEMENTS';
      cursor = item.end;
      separator = BETWEEN;
    }
  }
}

// A reference with the issuer written before it and the 文号 after it: 浙江省人民政府《…》(浙政发〔2025〕3号).
const REFERENCE_SPAN = new RegExp(
  `(?:[\\u4e00-\\u9fff]{2,20}?(?:人民政府|政府|办公厅|办公室))?《[^《》\\n]{0,200}》(?:\\s*[(（]\\s*${DOC_NUMBER_PATTERN.source}\\s*[)）])?`,
  'g',
);

/**
 * The text without its references to other documents (titles, their issuers and 文号, bare 文号), in the match form
 * (Simplified, half-width): what a text says of itself, e.g. to find its own region rather than its superiors'.
 */
export function withoutReferences(text: string): string {
  return matchText(text).replace(REFERENCE_SPAN, ' ').replace(DOC_NUMBER_PATTERN, ' ');
}

/**
 * References to other documents in a text (original script): 《title》, 《title》(文号) as ONE reference, and bare
 * 文号. Those declared as the basis of the text — 根据《…》(文号)、issuer《…》(文号)… (see markDeclarations) — are
 * IMPLEMENTS, the rest CITES. In order of appearance. Callers decide where a declaration counts (the preamble).
 */
export function extractReferences(text: string): DocumentReference[] {
  const normalized = matchText(text);
  const titles = findTitles(normalized, text);
  const found = [...titles, ...findBareNumbers(normalized, text, titles)].sort((a, b) => a.start - b.start);
  markDeclarations(normalized, found);
  return found.map((f) => f.ref);
}
