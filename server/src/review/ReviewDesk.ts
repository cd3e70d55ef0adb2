/**
 * Reviews of alignment edges (issue 16) on the running server: the list kept in CASCADE_DATA_DIR (reviewsFile.ts),
 * and each decision written to the store in one transaction, serialized with imports (which lay the same reviews
 * over every graph they write). The file is written first and put back when the store refuses, so on disk there is
 * never less than the store holds. Knows nothing of GraphQL: the resolvers call it.
 */
import { canonicalEnds, reviewKey, reviewProperties, reviewedEdge, reviewsByKey } from '@policy-cascade/graph-seed';
import type {
  AlignmentReview,
  GraphEdge,
  ReviewDecision,
  ReviewedEdgeType,
  StaleReview,
} from '@policy-cascade/graph-seed';
import { writeGraphDelta } from '../load';
import { changeInTransaction } from '../repository';
import type { ChangeIds } from '../repository';
import type { CypherRunner, CypherStore } from '../store/CypherStore';
import { runStatement } from '../store/statement';
import { MAX_NOTE_LENGTH } from './reviewDocument';
import type { ReviewProblem } from './reviewDocument';
import { keepReviews } from './reviewsFile';
import {
  clausesPresent,
  edgePresent,
  implementsCount,
  keepEdge,
  removeEdge,
  setLocalAddition,
} from './reviewStatements';

export class ReviewError extends Error {
  constructor(
    readonly code: 'BAD_INPUT' | 'NOT_FOUND',
    message: string,
  ) {
    super(message);
    this.name = 'ReviewError';
  }
}

export interface ReviewInput {
  type: ReviewedEdgeType;
  from: string;
  to: string;
  decision: ReviewDecision;
  note: string | null;
}

export interface ReviewImport {
  ok: boolean;
  /** Reviews taken (those newer than the desk's review of the same edge). */
  imported: number;
  problems: ReviewProblem[];
}

export interface ReviewDeskOptions {
  dataDir?: string | undefined;
  /** Runs a write after every import ahead of it (the importer's queue), so the two never interleave. */
  serialize?: <T>(work: () => Promise<T>) => Promise<T>;
  /**
   * The machine's edges of review keys (the importer's build), for an edge the store does not hold: one the reviewer
   * had rejected comes back as the machine made it, as a rebuild gives it. Without it such an edge is the reviewer's.
   */
  machineEdges?: (keys: readonly string[]) => Promise<ReadonlyArray<GraphEdge | null>>;
  now?: () => Date;
}

const required = <T>(value: T | undefined): T => {
  if (value === undefined) throw new Error('unreachable: a statement for every reviewed edge type');
  return value;
};

/**
 * Keeps the edge of a CONFIRM or ADD: the store's edge with the review's properties, or — the store holding none (the
 * machine made none, or a reviewer had rejected it) — the edge graph-seed's overlay makes of the machine's edge, if
 * any: live and rebuilt, the edge is the same.
 */
async function keepReviewedEdge(tx: CypherRunner, review: AlignmentReview, machine: MachineEdges) {
  const { origin, reviewDecision: decision, reviewedAt: at } = reviewProperties(review);
  const params = { from: review.from, to: review.to, origin, decision, note: review.note, at };
  const [kept] = await runStatement(tx, required(keepEdge.get(review.type)), params);
  if (Number(kept?.written ?? 0) > 0) return;
  const edge = reviewedEdge(review, machine.get(reviewKey(review)));
  await writeGraphDelta(tx, { nodes: [], removedNodes: [], edges: [edge], removedEdges: [] });
}

/** The machine's edges by review key, of the kept edges the store lacks. */
type MachineEdges = ReadonlyMap<string, GraphEdge>;

/** What reviews change: their edges and the lower clauses' localAddition (repository/graphChanges.ts). */
function reviewedIds(reviews: readonly AlignmentReview[]): ChangeIds {
  return {
    nodes: reviews.map((review) => review.from),
    edgeStarts: reviews.map((review) => review.from),
    edgeEnds: reviews.map((review) => review.to),
    edgeTypes: reviews.map((review) => review.type),
  };
}

/** Writes one review to the store: the edge removed or kept, and the lower clause's localAddition after it. */
async function writeReview(tx: CypherRunner, review: AlignmentReview, machine: MachineEdges): Promise<void> {
  const before =
    review.type === 'IMPLEMENTS' ? (await runStatement(tx, implementsCount, { id: review.from }))[0] : undefined;
  if (review.decision === 'REJECT')
    await runStatement(tx, required(removeEdge.get(review.type)), { from: review.from, to: review.to });
  else await keepReviewedEdge(tx, review, machine);
  if (!before || typeof before.localAddition !== 'boolean') return;
  const [after] = await runStatement(tx, implementsCount, { id: review.from });
  const linked = Number(after?.links ?? 0) > 0;
  const localAddition = linked ? false : Number(before.links) > 0 ? true : before.localAddition;
  if (localAddition !== before.localAddition)
    await runStatement(tx, setLocalAddition, { id: review.from, localAddition });
}

export class ReviewDesk {
  private reviews: Map<string, AlignmentReview>;
  private changes = 0;

  constructor(
    private readonly store: CypherStore,
    reviews: readonly AlignmentReview[],
    private readonly options: ReviewDeskOptions = {},
  ) {
    this.reviews = reviewsByKey(reviews);
  }

  /** Changes with every review written: read results cached before are stale. */
  get version(): number {
    return this.changes;
  }

