/** What the aggregates return (localityStats.ts, measureStats.ts): figures counted on the store. */

/** Money in 元 offered in one group (a department function or a superior's area): the sum and how many figures. */
export interface MoneyGroup {
  key: string;
  label: string;
  amount: number;
  quantityCount: number;
}

/** One implementing locality of a superior document, counted on the store (localityStats.ts). */
export interface LocalityStats {
  policyId: string;
  /** Measures of the superior. */
  total: number;
  carried: number;
  merged: number;
  gaps: number;
  localAdditions: number;
  /** Median share of text kept verbatim over its IMPLEMENTS edges that measure it; null when none does. */
  medianReproduction: number | null;
  reproductionCount: number;
  moneyByFunction: MoneyGroup[];
  moneyByArea: MoneyGroup[];
}

/** Min, median and max of one group of comparable amounts (comparableKeys.ts) offered for a measure. */
export interface AmountRange {
  comparableKey: string;
  metric: string;
  unit: string;
  count: number;
  localityCount: number;
  min: number;
  median: number;
  max: number;
}

/** One measure of a superior document (measureStats.ts). */
export interface MeasureStats {
  measureId: string;
  /** Localities (policy ids) carrying it, merged or not (as coverage counts), and those carrying it only merged. */
  carriedBy: string[];
  mergedBy: string[];
  amounts: AmountRange[];
  /** Function keys of the implementers' lead departments, with how many localities each. */
  leadFunctions: { key: string; name: string; localityCount: number }[];
}
