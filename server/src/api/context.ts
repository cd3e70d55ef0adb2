/** What every resolver gets: the repository, this request's loaders, the importer and the logger. */
import type { PolicyRepository } from '../repository';
import type { PolicyImporter } from '../import';
import type { Logger } from './logger';
import type { Loaders } from './loaders';

export interface ApiContext {
  repository: PolicyRepository;
  loaders: Loaders;
  /** Absent when the app is served read-only (importPolicy then answers STORE_ERROR). */
  importer: PolicyImporter | undefined;
  logger: Logger;
}
