/**
 * Rows as grafeo hands them over, made plain (CypherValue). Grafeo 0.6 already answers plain objects, arrays,
 * strings, numbers, booleans and null; only integers past 2^53 come as BigInt (and temporal values, were a query to
 * return them, as strings). So a row is checked first and handed on as is when plain, and converted only when it is
 * not: checking allocates nothing, where copying every value of every row through toPlainRow made garbage for
 * every read (about 2% of the main thread's time under the API benchmark, collection not counted).
 *
 * A query runs on grafeo's threads, but its rows become JavaScript objects on the thread that asks, in one call:
 * `toArray()` of the 245,611 CORRESPONDS_TO edges took 200-260 ms at 1,000 documents, a slice of 4,096 search texts
 * (a map of lists each) 140 ms, and the reads the server warms after a start (PolicyRepository.warm) chained such
 * calls into stalls of up to 3.7 s, during which no request was answered. So a large result is taken a row at a time
 * (`get(i)` costs what `toArray()` does, measured) in turns of the event loop (turns.ts).
 */
import type { CypherRow } from '../CypherStore';
import { toPlainRow } from '../plainValue';
import { ITEMS_PER_STEP, inTurns } from '../turns';
import type { Steps } from '../turns';

/** Results up to this many rows are taken in one call: some 35 ms for the largest rows the repository reads. */
export const ROWS_AT_ONCE = 1024;

/** What grafeo's QueryResult offers that this reads. */
export interface GrafeoRows {
  readonly length: number;
  get(index: number): Record<string, unknown>;
  toArray(): Record<string, unknown>[];
}

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

const plainRow = (row: Record<string, unknown>) => (isPlain(row) ? (row as CypherRow) : toPlainRow(row));

function* rowSteps(result: GrafeoRows): Steps<CypherRow[]> {
  const rows = new Array<CypherRow>(result.length);
  for (let at = 0; at < rows.length; at++) {
    rows[at] = plainRow(result.get(at));
    if (at % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
  }
  return rows;
}

/** The result's rows, plain, in order; past ROWS_AT_ONCE rows, in turns of the event loop. */
export async function toPlainRows(result: GrafeoRows): Promise<CypherRow[]> {
  if (result.length <= ROWS_AT_ONCE) return result.toArray().map(plainRow);
  return inTurns(rowSteps(result));
}
