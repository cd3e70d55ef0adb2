/**
 * The changes that turn one graph into another (GraphDelta) and how they are collected: each layer of the graph
 * reports its versions of nodes and edges before and after (DeltaBuilder), and a family's edges, made in chunks, are
 * compared chunk by chunk (diffChunks). Used by corpusDelta.ts.
 */
import type { EdgeType, GraphEdge, GraphNode, Properties } from '../model/graph';

/** The changes that turn one corpus graph into another; nodes and edges carry all their properties. */
export interface GraphDelta {
  /** New nodes and nodes whose properties changed. */
  nodes: GraphNode[];
  /** Ids of nodes that are gone (their edges go with them). */
  removedNodes: string[];
  /** New edges and edges whose properties changed. */
  edges: GraphEdge[];
  /** Edges that are gone although both their ends stay. */
  removedEdges: Array<{ type: EdgeType; from: string; to: string }>;
}

export const edgeKey = (e: { type: string; from: string; to: string }) => `${e.type}:${e.from}->${e.to}`;

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

function sameProperties(a: Properties, b: Properties): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameValue(a[k], b[k]));
}

/**
 * Collects the delta: node and edge versions before and after, by id or key; unchanged ones drop out. Each layer of
 * the graph (documents' parts, the alignment) reports its versions, null where it has none: an id is in at most one
 * layer at a time, but may move between them (an inferred clause becomes the real clause of a filled stub), so a
 * version wins over a null.
 */
export class DeltaBuilder {
  private readonly nodesBefore = new Map<string, GraphNode | null>();
  private readonly nodesAfter = new Map<string, GraphNode | null>();
  private readonly edgesBefore = new Map<string, GraphEdge | null>();
  private readonly edgesAfter = new Map<string, GraphEdge | null>();

  private static put<T>(map: Map<string, T | null>, key: string, value: T | null | undefined): void {
    if (value === undefined) return;
    if (value !== null || !map.has(key)) map.set(key, value);
  }

  node(id: string, before: GraphNode | null | undefined, after: GraphNode | null | undefined): void {
    DeltaBuilder.put(this.nodesBefore, id, before);
    DeltaBuilder.put(this.nodesAfter, id, after);
  }

  edge(key: string, before: GraphEdge | null | undefined, after: GraphEdge | null | undefined): void {
    DeltaBuilder.put(this.edgesBefore, key, before);
    DeltaBuilder.put(this.edgesAfter, key, after);
  }

  /** Edges of an old and a new list (the last of a key wins, as the loader merges them). */
  edgeLists(before: readonly GraphEdge[], after: readonly GraphEdge[]): void {
    const was = new Map(before.map((e) => [edgeKey(e), e]));
    const is = new Map(after.map((e) => [edgeKey(e), e]));
    for (const [key, e] of was) this.edge(key, e, is.get(key) ?? null);
    for (const [key, e] of is) if (!was.has(key)) this.edge(key, null, e);
  }

  toDelta(): GraphDelta {
    const delta: GraphDelta = { nodes: [], removedNodes: [], edges: [], removedEdges: [] };
    for (const [id, after] of this.nodesAfter) {
      const before = this.nodesBefore.get(id) ?? null;
      if (after === null) {
        if (before !== null) delta.removedNodes.push(id);
      } else if (
        before === null ||
        before.label !== after.label ||
        !sameProperties(before.properties, after.properties)
      )
        delta.nodes.push(after);
    }
    const gone = new Set(delta.removedNodes);
    for (const [key, after] of this.edgesAfter) {
      const before = this.edgesBefore.get(key) ?? null;
      if (after === null) {
        if (before !== null && !gone.has(before.from) && !gone.has(before.to))
          delta.removedEdges.push({ type: before.type, from: before.from, to: before.to });
      } else if (before === null || !sameProperties(before.properties, after.properties)) delta.edges.push(after);
    }
    return delta;
  }
}

type Chunked = { chunks: GraphEdge[][] } | undefined;

type EdgeEnds = Pick<GraphEdge, 'type' | 'from' | 'to'>;

/**
 * Numbers by edge (type, start and end), kept under the edge's own strings: a key string made for each of a
 * family's hundreds of thousands of edges held 12 MB of the import worker's 359 MB at 300 synthetic documents
 * (its state at 1,000 fell by about 20 MB without them).
 */
class EdgeNumbers {
  private readonly byType = new Map<EdgeType, Map<string, Map<string, number>>>();