  /** Every review, latest per edge, in the order of their edge ids. */
  list(): AlignmentReview[] {
    return [...this.reviews.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
  }

  get(type: string, from: string, to: string): AlignmentReview | undefined {
    return this.reviews.get(reviewKey({ type, from, to }));
  }

  /** Reviews whose clauses the store no longer has, with the missing ids. */
  async stale(reviews: readonly AlignmentReview[] = this.list()): Promise<StaleReview[]> {
    const present = await this.presentClauses(reviews.flatMap((r) => [r.from, r.to]));
    return reviews
      .map((review) => ({ review, missing: [review.from, review.to].filter((id) => !present.has(id)) }))
      .filter((s) => s.missing.length > 0);
  }

  /**
   * Records one decision; throws ReviewError for a bad note, a missing clause, or an edge to confirm that neither
   * the machine nor a reviewer made.
   */
  async review(input: ReviewInput): Promise<AlignmentReview> {
    const note = input.note?.trim() || null;
    if (note !== null && note.length > MAX_NOTE_LENGTH)
      throw new ReviewError('BAD_INPUT', `note: at most ${MAX_NOTE_LENGTH} characters, got ${note.length}`);
    const ends = canonicalEnds(input.type, input.from, input.to);
    if (ends.from === ends.to) throw new ReviewError('BAD_INPUT', 'to: an edge joins two different clauses');
    const review: AlignmentReview = { ...input, ...ends, note, at: (this.options.now?.() ?? new Date()).toISOString() };
    return this.serialize(async () => {
      const present = await this.presentClauses([ends.from, ends.to]);
      const missing = [ends.from, ends.to].find((id) => !present.has(id));
      if (missing) throw new ReviewError('NOT_FOUND', `No clause ${missing} in the graph.`);
      // A rejection stands even where the machine made no edge (a proposal declined): it never makes one later.
      if (input.decision === 'CONFIRM' && !this.reviews.has(reviewKey(review)) && !(await this.edgeExists(review)))
        throw new ReviewError(
          'NOT_FOUND',
          `No ${input.type} edge ${ends.from} → ${ends.to} to ${input.decision.toLowerCase()}; ADD makes one.`,
        );
      await this.commit([review]);
      return review;
    });
  }

  /**
   * Takes reviews shared by another team member: all or nothing. Every clause they name must be in the graph (the
   * unknown ones are reported by position); for an edge reviewed here too, the later decision wins.
   */
  async importReviews(reviews: readonly AlignmentReview[]): Promise<ReviewImport> {
    return this.serialize(async () => {
      const present = await this.presentClauses(reviews.flatMap((r) => [r.from, r.to]));
      const problems: ReviewProblem[] = [];
      reviews.forEach((r, index) => {
        for (const field of ['from', 'to'] as const)
          if (!present.has(r[field])) problems.push({ index, field, message: `no clause ${r[field]} in the graph` });
      });
      if (problems.length > 0) return { ok: false, imported: 0, problems };
      const newer = [...reviewsByKey(reviews).values()].filter((r) => {
        const here = this.reviews.get(reviewKey(r));
        return !here || here.at < r.at;
      });
      if (newer.length > 0) await this.commit(newer);
      return { ok: true, imported: newer.length, problems: [] };
    });
  }

  /**
   * Writes every review to the store again (a start that kept its stored graph: the file may have changed since),
   * those whose clauses are gone left out and returned.
   */
  async reapply(): Promise<StaleReview[]> {
    const stale = await this.stale();
    const gone = new Set(stale.map((s) => s.review));
    const live = this.list().filter((review) => !gone.has(review));
    const machine = await this.machineEdgesFor(live);
    await changeInTransaction(this.store, reviewedIds(live), async (tx) => {
      for (const review of live) await writeReview(tx, review, machine);
    });
    return stale;
  }

  private async commit(reviews: readonly AlignmentReview[]): Promise<void> {
    const next = new Map(this.reviews);
    for (const review of reviews) next.set(reviewKey(review), review);
    const dataDir = this.options.dataDir;
    const machine = await this.machineEdgesFor(reviews);
    const undo = dataDir === undefined ? undefined : await keepReviews(dataDir, [...next.values()]);
    try {
      await changeInTransaction(this.store, reviewedIds(reviews), async (tx) => {
        for (const review of reviews) await writeReview(tx, review, machine);
      });
    } catch (error) {
      await undo?.();
      throw error;
    }
    this.reviews = next;
    this.changes += 1;
  }

  /**
   * The machine's edges of the reviews that keep an edge the store lacks, asked before the transaction (the import
   * worker may first have to build its state). Usually none: a store edge keeps its own properties.
   */
  private async machineEdgesFor(reviews: readonly AlignmentReview[]): Promise<MachineEdges> {
    const lacking: string[] = [];
    for (const review of reviews)
      if (review.decision !== 'REJECT' && !(await this.edgeExists(review))) lacking.push(reviewKey(review));
    if (lacking.length === 0 || !this.options.machineEdges) return new Map();
    const edges = await this.options.machineEdges(lacking);
    return new Map(lacking.flatMap((key, i) => (edges[i] ? [[key, edges[i]] as const] : [])));
  }

  private serialize<T>(work: () => Promise<T>): Promise<T> {
    return this.options.serialize ? this.options.serialize(work) : work();
  }

  private async edgeExists(review: AlignmentReview): Promise<boolean> {
    const [row] = await runStatement(this.store, required(edgePresent.get(review.type)), {
      from: review.from,
      to: review.to,
    });
    return Number(row?.edges ?? 0) > 0;
  }

  private async presentClauses(ids: readonly string[]): Promise<Set<string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Set();
    const rows = await runStatement(this.store, clausesPresent, { ids: unique });
    return new Set(rows.map((row) => String(row.id)));
  }
}
