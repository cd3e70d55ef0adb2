/**
 * yoga's parse caches, bounded in bytes. By default yoga keeps the last 1,024 query texts with their parsed
 * documents (and parse errors) whatever their size, and a query may be 4 MB (a text literal in it): a thousand such
 * queries would hold gigabytes. Here a document counts four times its text (the AST repeats every literal and adds
 * a node per token), texts over 64 KB are parsed every time, and the caches hold 16 MB each.
 */
import type { DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { utf16Bytes } from './responseCache';

const MAX_ENTRIES = 1024;
const MAX_BYTES = 16 * 1024 * 1024;
/** UTF-16 bytes of the longest query text kept (32 k characters). */
const MAX_TEXT_BYTES = 64 * 1024;

/** Options for yoga's `parserAndValidationCache`. */
export function boundedParserCaches() {
  const cache = <T extends object>() =>
    new LRUCache<string, T>({
      max: MAX_ENTRIES,
      maxSize: MAX_BYTES,
      maxEntrySize: 4 * MAX_TEXT_BYTES,
      sizeCalculation: (_value, text) => 4 * utf16Bytes(text),
    });
  return { documentCache: cache<DocumentNode>(), errorCache: cache<Error>(), validationCache: true };
}
