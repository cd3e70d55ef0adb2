/** Reviews of alignment edges (issue 16): the desk the API writes through, and the file kept in CASCADE_DATA_DIR. */
export { ReviewDesk, ReviewError } from './ReviewDesk';
export type { ReviewDeskOptions, ReviewImport, ReviewInput } from './ReviewDesk';
export { keepReviews, readKeptReviews, readReviewsFile, reviewsPath, REVIEWS_FILE } from './reviewsFile';
export { parseReviewsJson, readReviewsDocument, reviewsDocument, MAX_NOTE_LENGTH } from './reviewDocument';
export type { ReviewProblem, ReviewsDocument } from './reviewDocument';
export { openReviewedLibrary } from './openReviewedLibrary';
export type { ReviewedLibrary } from './openReviewedLibrary';
export { filterReviews } from './reviewFilter';
export type { ReviewFilter } from './reviewFilter';
