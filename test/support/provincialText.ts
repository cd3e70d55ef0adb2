/**
 * 浙政发〔2025〕3号 as the province publishes it, written from the measures the corpus infers (the real text is not
 * in the corpus): its notice, 文号 and areas, one clause per measure in the measures' order. Importing it fills the
 * provincial stub (test/api/importSuperior.test.ts, test/reliability/writes.test.ts).
 */
import { chineseNumeral } from '@policy-cascade/graph-seed';

export interface Measure {
  id: string;
  title: string;
  textSimplified: string;
  inferred: boolean;
  section: { ordinal: number; title: string } | null;
}

/** What to ask of `coverage(policyId: "330000-2025") { measures { … } }` to write it. */
export const MEASURE_FIELDS = 'id title textSimplified inferred section { ordinal title }';

/** A provincial document in the shape the province publishes, one clause per measure, in the measures' order. */
export function provincialText(measures: Measure[]): string {
  const lines = [
    '浙江省人民政府文件',
    '浙政发〔2025〕3号',
    '浙江省人民政府关于印发推动经济高质量发展若干政策(2025年版)的通知',
    '各市、县(市、区)人民政府,省政府直属各单位:',
    '现将《关于推动经济高质量发展若干政策(2025年版)》印发给你们,请认真贯彻执行。',
    '浙江省人民政府',
    '2025年1月20日',
    '关于推动经济高质量发展若干政策(2025年版)',
  ];
  let section = 0;
  let clause = 0;
  for (const measure of measures) {
    if (measure.section && measure.section.ordinal !== section) {
      section = measure.section.ordinal;
      lines.push(`${chineseNumeral(section)}、${measure.section.title}`);
    }
    clause += 1;
    const body = measure.textSimplified.startsWith(measure.title)
      ? measure.textSimplified
      : `${measure.title}。${measure.textSimplified}`;
    lines.push(`(${chineseNumeral(clause)})${body}`);
  }
  lines.push('本政策自2025年1月1日起施行,有效期至2025年12月31日。');
  return lines.join('\n');
}