  get(e: EdgeEnds): number | undefined {
    return this.byType.get(e.type)?.get(e.from)?.get(e.to);
  }

  set(e: EdgeEnds, value: number): void {
    let byFrom = this.byType.get(e.type);
    if (!byFrom) this.byType.set(e.type, (byFrom = new Map()));
    const byTo = byFrom.get(e.from);
    if (byTo) byTo.set(e.to, value);
    else byFrom.set(e.from, new Map([[e.to, value]]));
  }

  /** Every number of `this` set into `target`. */
  copyInto(target: EdgeNumbers): void {
    for (const [type, byFrom] of this.byType)
      for (const [from, byTo] of byFrom) for (const [to, value] of byTo) target.set({ type, from, to }, value);
  }
}

/**
 * How many chunks of a family's alignment hold each edge: the first alignment's counted once, each later one as
 * the changes over the one it was diffed from (flattened now and then, so a lookup never walks far).
 */
class KeyCounts {
  private constructor(
    private readonly own: EdgeNumbers,
    private readonly base: KeyCounts | undefined,
    private readonly depth: number,
  ) {}

  static of(chunks: GraphEdge[][]): KeyCounts {
    const own = new EdgeNumbers();
    for (const chunk of chunks) for (const e of chunk) own.set(e, (own.get(e) ?? 0) + 1);
    return new KeyCounts(own, undefined, 0);
  }

  /** This and the counts it was made from, oldest first. */
  private layers(): KeyCounts[] {
    return this.base ? [...this.base.layers(), this] : [this];
  }

  get(e: EdgeEnds): number {
    return this.own.get(e) ?? this.base?.get(e) ?? 0;
  }

  /** The counts once `changes` (an edge of each key changed, and the difference) are applied. */
  with(changes: ReadonlyArray<readonly [EdgeEnds, number]>): KeyCounts {
    const own = new EdgeNumbers();
    for (const [e, change] of changes) own.set(e, this.get(e) + change);
    if (this.depth < 16) return new KeyCounts(own, this, this.depth + 1);
    const flat = new EdgeNumbers();
    for (const layer of this.layers()) layer.own.copyInto(flat);
    own.copyInto(flat);
    return new KeyCounts(flat, undefined, 0);
  }
}

const keyCounts = new WeakMap<object, KeyCounts>();

function countsOf(aligned: NonNullable<Chunked>): KeyCounts {
  let counts = keyCounts.get(aligned);
  if (!counts) keyCounts.set(aligned, (counts = KeyCounts.of(aligned.chunks)));
  return counts;
}

/**
 * The edge changes of a family aligned again: only the chunks that are not the very arrays of the previous
 * alignment are looked at (an import keeps every member's chunk whose context held), and an edge is there while
 * some chunk holds it.
 */
export function diffChunks(builder: DeltaBuilder, was: Chunked, is: Chunked): void {
  if (!was || !is) {
    builder.edgeLists(was ? was.chunks.flat() : [], is ? is.chunks.flat() : []);
    return;
  }
  const [oldChunks, newChunks] = [new Set(was.chunks), new Set(is.chunks)];
  const removed = was.chunks.filter((c) => !newChunks.has(c));
  const added = is.chunks.filter((c) => !oldChunks.has(c));
  const before = countsOf(was);
  const changes = new Map<string, number>();
  const gone = new Map<string, GraphEdge>();
  const come = new Map<string, GraphEdge>();
  for (const chunk of removed)
    for (const e of chunk) {
      changes.set(edgeKey(e), (changes.get(edgeKey(e)) ?? 0) - 1);
      gone.set(edgeKey(e), e);
    }
  for (const chunk of added)
    for (const e of chunk) {
      changes.set(edgeKey(e), (changes.get(edgeKey(e)) ?? 0) + 1);
      come.set(edgeKey(e), e);
    }
  const changed = [...changes].map(([key, change]) => [(gone.get(key) ?? come.get(key))!, change] as const);
  const after = before.with(changed);
  keyCounts.set(is, after);
  for (const [key] of changes) {
    const ends = (gone.get(key) ?? come.get(key))!;
    const old = before.get(ends) > 0 ? ends : null;
    const now = after.get(ends) > 0 ? (come.get(key) ?? old) : null;
    builder.edge(key, old, now);
  }
}

/** Counts a family alignment's chunks now (diffChunks would at its first diff). */
export function primeChunks(aligned: { chunks: GraphEdge[][] }): void {
  countsOf(aligned);
}
