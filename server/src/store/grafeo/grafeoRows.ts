/**
 * Rows as grafeo hands them over, made plain (CypherValue). Grafeo 0.6 already answers plain objects, arrays,
 * strings, numbers, booleans and null; only integers past 2^53 come as BigInt (and temporal values, were a query to
 * return them, as strings). So a row is checked first and handed on as is when plain, and converted only when it is
 * not: checking allocates nothing, where copying every value of every row through toPlainRow made garbage for
 * every read (about 2% of the main thread's time under the API benchmark, collection not counted).
 */
import type { CypherRow } from '../CypherStore';
import { toPlainRow } from '../plainValue';

function isPlain(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'number':
      return true;
    case 'object':
      if (value === null) return true;
      if (Array.isArray(value)) return value.every(isPlain);
      if (Object.getPrototypeOf(value) !== Object.prototype) return false;
      for (const key in value) if (!isPlain((value as Record<string, unknown>)[key])) return false;
      return true;
    default:
      return false;
  }
}

export function toPlainRows(rows: Record<string, unknown>[]): CypherRow[] {
  return rows.map((row) => (isPlain(row) ? (row as CypherRow) : toPlainRow(row)));
}
