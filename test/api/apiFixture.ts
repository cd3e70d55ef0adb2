/**
 * The API under test: the real yoga app over an in-memory grafeo store loaded with the real corpus (graph-seed/corpus)
 * through openLibrary, exactly as main.ts loads it. Built once per test file; requests go through `yoga.fetch`.
 */
import { createApp } from '../../server/src/api/createApp';
import type { App, AppOptions } from '../../server/src/api/createApp';
import { createLogger } from '../../server/src/api/logger';
import { openLibrary } from '../../server/src/import';
import type { Library } from '../../server/src/import';
import type { CypherStore } from '../../server/src/store/CypherStore';
import { createGrafeoStore } from '../../server/src/store/grafeo/grafeoStore';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

export interface ApiFixture {
  store: CypherStore;
  library: Library;
  yoga: App;
  /** Log lines the app wrote. */
  logs: string[];
}

export async function startApi(
  options: Partial<AppOptions> & { store?: CypherStore; corpusDir?: string | readonly string[] } = {},
): Promise<ApiFixture> {
  const store = options.store ?? (await createGrafeoStore());
  const library = await openLibrary(store, { corpusDir: options.corpusDir });
  const logs: string[] = [];
  const logger = createLogger({ level: 'info', write: (line) => logs.push(line) });
  const yoga = createApp({ importer: library.importer, logger, ...options, store });
  return { store, library, yoga, logs };
}

/** POSTs one operation to /graphql and returns the status with the parsed body. */
export async function gql<T = Record<string, unknown>>(
  yoga: App,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<T>, 'status'>) };
}

/** The data of a successful operation; fails with the errors otherwise. */
export async function data<T = Record<string, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any
  yoga: App,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result = await gql<T>(yoga, query, variables);
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}
