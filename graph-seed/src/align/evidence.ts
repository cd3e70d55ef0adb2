/**
 * Evidence a person can check: the passages two texts share, as whole terms. A passage found by greedy string tiling
 * may begin or end inside a figure (750台 and 1000台 share “0台”, 300万元 and 100万元 share “00万元”); such a cut
 * figure reads as a number neither text states, so the partial digits are dropped and what is left must still be a
 * passage. A long passage is shortened before a figure, never inside one.
 */
import { bigrams, unseenWeight } from './ngrams';
import { MIN_PASSAGE, type SharedPassages } from './passages';

/** Characters of a figure in the verbatim form (digits, decimal point, percent, the range mark of 15-20). */
const FIGURE = /^[0-9.%-]$/;
const isFigure = (c: string | undefined): boolean => c !== undefined && FIGURE.test(c);

/**
 * A passage trimmed to whole figures: leading figure characters that continue a figure before the passage (in either
 * text) and trailing ones that go on after it are dropped.
 */
function wholeFigures(a: Chars, b: Chars, start: readonly [number, number], length: number): string {
  const [i, j] = start;
  let end = length;
  let from = 0;
  while (from < end && isFigure(a[i + from]) && (isFigure(a[i + from - 1]) || isFigure(b[j + from - 1]))) from++;
  while (end > from && isFigure(a[i + end - 1]) && (isFigure(a[i + end]) || isFigure(b[j + end]))) end--;
  return typeof a === 'string' ? a.slice(i + from, i + end) : a.slice(i + from, i + end).join('');
}

/**
 * A text's characters by code point offset: the text itself when every character is one UTF-16 unit (nearly every
 * clause: no array of characters to build for each pair), else its characters.
 */
type Chars = string | string[];
const SURROGATE = /[\uD800-\uDFFF]/;
const charsOf = (text: string): Chars => (SURROGATE.test(text) ? [...text] : text);
const lengthOf = (text: string): number => (SURROGATE.test(text) ? [...text].length : text.length);

/**
 * The shared passages of two texts as whole terms, longest first: cut figures trimmed (wholeFigures), passages left
 * shorter than MIN_PASSAGE dropped.
 * @param textA the first text as given to sharedPassages, `textB` the second, `shared` what it returned.
 */
export function wholePassages(textA: string, textB: string, shared: SharedPassages): string[] {
  const [a, b] = [charsOf(textA), charsOf(textB)];
  const whole: string[] = [];
  shared.passages.forEach((passage, k) => {
    const start = shared.starts[k];
    const trimmed = start ? wholeFigures(a, b, start, lengthOf(passage)) : passage;
    // Two passages can trim to the same whole term (…万元奖励 twice): a person checks each term once.
    if (lengthOf(trimmed) >= MIN_PASSAGE && !whole.includes(trimmed)) whole.push(trimmed);
  });
  return whole;
}

/** A passage shortened to at most `limit` characters plus “…”, cut before a figure rather than inside it. */
export function shortened(passage: string, limit: number): string {
  const chars = [...passage];
  if (chars.length <= limit) return passage;
  let cut = limit;
  while (cut > 0 && isFigure(chars[cut]) && isFigure(chars[cut - 1])) cut--;
  while (cut > 0 && isFigure(chars[cut - 1])) cut--;
  return `${chars.slice(0, cut).join('')}…`;
}

/** Below this IDF a bigram is ordinary policy wording (推进、支持、企业, 国家级), above it a term of its own. */
export const ORDINARY_IDF = 3;

/**
 * How much a passage says beyond ordinary wording: the IDF above ORDINARY_IDF of its bigrams, summed (figures, folded
 * to #, count nothing). 推动工业 weighs about 1, 嘉兴生产服务型国家物流枢纽平台 about 19.
 */
export function passageWeight(passage: string, idf: Map<string, number>): number {
  const unseen = unseenWeight(idf);
  let weight = 0;
  for (const gram of bigrams(passage))
    if (!gram.includes('#')) weight += Math.max(0, (idf.get(gram) ?? unseen) - ORDINARY_IDF);
  return weight;
}
