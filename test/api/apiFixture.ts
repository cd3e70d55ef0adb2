/**
 * The API under test: the real yoga app over this run's store (grafeo in memory, or the Neo4j leg's emptied
 * database: test/support/testStore.ts) loaded with the real corpus (graph-seed/corpus) through openLibrary, exactly
 * as main.ts loads it. Built once per test file; requests go through `yoga.fetch`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../server/src/api/createApp';
import type { App, AppOptions } from '../../server/src/api/createApp';
import { createLogger } from '../../server/src/api/logger';
import { openReviewedLibrary } from '../../server/src/review';
import type { ReviewedLibrary } from '../../server/src/review';
import type { CypherStore } from '../../server/src/store/CypherStore';
import { countingStore } from '../support/countingStore';
import { openTestStore } from '../support/testStore';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

export interface ApiFixture {
  store: CypherStore;
  library: ReviewedLibrary;
  yoga: App;
  /** Log lines the app wrote. */
  logs: string[];
}

export async function startApi(
  options: Partial<AppOptions> & {
    store?: CypherStore;
    corpusDir?: string | readonly string[];
    /** Persistent mode: kept texts and reviews (CASCADE_DATA_DIR). */
    dataDir?: string;
  } = {},
): Promise<ApiFixture> {
  const store = options.store ?? (await openTestStore());
  const library = await openReviewedLibrary(store, { corpusDir: options.corpusDir, dataDir: options.dataDir });
  const logs: string[] = [];
  const logger = createLogger({ level: 'info', write: (line) => logs.push(line) });
  const yoga = createApp({ importer: library.importer, reviews: library.reviews, logger, ...options, store });
  return { store, library, yoga, logs };
}

/** POSTs one operation to /graphql and returns the status with the parsed body. */
export async function gql<T = Record<string, unknown>>(
  yoga: App,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<T>> {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<T>, 'status'>) };
}

/** The data of a successful operation; fails with the errors otherwise. */
export async function data<T = Record<string, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any
  yoga: App,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const result = await gql<T>(yoga, query, variables, token);
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** An API over this run's store counting its statements (`runs(name)`), with a data directory of its own. */
export interface CountedApi {
  api: ApiFixture;
  runs: (name: string) => number;
  /** Closes the importer and the store and removes the data directory. */
  stop: () => Promise<void>;
}

/** startApi over a counting store, persistent in a new temporary directory, with the response cache off. */
export async function startCountedApi(options: { reviewToken: string; prefix: string }): Promise<CountedApi> {
  const dataDir = mkdtempSync(join(tmpdir(), options.prefix));
  const wrapped = countingStore(await openTestStore());
  const api = await startApi({ store: wrapped.store, cache: false, reviewToken: options.reviewToken, dataDir });
  const stop = async () => {
    await api.library.importer.close();
    await api.store.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { api, runs: wrapped.runs, stop };
}
