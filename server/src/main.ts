/**
 * `npm start`: the explorer in one process. Reads the configuration, opens the store (grafeo in memory, grafeo in
 * CASCADE_DATA_DIR, or Neo4j with NEO4J_URI), loads the corpus and the texts imported earlier, and serves the
 * GraphQL API at /graphql and the built client at / on HOST:PORT (127.0.0.1:4000 by default; PORT=0 picks a free
 * port). Prints one JSON line `{"level":"info","msg":"listening","url":…}` once it answers; stops cleanly on
 * SIGINT/SIGTERM. Every response carries the security headers, and on loopback the Host header is checked
 * (api/httpGuards.ts); imports need CASCADE_WRITE_TOKEN when it is set, and are off without it unless on loopback.
 */
import { createServer } from 'node:http';
import type { RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './api/createApp';
import { allowedHosts, guardRequests } from './api/httpGuards';
import { createLogger, formatLine, logLevelOf } from './api/logger';
import type { Logger } from './api/logger';
import { DEFAULT_CLIENT_DIR } from './api/staticClient';
import { loadConfig, writesAllowedWithoutToken } from './config';
import type { Config } from './config';
import type { WriteAccess } from './api/writeAccess';
import { removeStagedTexts } from './import';
import type { PolicyImporter } from './import';
import { PolicyRepository } from './repository';
import { openReviewedLibrary } from './review';
import type { ReviewedLibrary } from './review';
import { retryWhileUnavailable, notReadyHandler } from './startup';
import { describeTarget, openStore, targetOf } from './store/openStore';
import type { CypherStore } from './store/CypherStore';

/** How long open keep-alive connections get to finish after a stop signal. */
const SHUTDOWN_GRACE_MS = 3000;

function urlOf(address: AddressInfo): string {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/** Said while the store cannot be reached: nothing of the store's address or user (the log has the details). */
const STORE_UNREACHABLE = 'The graph store is not reachable yet; the explorer keeps trying.';

/** What a stop signal releases: set as they are opened. */
interface Resources {
  store?: CypherStore;
  importer?: PolicyImporter;
}

/**
 * Binds the port first, behind the guards: it answers 503 until the graph is loaded; "listening" is printed only
 * once it is ready, so tests and benchmarks that wait for that line get real answers.
 */
async function bind(config: Config, logger: Logger) {
  let handler: RequestListener = notReadyHandler('The explorer is starting: the policy graph is being loaded.', 2);
  let hosts: ReadonlySet<string> | null = null;
  const server = createServer(
    guardRequests(
      () => handler,
      () => hosts,
    ),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const address = server.address() as AddressInfo;
  hosts = allowedHosts(config.host, address.port);
  logger.info('accepting connections', { url: urlOf(address) });
  return { server, address, serve: (next: RequestListener) => void (handler = next) };
}

/** The corpus and the kept imports in the store, retried while the store cannot be reached. */
async function loadLibrary(config: Config, logger: Logger, resources: Resources, onRetry: (delayMs: number) => void) {
  if (config.dataDir !== undefined) {
    for (const name of await removeStagedTexts(config.dataDir)) {
      logger.warn('removed a text a stopped import left', { name });
    }
  }
  const target = targetOf(config);
  const library = await retryWhileUnavailable(
    async () => {
      resources.store ??= await openStore(target);
      return openReviewedLibrary(resources.store, {
        // Imported texts are kept whenever there is a data directory, Neo4j included: the alignment is rebuilt at
        // start from the texts, so an import without its text would lose its alignment edges.
        dataDir: config.dataDir,
        corpusDir: config.corpusDir,
        budget: config.importBudget,
        onStoreError: (error) => logger.error('import failed in the store', error),
      });
    },
    {
      onRetry: (error, delayMs, attempt) => {
        logger.error('graph store unavailable, retrying', { store: describeTarget(target), attempt, delayMs, error });
        onRetry(delayMs);
      },
    },
  );
  resources.importer = library.importer;
  for (const problem of library.problems) logger.warn('kept import skipped', { problem });
  for (const d of library.refused) logger.warn('corpus text refused', { problem: `${d.file}:${d.line}: ${d.message}` });
  for (const { review, missing } of library.staleReviews)
    logger.warn('stale review: its clause is gone', { edge: `${review.type}:${review.from}->${review.to}`, missing });
  logger.info('loaded', {
    store: describeTarget(target),
    texts: library.texts,
    // Null when the stored graph was built from these very texts and kept as it was (no realignment).
    nodes: library.load?.nodesWritten ?? null,
    edges: library.load?.edgesWritten ?? null,
    realigned: library.start.kind === 'realigned',
  });
  if (library.start.kind === 'realigned') logger.info('realigned', { reason: library.start.reason });
  return library;
}

/**
 * A start that found only new corpus texts answers from the stored graph while they are added (import/growLibrary.ts):
 * their outcome is logged once they are in, or the reason the whole graph was realigned instead.
 */
function reportGrowth(library: ReviewedLibrary, logger: Logger, started: number, store: CypherStore): void {
  if (library.start.kind !== 'adding') return;
  logger.info('adding new corpus texts', { texts: library.start.texts });
  void library.start.settled.then((outcome) => {
    const ms = Math.round(performance.now() - started);
    if (outcome.kind === 'failed') {
      logger.error('new corpus texts not added; the next start realigns', outcome.error);
      return;
    }
    for (const { review, missing } of outcome.staleReviews)
      logger.warn('stale review: its clause is gone', { edge: `${review.type}:${review.from}->${review.to}`, missing });
    if (outcome.kind === 'added') logger.info('added new corpus texts', { documents: outcome.documents, ms });
    else {
      logger.info('realigned', { reason: outcome.reason, nodes: outcome.load.nodesWritten, ms });
      // Written whole, without a note: nothing kept can be brought forward.
      warmReads(store, logger, started);
    }
  });
}

/**
 * Computes the search index and the cascade's adjacency of the graph just loaded or written whole, in the background,
 * so that the first search and cascade do not wait for them (the store reads them on its own threads, and what this
 * thread does with the rows runs in turns of the event loop, store/turns.ts: requests are served meanwhile). Later
 * imports and reviews bring them forward instead.
 */
function warmReads(store: CypherStore, logger: Logger, started: number): void {
  new PolicyRepository(store).warm().then(
    () => logger.info('reads ready', { ms: Math.round(performance.now() - started) }),
    (error: unknown) => logger.warn('reads not prepared; the first search computes them', error),
  );
}

/**
 * Has the import worker build its state now, while reads are served, rather than at the first import. After a start
 * that kept the stored graph this is where the texts are first read: what they refused is logged then.
 */
function warmUpImports(library: ReviewedLibrary, logger: Logger, started: number): void {
  library.importer.warmUp().then(
    (seeded) => {
      // A start that kept the stored graph read no text until now.
      if (library.load === null) {
        for (const problem of seeded.problems) logger.warn('kept import skipped', { problem });
        for (const d of seeded.refused)
          logger.warn('corpus text refused', { problem: `${d.file}:${d.line}: ${d.message}` });
      }
      const ms = Math.round(performance.now() - started);
      logger.info('imports ready', { documents: seeded.documents, buildMs: seeded.ms, ms });
    },
    (error: unknown) => logger.error('the import worker did not start', error),
  );
}

function writeAccessOf(config: Config, logger: Logger): WriteAccess {
  const openWithoutToken = writesAllowedWithoutToken(config);
  if (config.writeToken === undefined && !openWithoutToken) {
    logger.warn('imports are off: the server binds beyond loopback and CASCADE_WRITE_TOKEN is not set', {
      host: config.host,
    });
  }
  return { token: config.writeToken, openWithoutToken };
}

async function start(logger: Logger): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const { server, address, serve } = await bind(config, logger);
  const resources: Resources = {};
  stopOnSignals(logger, server, async () => {
    await resources.importer?.close();
    await resources.store?.close();
  });
  const library = await loadLibrary(config, logger, resources, (delayMs) =>
    serve(notReadyHandler(STORE_UNREACHABLE, Math.ceil(delayMs / 1000))),
  );
  if (!resources.store) throw new Error('unreachable: the library was opened without a store');
  serve(
    createApp({
      store: resources.store,
      importer: library.importer,
      logger,
      clientDir: DEFAULT_CLIENT_DIR,
      cache: config.responseCache,
      writeAccess: writeAccessOf(config, logger),
      reviews: library.reviews,
      reviewToken: config.reviewToken,
    }),
  );
  warmReads(resources.store, logger, started);
  warmUpImports(library, logger, started);
  reportGrowth(library, logger, started, resources.store);
  logger.info('ready', { ms: Math.round(performance.now() - started) });
  // Written whatever LOG_LEVEL says: tests and benchmarks read the actual URL from this line.
  process.stdout.write(`${formatLine('info', ['listening', { url: urlOf(address) }])}\n`);
}

function stopOnSignals(logger: Logger, server: ReturnType<typeof createServer>, release: () => Promise<void>): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info('stopping', { signal });
    const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    force.unref();
    server.close(() => {
      release().then(
        () => {
          logger.info('stopped');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error('store did not close cleanly', error);
          process.exit(1);
        },
      );
    });
    server.closeIdleConnections();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

// Credentials are masked wherever they would appear in a log line.
const secrets = [process.env.NEO4J_PASSWORD, process.env.CASCADE_WRITE_TOKEN, process.env.CASCADE_REVIEW_TOKEN];
const logger = createLogger({ level: logLevelOf(process.env.LOG_LEVEL), secrets });
start(logger).catch((error: unknown) => {
  logger.error('cannot start', error);
  process.exit(1);
});
