/**
 * The `metric` of a quantity: what a figure is for, as a short Simplified noun phrase (省级科技企业孵化器,
 * 高新技术企业, 项目投入) that lines up the same measure across localities. Works on the extractors' match text
 * (Simplified, half-width punctuation). Best effort: '' when the text names nothing.
 */

/** Longest metric kept; longer phrases are cut at a word boundary (see `shorten`). */
export const MAX_METRIC = 20;
// A phrase with no word boundary to cut at may run this much longer rather than be cut mid-word.
const SLACK = 4;
// A cut must leave a phrase that still says what is measured (便民体育场地、设施 is not cut to 设施).
const MIN_AFTER_CUT = 4;

// Verbs, fillers and scope words that open a phrase but are not what is measured. Repeated (全年新增…), longer
// alternatives before their prefixes (对于 before 对). 其 and 对 are guarded so 其他类资金 and 对外贸易 survive.
const LEADING_NOISE = new RegExp(
  '^(?:[,、;:)\\s]|\\d{4}年(?:底|内)?|\\([^)]*\\)|其中|其[它他]为|其(?![他它中余])|且|或|在(?!线)|将|' +
    '全年|年内|全区|全市|积极|向上|聚焦|围绕|落实|探索|运用|最高给予|最高|新增|新认定的?|经认定的?|认定|' +
    '被评定为|评定为|评为|列为|(?:企业|单位)?获评的?|新获得|获得|新入选|入选|实施|培育提升|培育|提升|争取|争创|' +
    '完成|实现|累计|力争|达到|确保|推动|加快推进|推进|加快|支持|建成|建设|打造|引进|招引|新建(?!和)|举办|组织|' +
    '开展|开通|配套发放|发放|对于|对(?!外)|为|的|给予|每家|每个|每件|单个|可|级?及以上|以上|等|' +
    '(?:补助|补贴|奖励)、|按照|按|相应|额外|预算安排)+',
);
// Verbs and bounds that close a phrase before the number (…占比不得低于, …吞吐量完成, …面积保持在).
const TRAILING_NOISE = new RegExp(
  '(?:预算安排|安排|分别|给予|每家|每个|最高|最低|可|按|不得低于|不低于|不超过|约|达到|超过|力争|的|等|达|和|或|' +
    '超|大于|高于|小于|低于|保持在|稳定在|控制在|提高至|提升至|扩围至|至|在|每增加|增加|突破|完成|实现|保持|由|' +
    '平均|为|阶段性|全年|每培育|称号)+$',
);
// Words that say nothing about what is measured wherever they stand.
const FILLER = /人民币|的|\s/g;
// After 分别 (两大创新区分别实现营业收入450亿元) the measured thing follows the verb.
const RESPECTIVELY = /分别(?:再)?(?:给予|实现|按|增加|奖励|稳定在|达到)?/;
const CJK_PAIR = /[\u4e00-\u9fff]{2}/;

/** True when a phrase still names something (two or more Chinese characters). */
export function namesSomething(metric: string): boolean {
  return CJK_PAIR.test(metric);
}

function stripNoise(phrase: string): string {
  const once = phrase.replace(TRAILING_NOISE, '').replace(LEADING_NOISE, '').replace(TRAILING_NOISE, '');
  return once.replace(FILLER, '');
}

/** Index just after the first boundary from which the rest fits in `max` characters (and says enough), or -1. */
function boundaryCut(text: string, max: number): number {
  for (let i = 0; i < text.length; i++) {
    const rest = text.length - i - 1;
    if ('、和及与或在对'.includes(text[i] ?? '') && rest <= max && rest >= MIN_AFTER_CUT) return i + 1;
  }
  return -1;
}

/**
 * A phrase longer than MAX_METRIC, cut where a reader would: long asides in parentheses go first (首台(套) stays),
 * then an enumeration before 等 (困难群众、残疾人…等帮扶救助资金 → 帮扶救助资金), then everything before a
 * boundary (、和及与在对); a phrase without one is kept whole when only a little too long, else its tail.
 */
