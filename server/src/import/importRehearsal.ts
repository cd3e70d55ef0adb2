/**
 * A rehearsal of an import in the worker once it has built its state: its last document replaced by a copy of
 * itself (new objects, the same content), aligned as an import is. The build it gives holds the same graph, and the
 * worker holds it from then on.
 *
 * Why: the first import after a start cost more than the next ones, spread over every step of the alignment: the
 * build took other paths than an import's, and V8 compiles the import's paths during the first import. The rehearsal
 * runs after the worker's collection of the start's garbage, not before it: a full collection drops much of the code
 * V8 optimized for an import (idleCollection.ts), so a rehearsal followed by a collection left the first import to
 * compile it again. At 300 documents (bench/_workerChild.ts, three runs each, the first of four imports against the
 * mean of the next three): 1.56-2.04 times without a rehearsal, 1.51-1.79 with one before the collection, 1.20-1.32
 * with one after it. At 1,000 documents the first of three imports still took 1.3-1.4 times the next two (two runs).
 *
 * The copy's build is kept rather than the original put back: what the alignment keeps from one import to the next
 * (the offers of the measures the document joins: offersUpdate.ts) then names the held build's own objects, as after
 * any import, and the rehearsal costs one alignment instead of two. Its garbage stays until the next collection: in
 * a burst of imports at 1,000 documents V8's own collection comes about one import sooner than when the start's
 * collection followed the rehearsal (each import leaves some 76-77 MB in the worker's old generation, 99-104 MB before
 * graph-seed's lists were made lean: its CONTEXT.md).
 */
import { addDocument } from '@policy-cascade/graph-seed';
import type { CorpusBuild, GraphDelta } from '@policy-cascade/graph-seed';

const isEmpty = (delta: GraphDelta) =>
  delta.nodes.length + delta.removedNodes.length + delta.edges.length + delta.removedEdges.length === 0;

/**
 * Rehearses an import on `build` (which it never changes); returns the build to hold from now on (the same graph),
 * or null when it has no document to rehearse with, or the rehearsal failed or changed the graph: it runs on a timer
 * in the worker, where a throw would stop the worker, and a real import reports its own errors. The worker then keeps
 * `build`.
 */
export function rehearseImport(build: CorpusBuild): CorpusBuild | null {
  const last = build.documents.at(-1);
  if (!last) return null;
  try {
    const copied = addDocument(build, structuredClone(last));
    return isEmpty(copied.delta) ? copied.build : null;
  } catch {
    return null;
  }
}
