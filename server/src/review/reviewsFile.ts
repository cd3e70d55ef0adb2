/**
 * The reviews kept in CASCADE_DATA_DIR (`reviews.json`), apart from the machine's edges: loaded at start, written
 * whole through a staged file and a rename at every change (as the kept texts are), so the file holds the old
 * reviews or the new ones, never half of them. Without a data directory the reviews live in memory only.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AlignmentReview } from '@policy-cascade/graph-seed';
import { readIfPresent, replaceFile } from '../import';
import { parseReviewsJson, reviewsDocument } from './reviewDocument';

export const REVIEWS_FILE = 'reviews.json';

export function reviewsPath(dataDir: string): string {
  return join(dataDir, REVIEWS_FILE);
}

/**
 * The kept reviews; a file that cannot be read as reviews is an error naming it (the server must not start and
 * then overwrite a reviewer's work with nothing).
 */
export async function readKeptReviews(dataDir: string | undefined): Promise<AlignmentReview[]> {
  if (dataDir === undefined) return [];
  const path = reviewsPath(dataDir);
  const bytes = await readIfPresent(path);
  if (bytes === null) return [];
  const { reviews, problems } = parseReviewsJson(bytes.toString('utf8'));
  const first = problems[0];
  if (first) {
    const where = first.index < 0 ? first.field : `reviews[${first.index}].${first.field}`;
    throw new Error(`${path}: ${where} ${first.message} (${problems.length} problem(s)); fix or move the file`);
  }
  return reviews;
}

/** Writes the reviews; the function returned puts back what the file held before (for a store that refused). */
export async function keepReviews(dataDir: string, reviews: readonly AlignmentReview[]): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const path = reviewsPath(dataDir);
  const previous = await readIfPresent(path);
  await replaceFile(path, `${JSON.stringify(reviewsDocument(reviews), null, 1)}\n`);
  return async () => {
    if (previous !== null) await replaceFile(path, previous);
    else await replaceFile(path, `${JSON.stringify(reviewsDocument([]), null, 1)}\n`);
  };
}

/** Reads a reviews file given on the command line. */
export async function readReviewsFile(path: string) {
  return parseReviewsJson(await readFile(path, 'utf8'));
}
