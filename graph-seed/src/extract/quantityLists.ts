/**
 * Numbers that belong together: lists (300万元、150万元; 1%(含)-3%), whose items share what they measure, what
 * they do and the 最高 before the first; 由X扩至Y pairs, where X is where Y grows from; and items written without
 * their unit (分别达到1万、4万名).
 */
import type { Placed, RawMatch } from './quantityMatch';
import { unitSpec } from './units';

// Between two values of one list (15%、20%; 1%(含)-3%; 400万元(300万元)): the second measures what the first does.
export const CONTINUATION = /^\s*(?:\((?:含|不含)\))?\s*[、和或及~\-—–至到(]?\s*$/;
// 由8类扩围至12类, 从5%提高到8%: the first figure is the earlier value of the second.
const FROM_GAP = /^(?:扩围|扩大|扩展|拓展|提高|提升|增加|增长|上调|下调|调整|降低|减少|压减|缩减)?(?:至|到)$/;
// 由 may stand before the figure's own per-unit words (由每人每月240元提高到260元).
const FROM_MARK = /(?:由|从)(?:每[^\d,;。、]{1,2}){0,2}$/;
// A number without a unit right before a list item with one: 1万、 (4万名), 10、 (20万元).
const UNITLESS_ITEM = /(?<![\d.A-Za-z第])(\d+(?:\.\d+)?)([万亿]?)[、和]$/;

/** Runs of list items as [first, last] index pairs covering every placed quantity (single items as [i, i]). */
export function listRuns(text: string, placed: Placed[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let first = 0;
  for (let i = 1; i <= placed.length; i++) {
    const previous = placed[i - 1];
    const current = placed[i];
    const joined =
      previous !== undefined &&
      current !== undefined &&
      current.match.normalizedUnit === previous.match.normalizedUnit &&
      CONTINUATION.test(text.slice(previous.end, current.start));
    if (joined) continue;
    runs.push([first, i - 1]);
    first = i;
  }
  return placed.length === 0 ? [] : runs;
}

/** 由8类扩围至12类 → one quantity 12类 whose `from` is 8, its text from 由; the 8 is no quantity of its own. */
export function mergeFrom(text: string, placed: Placed[]): Placed[] {
  const merged: Placed[] = [];
  for (let i = 0; i < placed.length; i++) {
    const earlier = placed[i];
    const later = placed[i + 1];
    if (!earlier) continue;
    const paired =
      later !== undefined &&
      earlier.match.values.length === 1 &&
      later.match.normalizedUnit === earlier.match.normalizedUnit &&
      FROM_MARK.test(text.slice(0, earlier.start)) &&
      FROM_GAP.test(text.slice(earlier.end, later.start));
    if (!paired || !later) {
      merged.push(earlier);
      continue;
    }
    const from = ((earlier.match.values[0] ?? 0) * earlier.match.factor) / later.match.factor;
    const mark = FROM_MARK.exec(text.slice(0, earlier.start))?.[0].length ?? 1;
    merged.push({ ...later, start: earlier.start - mark, from: Number(from.toPrecision(12)) });
    i++;
  }
  return merged;
}

/** The unit an item written without one takes from the next item (万名 for 1万 before 4万名, 万元 for 10 before 20万元). */
function borrowedUnit(item: RegExpExecArray, next: RawMatch): RawMatch | null {
  const [written = '', digits = '', own = ''] = item;
  const base = next.unit.split('/')[0] ?? next.unit;
  const rate = next.unit.slice(base.length);
  const scale = /^[万亿]/.exec(base)?.[0] ?? '';
  const spec = unitSpec(own === '' ? base : own + base.slice(scale.length));
  if (!spec) return null;
  const start = next.start - written.length;
  return {
    ...spec,
    unit: spec.unit + rate,
    normalizedUnit: spec.normalizedUnit + rate,
    start,
    end: start + digits.length + own.length,
    values: [Number(digits)],
  };
}

/** Items written without their unit take it from the next item: 1万、4万名 → 1万名; 10、20万元 → 10万元. */
export function shareListUnits(text: string, matches: RawMatch[]): RawMatch[] {
  const shared: RawMatch[] = [];
  for (const match of matches) {
    const item = UNITLESS_ITEM.exec(text.slice(Math.max(0, match.start - 12), match.start));
    const borrowed = item ? borrowedUnit(item, match) : null;
    const free = borrowed !== null && !matches.some((m) => m.start < match.start && m.end > borrowed.start);
    if (borrowed && free) shared.push(borrowed);
    shared.push(match);
  }
  return shared;
}