export function shorten(metric: string, max = MAX_METRIC): string {
  if (metric.length <= max) return metric;
  let text = metric.replace(/\([^)]{3,}\)/g, '');
  if (text.length > max) text = text.replace(/\([^)]*\)/g, '');
  if (text.length <= max) return text;
  const afterList = text.slice(text.lastIndexOf('等') + 1);
  if (text.includes('等') && namesSomething(afterList) && afterList.length <= max) return afterList;
  const cut = boundaryCut(text, max);
  if (cut > 0 && namesSomething(text.slice(cut))) return text.slice(cut);
  if (text.length <= max + SLACK) return text;
  // A tail must not open inside “quotes” (金角银边”场地… → 场地…).
  const tail = text.slice(-max);
  const close = tail.indexOf('”');
  const open = tail.indexOf('“');
  const opensInside = close >= 0 && (open < 0 || close < open);
  return opensInside ? tail.slice(close + 1) : tail;
}

/** One phrase (no sentence punctuation) cleaned into a metric: noise, filler and excess length removed. */
export function cleanMetric(phrase: string): string {
  // The figure sits inside an aside (…主导用途(其中工业建筑面积占比不得低于50%)) or follows a condition met before
  // it (标准煤以上或二氧化碳年减排量): the metric starts there.
  let text = phrase.replace(/^.*\((?=[^)]*$)/, '').replace(/^.*(?:以上|以下)(?:或|、|且)/, '');
  const respectively = RESPECTIVELY.exec(text);
  if (respectively) {
    const rest = stripNoise(text.slice(respectively.index + respectively[0].length));
    text = namesSomething(rest) ? rest : text.slice(0, respectively.index);
  }
  return shorten(stripNoise(stripNoise(text)));
}

/** Phrases between sentence punctuation, keeping asides whole ((含,下同) does not end a phrase). */
export function splitPhrases(text: string): string[] {
  const masked = text.replace(/\([^()]*\)/g, (aside) => aside.replace(/[,，;；:：]/g, '#'));
  const phrases: string[] = [];
  let start = 0;
  for (let i = 0; i <= masked.length; i++) {
    if (i < masked.length && !/[,，。；;:：]/.test(masked[i] ?? '')) continue;
    phrases.push(text.slice(start, i));
    start = i + 1;
  }
  return phrases;
}

export interface MetricBefore {
  metric: string;
  /** Whether the phrase right before the number names something (组织10个… does not: the noun follows). */
  nearestNames: boolean;
}

/** The measured thing from the text before a number: the nearest phrase that still names something. */
export function metricBefore(windowBefore: string): MetricBefore {
  const phrases = splitPhrases(windowBefore).reverse();
  const nearest = cleanMetric(phrases[0] ?? '');
  if (namesSomething(nearest)) return { metric: nearest, nearestNames: true };
  for (const phrase of phrases.slice(1)) {
    const metric = cleanMetric(phrase);
    if (namesSomething(metric)) return { metric, nearestNames: false };
  }
  return { metric: '', nearestNames: false };
}

// The reward itself (给予每家150万元奖励), not what it is for.
const REWARD_ONLY = /^(?:一次性)?(?:奖励|补助|补贴|资助|奖补|经费支持|资金支持|支持|经费)$/;
// Verbs that end the noun after a counter (5个以上项目纳入…, 400家次企业参展).
const AFTER_STOP = /纳入|参展|进行|覆盖|用于|享受|实施|[,，。；;:：(\n]|、(?=\d)/;

/**
 * The measured thing from the text after a number's unit, for counts written verb + number + noun
 * (组织10个境外拓市团组, 新建5家残疾人帮扶性就业基地, 建设13条年产值超10亿元的“土特产”全产业链).
 */
export function metricAfter(after: string): string {
  const rest = after.replace(/^次?(?:及以上|以上|左右|以内)?/, '').replace(/^\d+(?:\.\d+)?[万亿千]?级/, '');
  if (!/^[\u4e00-\u9fff“]/.test(rest) || rest.startsWith('的')) return '';
  let noun = rest.split(AFTER_STOP)[0] ?? '';
  // A nested figure (年产值超10亿元的…) qualifies the noun that follows it.
  const lastDigit = noun.search(/\d[^\d]*$/);
  if (lastDigit >= 0) noun = noun.slice(lastDigit + 1).replace(/^[万亿千]*(?:元|吨)?(?:级|以上)?的?/, '');
  noun = noun.replace(/建设$/, '');
  const metric = cleanMetric(noun);
  return namesSomething(metric) && !REWARD_ONLY.test(metric) ? metric : '';
}
