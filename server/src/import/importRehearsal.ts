/**
 * A rehearsal of an import in the worker once it has built its state: its last document replaced by a copy of
 * itself (new objects, the same content), aligned as an import is, and the result dropped.
 *
 * Why: the first import after a start cost about 0.7 s of CPU more than the next ones at 1,000 documents (2.8 s
 * against 1.6-2.0 in bench/_workerChild.ts), spread over every step of the alignment: the build's own run took
 * other paths than an import's, so V8 compiled the import's paths during the first import. After a rehearsal the
 * first import cost as the others did. Replacing a document by itself changes nothing, so its delta is empty: the
 * rehearsal returns the delta's size, which the tests hold at zero.
 */
import { addDocument } from '@policy-cascade/graph-seed';
import type { CorpusBuild } from '@policy-cascade/graph-seed';

/**
 * Rehearses an import on `build` (which it never changes); returns how many nodes and edges its delta holds, or
 * null when it failed: it runs on a timer in the worker, where a throw would stop the worker, and a real import
 * reports its own errors.
 */
export function rehearseImport(build: CorpusBuild): number | null {
  const last = build.documents.at(-1);
  if (!last) return 0;
  try {
    const { delta } = addDocument(build, structuredClone(last));
    return delta.nodes.length + delta.removedNodes.length + delta.edges.length + delta.removedEdges.length;
  } catch {
    return null;
  }
}
