/**
 * Typed reads of Cypher row values. A store that returns an unexpected shape gets an error naming the statement
 * and field, instead of `undefined` flowing into a domain object.
 */
import type { CypherRow, CypherValue } from '../store/CypherStore';
import { RepositoryError } from './errors';

type Source = CypherRow | { [key: string]: CypherValue };

function bad(where: string, field: string, expected: string, value: CypherValue | undefined): RepositoryError {
  return new RepositoryError(
    'BAD_ROW',
    `${where}: field '${field}' expected ${expected}, got ${JSON.stringify(value)}`,
  );
}

/** A reader bound to one statement name, for error messages. */
export function reader(where: string) {
  return {
    str(row: Source, field: string): string {
      const value = row[field];
      if (typeof value !== 'string') throw bad(where, field, 'a string', value);
      return value;
    },
    optStr(row: Source, field: string): string | null {
      const value = row[field];
      if (value === null || value === undefined) return null;
      if (typeof value !== 'string') throw bad(where, field, 'a string or null', value);
      return value;
    },
    num(row: Source, field: string): number {
      const value = row[field];
      if (typeof value !== 'number') throw bad(where, field, 'a number', value);
      return value;
    },
    optNum(row: Source, field: string): number | null {
      const value = row[field];
      if (value === null || value === undefined) return null;
      if (typeof value !== 'number') throw bad(where, field, 'a number or null', value);
      return value;
    },
    /** Absent booleans are false: the builder leaves out flags that do not apply (stub, inferred, merged). */
    flag(row: Source, field: string): boolean {
      const value = row[field];
      if (value === null || value === undefined) return false;
      if (typeof value !== 'boolean') throw bad(where, field, 'a boolean', value);
      return value;
    },
    strList(row: Source, field: string): string[] {
      const value = row[field];
      if (value === null || value === undefined) return [];
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
        throw bad(where, field, 'strings', value);
      return value as string[];
    },
    numList(row: Source, field: string): number[] {
      const value = row[field];
      if (value === null || value === undefined) return [];
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'number'))
        throw bad(where, field, 'numbers', value);
      return value as number[];
    },
    map(row: Source, field: string): { [key: string]: CypherValue } {
      const value = row[field];
      if (value === null || typeof value !== 'object' || Array.isArray(value)) throw bad(where, field, 'a map', value);
      return value;
    },
    list(row: Source, field: string): CypherValue[] {
      const value = row[field];
      if (value === null || value === undefined) return [];
      if (!Array.isArray(value)) throw bad(where, field, 'a list', value);
      return value;
    },
  };
}

export type Reader = ReturnType<typeof reader>;

/** Orders batch results like the requested ids (DataLoader's contract), null where nothing was found. */
export function inIdOrder<T extends { id: string }>(ids: readonly string[], items: T[]): (T | null)[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Adds `item` to the list of `key` in `lists`, which it starts when the key has none. */
export function appendTo<K, T>(lists: Map<K, T[]>, key: K, item: T): void {
  const known = lists.get(key);
  if (known) known.push(item);
  else lists.set(key, [item]);
}

/** Groups items under the requested keys, keeping each group's order; every key gets a (possibly empty) list. */
export function groupedBy<T>(keys: readonly string[], items: T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const item of items) groups.get(keyOf(item))?.push(item);
  return keys.map((key) => groups.get(key) ?? []);
}
