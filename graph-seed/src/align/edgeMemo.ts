/**
 * Edges computed for one clause in one context (its measure's exemplars, superior clauses and hub), kept with the
 * family's core across imports: an import that adds a document to a measure of a thousand members computes the new
 * member's edges, not the thousand others' (their context did not change). The context names clauses by object
 * (clauseToken), so a re-imported text with the same ids is never mistaken for the old one.
 */
import type { GraphEdge } from '../model/graph';

export type EdgeMemo = WeakMap<object, Map<string, GraphEdge[]>>;

const MAX_CONTEXTS = 8;

const tokens = new WeakMap<object, number>();
let next = 0;

/** A number naming one clause object (one parse of one text) for the life of the process. */
export function clauseToken(clause: object): number {
  let token = tokens.get(clause);
  if (token === undefined) tokens.set(clause, (token = ++next));
  return token;
}

/** The edges of `clause` in `context`, computed once. */
export function memoizedEdges(
  memo: EdgeMemo,
  clause: object,
  context: string,
  compute: () => GraphEdge[],
): GraphEdge[] {
  let byContext = memo.get(clause);
  if (!byContext) memo.set(clause, (byContext = new Map()));
  let edges = byContext.get(context);
  if (!edges) {
    // A clause has a few live contexts (its IMPLEMENTS and its peers, in one or two measures); older ones are
    // dropped now and then rather than tracked.
    if (byContext.size >= MAX_CONTEXTS) byContext.clear();
    byContext.set(context, (edges = compute()));
  }
  return edges;
}
