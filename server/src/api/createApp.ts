/**
 * The GraphQL app (issue 6): graphql-yoga over the executable schema, with per-request DataLoaders, query limits,
 * masked errors, a body limit, no CORS, offline GraphiQL, structured logs and — when asked — the built client.
 * `createApp` returns the yoga instance; tests call `yoga.fetch`, main.ts hands it to node:http.
 */
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import type { YogaServerInstance } from 'graphql-yoga';
import type { PolicyImporter } from '../import';
import { PolicyRepository } from '../repository';
import type { CypherStore } from '../store/CypherStore';
import { DEFAULT_LIMITS, armorPlugin } from './armor';
import type { QueryLimits } from './armor';
import { MAX_BODY_BYTES, bodyLimitPlugin } from './bodyLimit';
import type { ApiContext } from './context';
import { DEFAULT_MAX_NODES, costPlugin } from './cost';
import { MASKED_MESSAGE, maskError } from './errors';
import { errorCodesPlugin } from './errorCodes';
import { createLoaders } from './loaders';
import { createLogger } from './logger';
import type { Logger } from './logger';
import { responseCachePlugin } from './responseCache';
import { createSchema } from './schema';
import { staticClientPlugin } from './staticClient';

export const GRAPHQL_ENDPOINT = '/graphql';

export interface AppOptions {
  store: CypherStore;
  /** Needed for importPolicy; without it the API is read-only. */
  importer?: PolicyImporter | undefined;
  logger?: Logger;
  limits?: Partial<QueryLimits>;
  /** Objects a query may return before it is refused (cost.ts). */
  maxNodes?: number;
  maxBodyBytes?: number;
  /**
   * Serve the built client from this directory (client/dist) for GETs outside /graphql. Off unless given: the API
   * alone is enough for tests and for a client served elsewhere.
   */
  clientDir?: string | undefined;
  /** Cache read results until the next import (default true); off for tests that count store calls. */
  cache?: boolean;
}

export type App = YogaServerInstance<Record<string, unknown>, ApiContext>;

export function createApp(options: AppOptions): App {
  const logger = options.logger ?? createLogger();
  const repository = new PolicyRepository(options.store);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const plugins = [
    armorPlugin(limits),
    costPlugin(options.maxNodes ?? DEFAULT_MAX_NODES),
    bodyLimitPlugin(options.maxBodyBytes ?? MAX_BODY_BYTES),
    errorCodesPlugin(),
    ...(options.cache === false ? [] : [responseCachePlugin({ version: () => options.importer?.version ?? 0 })]),
    ...(options.clientDir === undefined ? [] : [staticClientPlugin(options.clientDir, GRAPHQL_ENDPOINT)]),
  ];
  return createYoga<Record<string, unknown>, ApiContext>({
    schema: createSchema(),
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    // A new set of loaders per request: batching within it, no cache shared between requests.
    context: (): ApiContext => ({
      repository,
      loaders: createLoaders(repository),
      importer: options.importer,
      logger,
    }),
    plugins,
    // isDev stays false whatever NODE_ENV says: no stack traces or Cypher reach a client.
    maskedErrors: { maskError, errorMessage: MASKED_MESSAGE, isDev: false },
    // The body limit plugin above gives PAYLOAD_TOO_LARGE with a message that names the import limit.
    maxRequestBodySize: false,
    cors: false,
    graphiql: { title: 'policy-cascade GraphQL' },
    // The default GraphiQL loads its scripts from a CDN; this one is bundled, so it works offline.
    renderGraphiQL,
    landingPage: false,
    logging: logger,
  });
}
