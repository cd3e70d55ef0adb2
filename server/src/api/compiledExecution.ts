/**
 * Repeated queries run compiled by graphql-jit (issue 11): graphql-jit turns a query into one JavaScript function
 * for the schema, so the 200 nodes and 250 edges of a cascade are built without graphql-js's work per field (a path,
 * a resolve info, argument values and a promise check for each of ~3,000 fields) and with half its garbage. A
 * warm cascade of 200 nodes at 1,000 documents took 13 ms of CPU, 5 ms compiled (server/CONTEXT.md has the figures).
 *
 * What runs compiled, and how much is kept:
 * - Queries only, and only from their second run: a query seen once (typed in GraphiQL, or sent by a client that
 *   varies its text) runs through graphql-js as before and costs no compilation (1–7 ms for a cascade). Mutations
 *   always run through graphql-js: they are rare, and compiled mutations are where graphql-jit has had its bugs.
 * - Never introspection (`__schema`, `__type`): GraphiQL asks it once per page, the response cache keeps the answer,
 *   and compiling it takes 40 ms and 260 KB.
 * - Compiled queries are kept in an LRU bounded in entries and in bytes; a compiled query is about 150 bytes per
 *   character of query text (34 KB for a 232-character cascade, 260 KB for introspection's 1,927), which is how an
 *   entry is weighed. A text too large for one entry runs through graphql-js every time.
 * - A query graphql-jit cannot compile runs through graphql-js, and is not tried again while its document lives.
 *
 * graphql-jit reads a field that has no resolver as a plain property, outside any try: a getter that throws there
 * (headOnlyClause's long fields) would end the request's promise chain unhandled and stop the process. Fields whose
 * parent may throw therefore have resolvers (clause.ts `text`, `textSimplified`), which graphql-jit calls inside a try
 * like graphql-js does; parents are plain data otherwise (no functions or promises as properties: graphql-jit reads
 * them as values, graphql-js would call or await them).
 */
import { getOperationAST } from 'graphql';
import type { DocumentNode, ExecutionArgs, ExecutionResult, Source } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import type { CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { asGraphQLJsResult } from './compiledErrors';
import type { Logger } from './logger';

export interface CompileLimits {
  /** The run of a document that compiles it (1: its first; Infinity: none, graphql-js runs every query). */
  compileAtRun: number;
  maxEntries: number;
  /** Sum of the compiled queries' estimated sizes. */
  maxBytes: number;
}

export const COMPILE_LIMITS: CompileLimits = { compileAtRun: 2, maxEntries: 256, maxBytes: 32 * 1024 * 1024 };

/** Bytes a compiled query holds per character of its text (measured: 135–150). */
const BYTES_PER_CHARACTER = 160;
/** Each entry at most 1/16 of the cache: a text over ~13,000 characters (at 32 MB) is never compiled. */
const ENTRY_SHARE = 16;

/** What a compiled query of `source` is reckoned to hold (lru-cache wants a positive integer). */
const weight = (source: Source) => BYTES_PER_CHARACTER * source.body.length + 1;

/** The compiled operation of a document, or null when graphql-jit refused it (graphql-js runs it). */
interface Compiled {
  operationName: string | null;
  source: Source;
  query: CompiledQuery['query'] | null;
}

/** The source of a query that asks no introspection (any `__schema` or `__type` in its text counts). */
function compilable(document: DocumentNode, operationName: string | null | undefined) {
  // The operation `operationName` names, or the document's only one.
  const operation = getOperationAST(document, operationName);
  const source = document.loc?.source;
  if (operation?.operation !== 'query' || !source || /__schema\b|__type\b/.test(source.body)) return undefined;
  return source;
}

export interface CompiledExecution {
  plugin: Plugin;
  /** How many compiled queries are kept (tests). */
  readonly size: number;
}

export function compiledExecution(given: Partial<CompileLimits> = {}, logger?: Logger): CompiledExecution {
  const limits = { ...COMPILE_LIMITS, ...given };
  const maxEntryBytes = limits.maxBytes / ENTRY_SHARE;
  const compiled = new LRUCache<DocumentNode, Compiled>({
    max: limits.maxEntries,
    maxSize: limits.maxBytes,
    sizeCalculation: (entry) => weight(entry.source),
  });
  // Runs so far of documents not yet compiled; weak, so a document the parser cache drops is forgotten.
  const runs = new WeakMap<DocumentNode, number>();

  const compiledFor = (args: ExecutionArgs): Compiled | undefined => {
    const { document, operationName } = args;
    const known = compiled.get(document);
    if (known) return known.operationName === (operationName ?? null) ? known : undefined;
    const source = compilable(document, operationName);
    // Too large to keep: compiling it at every run would cost more than graphql-js.
    if (!source || weight(source) > maxEntryBytes) return undefined;
    const run = (runs.get(document) ?? 0) + 1;
    if (run < limits.compileAtRun) {
      runs.set(document, run);
      return undefined;
    }
    runs.delete(document);
    const result = compileQuery(args.schema, document, operationName ?? undefined);
    const entry: Compiled = { operationName: operationName ?? null, source, query: null };
    if (isCompiledQuery(result)) entry.query = result.query;
    else logger?.warn('graphql-jit could not compile a query; graphql-js runs it', { errors: result.errors });
    compiled.set(document, entry);
    return entry;
  };

  const plugin: Plugin = {
    onExecute({ args, executeFn, setExecuteFn }) {
      const entry = compiledFor(args);
      const query = entry?.query;
      if (!entry || !query) return;
      setExecuteFn((execution: ExecutionArgs) => {
        const result = query(execution.rootValue, execution.contextValue, execution.variableValues);
        // A result without data is graphql-jit refusing the variables: graphql-js refuses them again, in its own
        // words (graphql-jit's lack locations, and yoga answers them with another status).
        const settle = (settled: ExecutionResult) =>
          'data' in settled ? asGraphQLJsResult(settled, entry.source) : executeFn(execution);
        return result instanceof Promise ? result.then(settle) : settle(result);
      });
    },
  };
  return {
    plugin,
    get size() {
      return compiled.size;
    },
  };
}
