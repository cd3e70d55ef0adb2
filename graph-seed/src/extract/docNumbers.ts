import issuerTable from '../../data/doc-number-issuers.json';
import { matchText } from './normalize';

const issuers = new Map(Object.entries(issuerTable.issuers));
// Known prefixes, longest first, so 浙政办发 is tried before 浙政发 would be (it is not a suffix, but 嘉善政发 vs 善政发).
const knownPrefixes = [...issuers.keys()].sort((a, b) => b.length - a.length);

/** A 文号 anywhere in a text: prefix, year and number in any bracket style, width or spacing. Linear-time. */
export const DOC_NUMBER_PATTERN =
  /([\u4e00-\u9fff]{1,8})\s*[〔[(【]\s*((?:19|20)\d{2})\s*[〕\])】]\s*第?\s*(\d{1,4})\s*号/g;

/**
 * The issuing prefix from the Han characters before the bracket: the longest known prefix that ends them, else the
 * last characters up to a 发/函/字/令 word (根据浙政发 → 浙政发). Null when nothing looks like a 文号 prefix.
 */
function issuingPrefix(chars: string): string | null {
  for (const prefix of knownPrefixes) if (chars.endsWith(prefix)) return prefix;
  const generic = /([\u4e00-\u9fff]{1,4}?[发函字令])$/.exec(chars.slice(-6));
  return generic?.[1] ?? null;
}

/** Build the canonical form from the parts of a DOC_NUMBER_PATTERN match. */
export function docNumberFromParts(chars: string, year: string, number: string): string | null {
  const prefix = issuingPrefix(chars);
  return prefix ? `${prefix}〔${year}〕${Number(number)}号` : null;
}

/**
 * Canonical 文号: Simplified, full-width 〔〕, half-width digits without leading zeros, 号, no spaces.
 * 浙政發[2025]3號, 浙政发（2025）3号, 浙政发〔２０２５〕３号 and "浙政发 〔2025〕 3 号" all → 浙政发〔2025〕3号.
 * Null when the text is not one 文号.
 */
export function canonicalDocNumber(raw: string): string | null {
  const text = matchText(raw).trim();
  const match = new RegExp(`^${DOC_NUMBER_PATTERN.source}$`).exec(text);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  return docNumberFromParts(match[1], match[2], match[3]);
}

/** GB/T 2260 code of the region that issues 文号 with this prefix (浙政发〔2025〕3号 → 330000), or null if unknown. */
export function issuerOfDocNumber(docNumber: string): string | null {
  const canonical = canonicalDocNumber(docNumber);
  if (!canonical) return null;
  const prefix = canonical.slice(0, canonical.indexOf('〔'));
  return issuers.get(prefix) ?? null;
}

/** The year a 文号 was issued in (浙政发〔2025〕3号 → 2025), or null. */
export function yearOfDocNumber(docNumber: string): number | null {
  const match = /〔(\d{4})〕/.exec(canonicalDocNumber(docNumber) ?? '');
  return match?.[1] ? Number(match[1]) : null;
}

/** The number within the year (浙政发〔2025〕3号 → 3), used to order 文号 of one issuer and year. */
export function serialOfDocNumber(docNumber: string): number {
  const match = /〕(\d+)号$/.exec(canonicalDocNumber(docNumber) ?? '');
  return match?.[1] ? Number(match[1]) : 0;
}
