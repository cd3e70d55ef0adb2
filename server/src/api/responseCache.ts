/**
 * Caches the results of read operations. The graph changes only through importPolicy in this process, so a query's
 * result stays right until the next import: entries carry the importer's version and are dropped when it moves.
 * Keyed by the parsed document (yoga's parser cache hands the same object back for the same text) and the variables;
 * results with errors are not kept. Bounded, least recently used first out. With Neo4j, other writers to the same
 * database are not seen until restart — the server is meant to be its only writer.
 */
import type { DocumentNode, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface ResponseCacheOptions {
  /** The data version; a change invalidates every entry (the importer's version). */
  version: () => number;
  maxEntries?: number;
}

function isQuery(document: DocumentNode, operationName: string | null | undefined): boolean {
  const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  return operation?.operation === 'query';
}

export function responseCachePlugin({ version, maxEntries = 1000 }: ResponseCacheOptions): Plugin {
  let byDocument = new WeakMap<DocumentNode, Map<string, ExecutionResult>>();
  let entries: { document: DocumentNode; key: string }[] = [];
  let cachedVersion = version();
  const invalidateIfStale = () => {
    if (version() === cachedVersion) return;
    cachedVersion = version();
    byDocument = new WeakMap();
    entries = [];
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (!isQuery(args.document, args.operationName)) return;
      invalidateIfStale();
      const key = `${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}`;
      const hit = byDocument.get(args.document)?.get(key);
      if (hit) {
        setResultAndStopExecution(hit);
        return;
      }
      const startedAt = version();
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result || result.errors?.length || version() !== startedAt) return;
          const forDocument = byDocument.get(args.document) ?? new Map<string, ExecutionResult>();
          byDocument.set(args.document, forDocument);
          forDocument.set(key, result);
          entries.push({ document: args.document, key });
          if (entries.length > maxEntries) {
            const oldest = entries.shift();
            if (oldest) byDocument.get(oldest.document)?.delete(oldest.key);
          }
        },
      };
    },
  };
}
