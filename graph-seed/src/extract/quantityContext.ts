import type { Qualifier } from '../model/document';

// Bounds bind tighter than the vaguer prefix words: 力争最高…, 不低于… are read as the bound.
const BOUND_PREFIX =
  /^.*(不得低于|不得超过|不得高于|不低于|不少于|不超过|不高于|最高|最低|最多|至少)[^，,。；;、]{0,6}$/;
// Thresholds (项目投入大于人民币100万元, 占营收比重高于5%, 年产值超10亿元) read as 超过 / 以下.
const VAGUE_PREFIX = /^.*(约|超过|大于|高于|超|小于|低于|达到|达|力争|突破)[^，,。；;、]{0,4}$/;
const SUFFIX = /^(以上|以下|左右|以内)/;

const QUALIFIER_OF: Record<string, Qualifier> = {
  不低于: '不低于',
  不得低于: '不低于',
  不得超过: '不超过',
  不得高于: '不超过',
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
  大于: '超过',
  高于: '超过',
  超: '超过',
  小于: '以下',
  低于: '以下',
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

// 约26亿元, 近30家, 200家左右, 3亿斤上下: the figure is not exact.
const APPROXIMATE_BEFORE = /(?:约|大约|近)$/;
const APPROXIMATE_AFTER = /^(?:左右|上下)/;

/** True when the words around a number say it is approximate (`before` ends at the number, `after` follows its unit). */
export function isApproximate(qualifier: Qualifier | null, before: string, after: string): boolean {
  return qualifier === '约' || qualifier === '左右' || APPROXIMATE_BEFORE.test(before) || APPROXIMATE_AFTER.test(after);
}
