import type { Qualifier, QuantityKind } from '../model/document';

// Bounds bind tighter than the vaguer prefix words: 力争最高…, 不低于… are read as the bound.
const BOUND_PREFIX = /^.*(不低于|不少于|不超过|不高于|最高|最低|最多|至少)[^，,。；;、]{0,6}$/;
const VAGUE_PREFIX = /^.*(约|超过|达到|达|力争|突破)[^，,。；;、]{0,4}$/;
const SUFFIX = /^(以上|以下|左右|以内)/;

const QUALIFIER_OF: Record<string, Qualifier> = {
  不低于: '不低于',
  不少于: '不低于',
  至少: '不低于',
  不超过: '不超过',
  不高于: '不超过',
  以内: '以下',
  最高: '最高',
  最多: '最高',
  最低: '最低',
  约: '约',
  超过: '超过',
  突破: '超过',
  达到: '达到',
  达: '达到',
  力争: '力争',
  以上: '以上',
  以下: '以下',
  左右: '左右',
};

export interface QualifierHit {
  qualifier: Qualifier | null;
  /** Characters before the number that belong to the match (最高可给予 in 最高可给予50万元). */
  prefixLength: number;
  /** Characters after the unit that belong to the match (以上). */
  suffixLength: number;
}

/** The qualifier of a number from the text just before it (`before`) and just after its unit (`after`). */
export function findQualifier(before: string, after: string): QualifierHit {
  const bound = BOUND_PREFIX.exec(before);
  const suffix = SUFFIX.exec(after);
  const vague = VAGUE_PREFIX.exec(before);
  const prefix = bound ?? (suffix ? null : vague);
  const word = prefix?.[1] ?? suffix?.[1];
  return {
    qualifier: word ? (QUALIFIER_OF[word] ?? null) : null,
    // The greedy ^.* makes the nearest word win (最低工资不低于14100元 is bounded by 不低于, not 最低).
    prefixLength: prefix?.[1] ? before.length - before.lastIndexOf(prefix[1]) : 0,
    suffixLength: suffix?.[0].length ?? 0,
  };
}

const BUDGET_CONTEXT =
  /预算安排|安排资金|财政预算|安排.{0,8}资金|资金.{0,4}安排|支持总额|总额为|统筹.{0,6}资金|财政.{0,10}安排/;
const SUBSIDY_CONTEXT = /给予|补助|奖励|补贴|资助|奖补|最高|贴息|一次性/;

/** BUDGET for appropriations, SUBSIDY for per-recipient money, GOAL for everything that is not money. */
export function classify(
  isMoney: boolean,
  sentenceBefore: string,
  windowBefore: string,
  after: string,
  yuan: number,
): QuantityKind {
  if (!isMoney) return 'GOAL';
  if (BUDGET_CONTEXT.test(sentenceBefore)) return 'BUDGET';
  if (SUBSIDY_CONTEXT.test(windowBefore) || /^(的?)(补助|奖励|补贴|资助|奖补)/.test(after)) return 'SUBSIDY';
  // Without a telling verb, appropriation-sized sums (亿元) are budgets and smaller ones are grants.
  return yuan >= 1e8 ? 'BUDGET' : 'SUBSIDY';
}

// Verbs and fillers that open a target phrase but are not what is measured.
const LEADING_NOISE =
  /^(?:[,，、;；:：]|其中|全年|年内|新增|新认定的?|认定|实施|培育|争取|完成|实现|累计|力争|达到|确保|推动|支持|建成|建设|打造|引进|招引|新建|举办|开展|对|为|的|给予|每家|每个|单个|可|以上|等)+/;
const TRAILING_NOISE =
  /(?:预算安排|安排|分别|给予|每家|每个|最高|最低|可|按|不低于|不超过|约|达到|超过|力争|的|等|达|和|或)+$/;

/** The measured thing: the phrase before the number, trimmed of verbs and qualifiers (best effort, may be ''). */
export function metricBefore(windowBefore: string): string {
  // The nearest phrase that still names something once verbs are gone (新认定的给予每家 names nothing: look further).
  const phrases = windowBefore.split(/[,，。；;:：]/).reverse();
  for (const phrase of phrases) {
    let metric = phrase.replace(TRAILING_NOISE, '').replace(LEADING_NOISE, '').replace(TRAILING_NOISE, '');
    if (metric.length > 16) metric = metric.slice(-16);
    if (/[\u4e00-\u9fff]{2}/.test(metric)) return metric;
  }
  return '';
}

/**
 * Metrics of a tiered list: 对新认定的国家级、省级科技企业孵化器分别给予50万元、25万元 → 国家级科技企业孵化器,
 * 省级科技企业孵化器 — the tiers named before 分别, the last one carrying the shared head noun. Null when the text
 * before 分别 does not name exactly `count` tiers.
 */
export function tierMetrics(beforeRespectively: string, count: number): string[] | null {
  const phrase = (beforeRespectively.split(/[,，。；;:：]/).pop() ?? '').replace(/(?:的|给予|对|按)+$/, '');
  const items = phrase.split('、');
  if (items.length !== count || count < 2) return null;
  const last = items[count - 1] ?? '';
  const first = (items[0] ?? '').replace(LEADING_NOISE, '');
  // The tier words share their final character with the last item's modifier (国家级、省级科技… share 级).
  const marker = first.slice(-1);
  const at = marker ? last.indexOf(marker) : -1;
  const head = at >= 0 && at < 6 ? last.slice(at + 1) : '';
  return items.map((item, i) =>
    (i === count - 1 ? item : item.replace(LEADING_NOISE, '') + head).replace(LEADING_NOISE, ''),
  );
}
