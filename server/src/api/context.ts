/** What every resolver gets: the repository, this request's loaders, the importer, the logger and write access. */
import type { PolicyRepository } from '../repository';
import type { PolicyImporter } from '../import';
import type { ReviewDesk } from '../review';
import type { Logger } from './logger';
import type { Loaders } from './loaders';
import type { WriteAccess } from './writeAccess';

export interface ApiContext {
  repository: PolicyRepository;
  loaders: Loaders;
  /** Absent when the app is served read-only (importPolicy then answers STORE_ERROR). */
  importer: PolicyImporter | undefined;
  logger: Logger;
  writeAccess: WriteAccess;
  /** The request's Authorization header, for writes. */
  authorization: string | null;
  /** Absent when the app takes no reviews. */
  reviews: ReviewDesk | undefined;
  /** CASCADE_REVIEW_TOKEN, when set. */
  reviewToken: string | undefined;
  /** Set by a resolver whose answer depends on the request's headers: the response cache must not keep it. */
  uncacheable: boolean;
}
