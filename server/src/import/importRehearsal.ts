/**
 * A rehearsal of an import in the worker once it has built its state: its last document replaced by a copy of
 * itself (new objects, the same content), aligned as an import is, then put back; the results are dropped.
 *
 * Why: the first import after a start cost about 0.7 s of CPU more than the next ones at 1,000 documents (2.8 s
 * against 1.6-2.0 in bench/_workerChild.ts), spread over every step of the alignment: the build's own run took
 * other paths than an import's, so V8 compiled the import's paths during the first import. After a rehearsal the
 * first import cost about as the others did (2.1-2.5 s, on a loaded machine). Replacing a document by itself changes
 * nothing, so both deltas are empty: the rehearsal returns their size, which the tests hold at zero. The original is
 * put back so that what the alignment keeps per clause from one import to the next (the offers of the measures the
 * document joins: offersUpdate.ts) names the build's own objects again, and the first import updates it as any other.
 */
import { addDocument } from '@policy-cascade/graph-seed';
import type { CorpusBuild, GraphDelta } from '@policy-cascade/graph-seed';

const sizeOf = (delta: GraphDelta) =>
  delta.nodes.length + delta.removedNodes.length + delta.edges.length + delta.removedEdges.length;

/**
 * Rehearses an import on `build` (which it never changes); returns how many nodes and edges its deltas hold, or
 * null when it failed: it runs on a timer in the worker, where a throw would stop the worker, and a real import
 * reports its own errors.
 */
export function rehearseImport(build: CorpusBuild): number | null {
  const last = build.documents.at(-1);
  if (!last) return 0;
  try {
    const copied = addDocument(build, structuredClone(last));
    const restored = addDocument(copied.build, last);
    return sizeOf(copied.delta) + sizeOf(restored.delta);
  } catch {
    return null;
  }
}
