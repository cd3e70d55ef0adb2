/**
 * The library with its reviews (issue 16): the reviews kept in CASCADE_DATA_DIR read first, laid over the graph
 * built at start and over every import's graph, and the desk that takes new reviews through the importer's queue.
 */
import { openLibrary } from '../import';
import type { Library, LibraryOptions } from '../import';
import type { CypherStore } from '../store/CypherStore';
import { ReviewDesk } from './ReviewDesk';
import { readKeptReviews } from './reviewsFile';

export interface ReviewedLibrary extends Library {
  reviews: ReviewDesk;
}

export async function openReviewedLibrary(store: CypherStore, options: LibraryOptions = {}): Promise<ReviewedLibrary> {
  const keptReviews = await readKeptReviews(options.dataDir);
  const opened: { desk?: ReviewDesk } = {};
  const library = await openLibrary(store, {
    ...options,
    keptReviews,
    // Until the desk exists (it needs the importer's queue) the kept reviews are the reviews.
    reviews: () => opened.desk?.list() ?? keptReviews,
  });
  const desk = (opened.desk = new ReviewDesk(store, keptReviews, {
    dataDir: options.dataDir,
    serialize: (work) => library.importer.exclusive(work),
    machineEdges: (keys) => library.importer.machineEdges(keys),
  }));
  // A kept graph was written by the last run, reviews included; the file may have taken reviews since (cascade
  // reviews import), so they are written again — each is idempotent — and checked against the store.
  if (library.start.kind === 'adding' && keptReviews.length > 0) {
    // Checked once the new texts are in: the desk writes through the importer's queue, behind them.
    const settled = library.start.settled
      .then(async (outcome) =>
        outcome.kind === 'added' ? { ...outcome, staleReviews: await desk.reapply() } : outcome,
      )
      .catch((error: unknown) => ({ kind: 'failed' as const, error }));
    return { ...library, start: { ...library.start, settled }, reviews: desk };
  }
  if (library.load === null && keptReviews.length > 0) {
    const stale = await desk.reapply();
    return { ...library, reviews: desk, staleReviews: stale };
  }
  return { ...library, reviews: desk };
}
