/**
 * Large structured policy texts for the hardening tests and benchmarks (issue 17): a county's document that
 * declares 浙政发〔2025〕3号 and carries `clauses` clauses, taken in turn from the real corpus's clauses (original
 * script, responsibility lists and amounts as they are), numbered (一)… under areas of 20. The probe that stalled
 * the server for 21 minutes sent two such texts of ~2 MB (3,621 clauses).
 */
import { chineseNumeral, loadCorpus } from '@policy-cascade/graph-seed';

let corpusClauses: string[] | undefined;

function clauseTexts(): string[] {
  corpusClauses ??= loadCorpus().documents.flatMap((document) => document.clauses.map((clause) => clause.text));
  return corpusClauses;
}

export interface LargeTextOptions {
  clauses: number;
  /** County (or city) as the text names it; 嘉善县 (330421) by default. */
  region?: string;
  /** Which corpus clause comes first, so that two texts differ. */
  offset?: number;
}

export function largePolicyText({ clauses, region = '嘉善县', offset = 0 }: LargeTextOptions): string {
  const texts = clauseTexts();
  const lines = [
    `${region}人民政府`,
    '2025年6月1日',
    `${region}推动经济高质量发展若干政策(2025年版)`,
    '根据《浙江省关于推动经济高质量发展若干政策(2025年版)》(浙政发〔2025〕3号)要求,结合本地实际,制定本政策。',
  ];
  for (let n = 0; n < clauses; n += 1) {
    if (n % 20 === 0) lines.push(`${chineseNumeral(n / 20 + 1)}、第${chineseNumeral(n / 20 + 1)}方面重点任务`);
    lines.push(`(${chineseNumeral(n + 1)})${texts[(offset + n) % texts.length] ?? ''}`);
  }
  lines.push('本政策自2025年6月1日起施行,有效期至2025年12月31日。');
  return `${lines.join('\n')}\n`;
}
