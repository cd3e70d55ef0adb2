/** Chinese numerals as used in headings and clause labels (一 … 九十九, 一百 …) → numbers. */

const digits: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Value of a label numeral (`十一` → 11, `12` → 12); NaN when it is not a numeral. */
export function numeralValue(numeral: string): number {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  let total = 0;
  let current = 0;
  for (const char of numeral) {
    const digit = digits[char];
    if (digit !== undefined) current = digit;
    else if (char === '十') {
      total += (current === 0 ? 1 : current) * 10;
      current = 0;
    } else if (char === '百') {
      total += (current === 0 ? 1 : current) * 100;
      current = 0;
    } else return Number.NaN;
  }
  return total + current;
}

const units = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** The Chinese numeral for 1–99 as written in labels (11 → 十一, 20 → 二十); used by the synthetic corpus. */
export function chineseNumeral(value: number): string {
  if (value < 10) return units[value] ?? '';
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : (units[tens] ?? '')}十${units[ones] ?? ''}`;
}
