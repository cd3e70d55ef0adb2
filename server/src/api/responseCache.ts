/**
 * Caches the results of read operations. The graph changes only through importPolicy in this process, so a query's
 * result stays right until the next import: entries carry the importer's version and are dropped when it moves.
 * Keyed by the parsed document (yoga's parser cache hands the same object back for the same text), the operation
 * and the variables; results with errors are not kept. With Neo4j, other writers to the same database are not seen
 * until restart — the server is meant to be its only writer.
 *
 * Bounded in bytes as well as entries (issue 17: 1,100 searches of 3.9 MB each took the server to 4.2 GB): an
 * entry's size is the UTF-16 size of its key and of its result's JSON, an entry over MAX_ENTRY_BYTES is not kept,
 * and the least recently used go first once the entries pass MAX_BYTES or MAX_ENTRIES.
 */
import type { DocumentNode, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { Logger } from './logger';

export interface CacheLimits {
  maxEntries: number;
  /** Sum of the entries' sizes. */
  maxBytes: number;
  /** Larger results (or keys: a query with megabytes of variables) are answered, not kept. */
  maxEntryBytes: number;
}

export const RESPONSE_CACHE_LIMITS: CacheLimits = {
  maxEntries: 1000,
  maxBytes: 64 * 1024 * 1024,
  maxEntryBytes: 1024 * 1024,
};

export interface ResponseCacheOptions {
  /** The data version; a change invalidates every entry (the importer's version). */
  version: () => number;
  limits?: CacheLimits | undefined;
  /** Told at debug level what was kept, skipped and how full the cache is. */
  logger?: Logger;
}

function isQuery(document: DocumentNode, operationName: string | null | undefined): boolean {
  const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  return operation?.operation === 'query';
}

/** Bytes a string holds in V8 at most (two per UTF-16 code unit). */
export function utf16Bytes(text: string): number {
  return text.length * 2;
}

export function responseCachePlugin({ version, limits = RESPONSE_CACHE_LIMITS, logger }: ResponseCacheOptions): Plugin {
  const cache = new LRUCache<string, ExecutionResult>({ max: limits.maxEntries, maxSize: limits.maxBytes });
  // Documents by number, so that a key names its document without holding (or repeating) its text.
  const documentIds = new WeakMap<DocumentNode, number>();
  let nextDocumentId = 0;
  const documentId = (document: DocumentNode) => {
    let id = documentIds.get(document);
    if (id === undefined) documentIds.set(document, (id = nextDocumentId += 1));
    return id;
  };
  let cachedVersion = version();
  const invalidateIfStale = () => {
    if (version() === cachedVersion) return;
    cachedVersion = version();
    cache.clear();
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      // An answer that depends on the request's credentials (reviewAccess) is neither served from nor kept here.
      const personal = () => (args.contextValue as { uncacheable?: boolean }).uncacheable === true;
      if (!isQuery(args.document, args.operationName)) return;
      invalidateIfStale();
      const key = `${documentId(args.document)}|${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}`;
      const hit = cache.get(key);
      if (hit) {
        setResultAndStopExecution(hit);
        return;
      }
      const startedAt = version();
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result || result.errors?.length || version() !== startedAt || personal()) return;
          // The key first: a key over the limit is not worth serializing the result for.
          let size = utf16Bytes(key);
          if (size <= limits.maxEntryBytes) size += utf16Bytes(JSON.stringify(result));
          if (size > limits.maxEntryBytes) {
            logger?.debug('response cache skipped', { bytes: size, maxEntryBytes: limits.maxEntryBytes });
            return;
          }
          cache.set(key, result, { size });
          logger?.debug('response cache', { entries: cache.size, bytes: cache.calculatedSize });
        },
      };
    },
  };
}
