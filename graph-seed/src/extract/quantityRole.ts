/**
 * What a number does in its sentence (its `role`) and the provision it belongs to (its `kind`), read from the words
 * around it. Works on the extractors' match text (Simplified, half-width punctuation). The rules, in order:
 * a village collective's income (村集体经营性收入) is a GOAL; a condition (…以上的, …且, 每增加…) is a THRESHOLD, or a PROJECT_SIZE when it sizes projects outside a subsidy;
 * an appropriation (预算安排, 支持总额, 其中… after one, 发放…券) is a BUDGET; a share given (按…的10%给予补助,
 * 补助比例) is a RATE; money given is a CAP (最高, 不超过, 限额) or FIXED; everything else is a GOAL.
 */
import type { Qualifier, QuantityKind, QuantityRole } from '../model/document';

/** The words around one quantity (or around the list it is part of), as the role rules read them. */
export interface RoleContext {
  /** Money in any currency (元, 元/标箱, 美元). */
  currency: boolean;
  /** A share: %, ‰ or 个百分点. */
  percent: boolean;
  qualifier: Qualifier | null;
  /** The sentence up to the list's first number (the sentence before it too when this one opens with 其中). */
  sentence: string;
  /** The phrase right before the list's first number: back to the previous quantity or `,;、`. */
  phrase: string;
  /** The text after the list's last unit (its bound word 以上 included), to the end of the sentence. */
  tail: string;
}

// After the number (asides removed): a bound word, then 的/且/或 — the number qualifies a noun or joins a condition
// (6000元以下的手机, 达到100万元以上且…, 大于人民币100万元,或…); a unit tail may come first (200吨(含)标准煤以上或).
const CONDITION_TAIL = /^(?:[\u4e00-\u9fff]{1,3}(?=及以上|以上|以下))?(?:及以上|以上|以下|以内)?\s*(?:的|且|,?或)/;
// 的 followed by the reward itself (20%的补助, 60%以内的保费支持, 1000元/人的一次性吸纳就业补贴) is not a condition;
// a phrase that names the reward only after a verb (100万元以上的项目给予补助) still is.
const REWARD_TAIL =
  /^(?:以内|以下|以上)?的?(?:一次性)?(?:兑付|保费|项目|风险|资金|经费)?(?:补助|奖励|补贴|资助|奖补|支持|贴息)|^(?:以内|以下)?的(?:(?!给予|予以|按)[^,;。]){0,8}?(?:补助|奖励|补贴|资助|奖补|贴息)(?:[,;。]|$)/;
// A measure directly before the noun it sizes (3亿元以上项目, 500万美元以下小微企业), not a verb (75%以上用于).
const SIZE_TAIL = /^(?:及以上|以上|以下)(?!用于|作为|纳入)[\u4e00-\u9fff“]/;
// Steps of a sliding scale (每增加400吨标准煤, 每培育1家 …): each step is a condition for more support.
const STEP_BEFORE = /每(?:增加|培育|新增|引进|减少)$/;
// Bounds that make a figure in parentheses a condition ((油菜种植面积小于50亩)); 不得低于 there is a requirement.
const BOUND_QUALIFIERS: ReadonlySet<Qualifier> = new Set(['以上', '以下', '超过']);

// An appropriation trigger; a later 争取/银行/贷款 makes the figure something sought, not set aside.
const BUDGET_TRIGGER = /预算安排|财政[^,;。]{0,8}安排|支持总额|安排资金/g;
const SOUGHT = /争取|力争|银行|贷款|债/;
// Vouchers issued (发放“平湖周末”文旅住宿消费券180万元) and a share of revenue set aside (提取0.5%以上作为…经费).
const ISSUED = /发放[^,;。]*券$/;
const SET_ASIDE = /提取[^,;。]*$/;

const SUPPORT_VERB = /给予|予以|奖励|补助|补贴|资助|奖补|贴息/;
// Money given: a verb or a cap word in the phrase, or the reward named right after (50万元奖励, 10万元的补助).
const GIVEN_PHRASE = /给予|予以|奖励|补助|补贴|资助|奖补|贴息|最高|一次性|限额|封顶/;
// 支持 alone is the reward only at the end of a phrase (给予最高10万元支持。), not as a verb (20亿元支持县城建设).
const REWARD_AFTER =
  /^(?:以内|以下)?的?(?:一次性)?(?:补助|奖励|补贴|资助|奖补|经费支持|资金支持|项目补助|风险补助|支持(?=[,;。]|$))/;
const CAP_PHRASE = /(?:限额|上限|封顶)[^,;。]{0,3}$/;
// A share given: 按/按照 … 给予/补贴/执行, a share word (补助比例, 扶持比例) or the reward after (15%补贴).
const SHARE_BASE = /(?:按|按照)[^,;。]*$/;
const SHARE_GIVEN = /给予|补助|补贴|奖励|资助|奖补|贴息|执行|支持|兑付/;
const SHARE_PHRASE = /给予|予以|补助|补贴|奖补|贴息|扶持比例|补助比例|补贴比例/;
const SHARE_AFTER = /^(?:以内|以下)?(?:的|比例的)?(?:补助|补贴|奖励|资助|奖补|兑付补助|贴息|保费支持)/;

