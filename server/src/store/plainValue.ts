/**
 * Conversion of driver values to the plain JS shapes of CypherValue (numbers, strings, booleans, null, arrays, plain
 * objects). Shared by both adapters; each passes a hook for its own special types first.
 */
import type { CypherValue } from './CypherStore';

/** Returns the plain form of `value`, or undefined to let the generic conversion continue. */
export type SpecialValue = (value: unknown) => CypherValue | undefined;

export function toPlain(value: unknown, special?: SpecialValue): CypherValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return value;
    case 'bigint':
      // Past 2^53 only; ids are strings and counts stay far below, so a lossy number is what Neo4j gives too.
      return Number(value);
    default:
      break;
  }
  const converted = special?.(value);
  if (converted !== undefined) return converted;
  if (value instanceof Date) return value.toISOString();
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) return value.map((item) => toPlain(item, special));
  if (typeof value === 'object') {
    const result: Record<string, CypherValue> = {};
    for (const [key, item] of Object.entries(value)) result[key] = toPlain(item, special);
    return result;
  }
  return String(value);
}

export function toPlainRow(row: Record<string, unknown>, special?: SpecialValue): Record<string, CypherValue> {
  const result: Record<string, CypherValue> = {};
  for (const [key, value] of Object.entries(row)) result[key] = toPlain(value, special);
  return result;
}
