/**
 * The GraphQL app (issue 6, 17): graphql-yoga over the executable schema, with per-request DataLoaders, query
 * limits, masked errors, a body limit, JSON-only POSTs, write access, no CORS, offline GraphiQL as cached assets,
 * bounded caches, structured logs and — when asked — the built client. `createApp` returns the yoga instance; tests
 * call `yoga.fetch`, main.ts hands it to node:http (behind httpGuards.ts: security headers and the Host check).
 */
import { createYoga } from 'graphql-yoga';
import type { YogaServerInstance } from 'graphql-yoga';
import type { PolicyImporter } from '../import';
import type { ReviewDesk } from '../review';
import { PolicyRepository } from '../repository';
import type { CypherStore } from '../store/CypherStore';
import { DEFAULT_LIMITS, armorPlugin } from './armor';
import type { QueryLimits } from './armor';
import { MAX_BODY_BYTES, bodyLimitPlugin } from './bodyLimit';
import type { ApiContext } from './context';
import { compiledExecution } from './compiledExecution';
import type { CompileLimits } from './compiledExecution';
import { DEFAULT_MAX_NODES, costPlugin } from './cost';
import { MASKED_MESSAGE, maskError, yogaLogger } from './errors';
import { errorCodesPlugin } from './errorCodes';
import { graphiql } from './graphiql';
import { createLoaders } from './loaders';
import { createLogger } from './logger';
import type { Logger } from './logger';
import { mediaTypePlugin } from './mediaType';
import { boundedParserCaches } from './parserCache';
import { responseCachePlugin } from './responseCache';
import type { CacheLimits } from './responseCache';
import { createSchema } from './schema';
import { staticClientPlugin } from './staticClient';
import { OPEN_WRITES } from './writeAccess';
import type { WriteAccess } from './writeAccess';

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
  /** The response cache's bounds (RESPONSE_CACHE_LIMITS unless given: tests make them small). */
  cacheLimits?: CacheLimits;
  /** When queries run compiled by graphql-jit, and how many are kept (COMPILE_LIMITS unless given). */
  compileLimits?: Partial<CompileLimits>;
  /** Who may import: open unless given (main.ts passes CASCADE_WRITE_TOKEN and whether it binds to loopback). */
  writeAccess?: WriteAccess;
  /** The reviews desk (issue 16); without it reviewAlignment answers FORBIDDEN and reviews lists none. */
  reviews?: ReviewDesk | undefined;
  /** CASCADE_REVIEW_TOKEN: reviews need it as a bearer token; without it nobody may review. */
  reviewToken?: string | undefined;
}

export type App = YogaServerInstance<Record<string, unknown>, ApiContext>;

export function createApp(options: AppOptions): App {
  const logger = options.logger ?? createLogger();
  const repository = new PolicyRepository(options.store);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const writeAccess = options.writeAccess ?? OPEN_WRITES;
  const graphiqlPage = graphiql();
  const version = () => (options.importer?.version ?? 0) + (options.reviews?.version ?? 0);
  const plugins = [
    mediaTypePlugin(GRAPHQL_ENDPOINT),
    armorPlugin(limits),
    costPlugin(options.maxNodes ?? DEFAULT_MAX_NODES),
    bodyLimitPlugin(options.maxBodyBytes ?? MAX_BODY_BYTES),
    errorCodesPlugin(),
    ...(options.cache === false ? [] : [responseCachePlugin({ version, logger, limits: options.cacheLimits })]),
    graphiqlPage.plugin,
    compiledExecution(options.compileLimits, logger).plugin,
    ...(options.clientDir === undefined ? [] : [staticClientPlugin(options.clientDir, GRAPHQL_ENDPOINT)]),
  ];
  return createYoga<Record<string, unknown>, ApiContext>({
    schema: createSchema(),
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    // A new set of loaders per request: batching within it, no cache shared between requests.
    context: ({ request }): ApiContext => ({
      repository,
      loaders: createLoaders(repository),
      importer: options.importer,
      logger,
      writeAccess,
      authorization: request.headers.get('authorization'),
      reviews: options.reviews,
      reviewToken: options.reviewToken,
      uncacheable: false,
    }),
    plugins,
    // isDev stays false whatever NODE_ENV says: no stack traces or Cypher reach a client.
    maskedErrors: { maskError, errorMessage: MASKED_MESSAGE, isDev: false },
    // The body limit plugin above gives PAYLOAD_TOO_LARGE with a message that names the import limit.
    maxRequestBodySize: false,
    parserAndValidationCache: boundedParserCaches(),
    cors: false,
    graphiql: { title: 'policy-cascade GraphQL' },
    // Bundled (works offline), served as two cached assets (graphiql.ts).
    renderGraphiQL: graphiqlPage.renderGraphiQL,
    landingPage: false,
    logging: yogaLogger(logger),
  });
}