// 对…达到400吨以上、…不低于200万元的,给予…: every figure between 对 and the 的, that ends the condition is part of it.
const CONDITION_OPENER = /(?:对|凡)[^;。]*$/;
const CONDITION_CLOSE = /^[^;。]*?的,/;

function insideCondition(context: RoleContext): boolean {
  const scope = CONDITION_CLOSE.exec(context.tail);
  if (!scope || !CONDITION_OPENER.test(context.sentence) || SUPPORT_VERB.test(scope[0])) return false;
  return SUPPORT_VERB.test(context.tail.slice(scope[0].length));
}

function isCondition(context: RoleContext): boolean {
  if (STEP_BEFORE.test(context.phrase) || insideCondition(context)) return true;
  const { tail } = context;
  // A closing parenthesis ends a condition only when the number is bounded ((油菜种植面积小于50亩)、…).
  if (tail.startsWith(')')) return context.qualifier !== null && BOUND_QUALIFIERS.has(context.qualifier);
  const bare = tail.replace(/\([^()]*\)/g, '');
  if (CONDITION_TAIL.test(bare) && !REWARD_TAIL.test(bare)) return true;
  return context.currency && SIZE_TAIL.test(tail);
}

// A village collective's income (村集体经营性收入80万元以上) is a target for every village, even when the sentence
// words it as the condition of a coverage goal (实现…经营性收入超80万元行政村全覆盖).
const COLLECTIVE_INCOME = /集体[^,;。]*收入/;

function isCollectiveIncome(context: RoleContext): boolean {
  const clause = context.tail.split('。')[0] ?? '';
  return context.currency && COLLECTIVE_INCOME.test(context.sentence) && !SUPPORT_VERB.test(context.sentence + clause);
}

function sizesProjects(context: RoleContext): boolean {
  const noun = context.tail.split(/[,;。]/)[0] ?? '';
  return context.currency && noun.includes('项目') && !SUPPORT_VERB.test(context.tail.split('。')[0] ?? '');
}

function isBudget(context: RoleContext): boolean {
  if (context.currency && ISSUED.test(context.phrase)) return true;
  if (context.percent && SET_ASIDE.test(context.phrase) && /^[^,;。]{0,6}作为/.test(context.tail)) return true;
  if (!context.currency) return false;
  const triggers = [...context.sentence.matchAll(BUDGET_TRIGGER)];
  const last = triggers[triggers.length - 1];
  if (!last) return false;
  return !SOUGHT.test(context.sentence.slice(last.index + last[0].length));
}

function isRate(context: RoleContext): boolean {
  if (!context.percent) return false;
  const clauseAfter = context.tail.split(/[,;。]/)[0] ?? '';
  if (SHARE_BASE.test(context.phrase) && (SHARE_GIVEN.test(clauseAfter) || SHARE_GIVEN.test(context.phrase))) {
    return true;
  }
  return SHARE_PHRASE.test(context.phrase) || SHARE_AFTER.test(context.tail);
}

function isGiven(context: RoleContext): boolean {
  return context.currency && (GIVEN_PHRASE.test(context.phrase) || REWARD_AFTER.test(context.tail));
}

function isCap(context: RoleContext): boolean {
  return context.qualifier === '最高' || context.qualifier === '不超过' || CAP_PHRASE.test(context.phrase);
}

/** The role of a quantity from the words around it (see the module comment for the rules, in order). */
export function quantityRole(context: RoleContext): QuantityRole {
  if (isCollectiveIncome(context)) return 'GOAL';
  if (isCondition(context)) return sizesProjects(context) ? 'PROJECT_SIZE' : 'THRESHOLD';
  if (isBudget(context)) return 'BUDGET';
  if (isRate(context)) return 'RATE';
  if (isGiven(context)) return isCap(context) ? 'CAP' : 'FIXED';
  return 'GOAL';
}

/**
 * The provision a role belongs to: BUDGET for a budget, SUBSIDY for what a recipient is given (CAP, FIXED, RATE),
 * GOAL for a goal. A THRESHOLD or PROJECT_SIZE takes the provision of its sentence: SUBSIDY when the sentence gives
 * support (研发费用达到100万元以上的…给予补助), else GOAL (年产值超10亿元的“土特产”全产业链).
 */
export function kindOfRole(role: QuantityRole, sentence: string): QuantityKind {
  if (role === 'BUDGET') return 'BUDGET';
  if (role === 'CAP' || role === 'FIXED' || role === 'RATE') return 'SUBSIDY';
  if (role === 'GOAL') return 'GOAL';
  return SUPPORT_VERB.test(sentence) ? 'SUBSIDY' : 'GOAL';
}

/**
 * The group within which two quantities may be compared, or null when a role is never compared (a threshold, a
 * budget or a project size says nothing about how generous a locality is): caps and fixed sums are both "what a
 * recipient gets", rates are shares, goals are goals.
 */
export function comparableRoleGroup(role: QuantityRole): 'GIVEN' | 'RATE' | 'GOAL' | null {
  if (role === 'CAP' || role === 'FIXED') return 'GIVEN';
  if (role === 'RATE' || role === 'GOAL') return role;
  return null;
}
