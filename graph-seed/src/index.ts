/**
 * graph-seed's public surface: raw policy text → typed PolicyDocument → PolicyGraph, and the alignment that links
 * local clauses to what they carry down. No I/O in parsers; no knowledge of stores or GraphQL.
 * Helpers append their public exports below (one line each).
 */
export type * from './model/document';
export type * from './model/graph';
export { toSimplified, detectScript } from './text/script';
