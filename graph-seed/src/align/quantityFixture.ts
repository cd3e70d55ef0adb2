import type { Quantity, QuantityRole } from '../model/document';

/**
 * A quantity as the extractor gives it, for the alignment's tests (offers, signals): `value` `unit` of `metric`,
 * normalized as written, a GOAL or else a SUBSIDY.
 */
export function fixtureQuantity(given: {
  metric: string;
  value: number;
  unit: string;
  role: QuantityRole;
  text?: string;
  offset?: number;
}): Quantity {
  const { metric, value, unit, role } = given;
  return {
    kind: role === 'GOAL' ? 'GOAL' : 'SUBSIDY',
    role,
    approximate: false,
    from: null,
    metric,
    value,
    unit,
    qualifier: null,
    normalizedValue: value,
    normalizedUnit: unit,
    text: given.text ?? `${value}${unit}`,
    offset: given.offset ?? 0,
  };
}
