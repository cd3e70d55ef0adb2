/**
 * The storage port (DESIGN.md §6): run Cypher, get plain rows back. Adapters (grafeo, neo4j) implement it and know
 * nothing of policies or GraphQL; the repository writes Cypher that runs unchanged on both.
 */

/** A value in a result row: scalars, lists and maps only — queries never return nodes or paths. */
export type CypherValue = null | boolean | number | string | CypherValue[] | { [key: string]: CypherValue };
export type CypherRow = Record<string, CypherValue>;
export type CypherParams = Record<string, unknown>;

/** What a unit of work inside a transaction can do. */
export interface CypherRunner {
  run(cypher: string, params?: CypherParams): Promise<CypherRow[]>;
}

export interface CypherStore extends CypherRunner {
  /** Short adapter name for messages and logs: 'grafeo' or 'neo4j'. */
  readonly name: string;
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws (the error is rethrown
   * as a StoreError). Nothing of a failed unit of work is visible afterwards.
   */
  transaction<T>(work: (tx: CypherRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /**
   * Changes after every write through this store (a write statement or a transaction) is committed, so whatever was
   * computed from the graph while it read one value is still true while it reads the same. The repository caches
   * whole-graph indexes by it (repository/versionCache.ts). A store without it is never cached; writes by other
   * clients of a shared Neo4j database are not seen (the server is meant to be the graph's only writer).
   */
  readonly version?: number;
}

/** Whether a Cypher text may write (and so must move the store's version): conservative, a keyword is enough. */
export function mayWrite(cypher: string): boolean {
  return /\b(CREATE|MERGE|SET|DELETE|REMOVE|DROP|LOAD|CALL)\b/i.test(cypher);
}

export type StoreErrorCode = 'NOT_FOUND' | 'CONSTRAINT' | 'UNAVAILABLE' | 'QUERY' | 'INTERNAL';

/** The one error type adapters throw; driver errors are converted in the adapter, never leaked. */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}
