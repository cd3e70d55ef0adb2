/**
 * Which documents the alignment measures everything against:
 *
 * - the **reference documents** give the vocabulary weights (IDF) of every comparison;
 * - each family's **core** is aligned all pairs against all pairs (the exact alignment of issue 5); every other
 *   document of the family is aligned against the core only (periphery.ts), which keeps a province of a thousand
 *   documents linear.
 *
 * A first build takes the first documents in reference order: complete texts before partial web copies (a partial
 * text holds the notice and the first clauses only, a poor yardstick), then by a hash of the policy id, which spreads
 * the choice evenly and never depends on the order texts were loaded in. A corpus or family no larger than these
 * sizes is aligned exactly as before.
 *
 * Later alignments keep that choice (keptFirst, with the ids the last alignment kept: inferredIds.ts) and only top it
 * up when a chosen document is gone or there are too few. Chosen afresh on every import, a new document would enter
 * the reference with probability 16 / n and realign the whole corpus: at 1,000 documents one import in 60 took 84 s
 * instead of 1.5 s, past the worker's 60 s budget; and entering a family's core realigns the family. A rebuild is
 * given the kept choice as it is given the kept ids, so it still gives the graph the imports gave.
 */
import type { PolicyDocument } from '../model/document';

/** Documents whose clauses give the vocabulary weights (IDF). */
export const REFERENCE_DOCUMENTS = 16;
/** Implementers of a family aligned all pairs against all pairs; the rest are aligned against them. */
export const CORE_DOCUMENTS = 12;
/** Fewer clauses than this: a partial text (a web copy with the first clauses only). */
export const PARTIAL_BELOW = 15;

/** FNV-1a, 32 bits: a stable, well-spread number for a string, the same on every machine and run. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Whether a text is partial (a web copy with the first clauses only): last in reference order. */
const isPartialText = (doc: PolicyDocument) => doc.clauses.length < PARTIAL_BELOW;

/** Sort key of a document in reference order (see the file comment). */
export function referenceKey(doc: PolicyDocument): string {
  const partial = isPartialText(doc) ? 1 : 0;
  return `${partial}|${stableHash(doc.policy.id).toString(16).padStart(8, '0')}|${doc.policy.id}`;
}

/** The documents in reference order. */
export function referenceOrder(docs: readonly PolicyDocument[]): PolicyDocument[] {
  const keys = new Map(docs.map((d) => [d, referenceKey(d)]));
  return [...docs].sort((a, b) => compareKeys(keys.get(a)!, keys.get(b)!));
}

/** The first `size` documents in reference order, returned in policy-id order. */
export function firstInReferenceOrder(docs: readonly PolicyDocument[], size: number): PolicyDocument[] {
  return byPolicyId(referenceOrder(docs).slice(0, size));
}

/**
 * The first `size` documents, in policy-id order: the complete texts `kept` names that are still among `docs` first
 * (an earlier alignment's choice: inferredIds.ts), topped up in reference order. Without `kept`,
 * firstInReferenceOrder.
 */
export function keptFirst(
  docs: readonly PolicyDocument[],
  size: number,
  kept: readonly string[] | undefined,
): PolicyDocument[] {
  if (!kept || kept.length === 0) return firstInReferenceOrder(docs, size);
  const wanted = new Set(kept);
  // A partial text kept while there were too few complete ones gives way to complete ones as they come.
  const chosen = referenceOrder(docs.filter((d) => wanted.has(d.policy.id) && !isPartialText(d))).slice(0, size);
  if (chosen.length < size) {
    const taken = new Set(chosen);
    chosen.push(...referenceOrder(docs.filter((d) => !taken.has(d))).slice(0, size - chosen.length));
  }
  return byPolicyId(chosen);
}

/** Documents in policy-id order: the canonical order of every list the alignment walks. */
export function byPolicyId(docs: readonly PolicyDocument[]): PolicyDocument[] {
  return [...docs].sort((a, b) => compareKeys(a.policy.id, b.policy.id));
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
