/**
 * Closing paragraphs: the document's total budget (上述8个领域政策…支持总额为26.28亿元) and its validity sentence
 * (本文件明确的各项政策…均为2025年全年实施有效。).
 */
import type { Quantity } from '../model/document';
import type { SourceLine } from '../text/normalize';
import { extractors } from './enrichClause';

export interface Closing {
  totalBudget: Quantity | null;
  validity: string | null;
  text: string;
}

/** The sentence of `line` (in its original script) whose key contains `marker`, full stop included. */
function sentenceWith(line: SourceLine, marker: string): { sentence: string; offset: number } | null {
  const at = line.key.indexOf(marker);
  if (at < 0) return null;
  const start = Math.max(line.key.lastIndexOf('。', at) + 1, 0);
  const stop = line.key.indexOf('。', at);
  return { sentence: line.text.slice(start, stop < 0 ? undefined : stop + 1), offset: start };
}

function findTotalBudget(lines: SourceLine[]): Quantity | null {
  for (const line of lines) {
    const found = sentenceWith(line, '支持总额') ?? sentenceWith(line, '总额');
    if (!found) continue;
    const marker = Math.max(found.sentence.indexOf('總額'), found.sentence.indexOf('总额'));
    const money = extractors
      .extractQuantities(found.sentence)
      .filter((q) => q.normalizedUnit === '元' && q.offset >= marker);
    const first = money[0];
    if (first) return { ...first, kind: 'BUDGET', role: 'BUDGET', offset: first.offset + found.offset };
  }
  return null;
}

export function readClosing(lines: SourceLine[]): Closing {
  let validity: string | null = null;
  for (const line of lines) {
    validity ??= sentenceWith(line, '实施有效')?.sentence ?? sentenceWith(line, '起施行')?.sentence ?? null;
  }
  return { totalBudget: findTotalBudget(lines), validity, text: lines.map((l) => l.text).join('\n') };
}
