/**
 * A rehearsal of an import in the worker once it has built its state: its last document replaced by a copy of
 * itself (new objects, the same content), aligned as an import is, then put back; the results are dropped.
 *
 * Why: the first import after a start costs more than the next ones, spread over every step of the alignment: the
 * build took other paths than an import's (V8 compiles the import's paths, and deoptimizes code the build's data
 * shaped, during the first import). At 1,000 documents, in bench/_workerChild.ts: without a rehearsal the first import
 * took 2.1-2.4 s against 1.2-1.4 s for the next ones; after one, 1.6-1.7 s. At 100 documents it changed nothing
 * measurable (0.89 against 0.82 s): there the first import's extra is sentence matching's kept results, made for the
 * new document itself. Replacing a document by itself changes nothing, so both deltas are empty: the rehearsal
 * returns their size, which the tests hold at zero. The original is put back so that what the alignment keeps per
 * clause from one import to the next (the offers of the measures the document joins: offersUpdate.ts) names the
 * build's own objects again, and the first import updates it as any other.
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
