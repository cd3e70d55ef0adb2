/**
 * `npm start`: the explorer in one process. Reads the configuration, opens the store (grafeo in memory, grafeo in
 * CASCADE_DATA_DIR, or Neo4j with NEO4J_URI), loads the corpus and the texts imported earlier, and serves the
 * GraphQL API at /graphql and the built client at / on HOST:PORT (127.0.0.1:4000 by default; PORT=0 picks a free
 * port). Prints one JSON line `{"level":"info","msg":"listening","url":…}` once it answers; stops cleanly on
 * SIGINT/SIGTERM.
 */
import { createServer } from 'node:http';
import type { RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './api/createApp';
import { createLogger, formatLine, logLevelOf } from './api/logger';
import type { Logger } from './api/logger';
import { DEFAULT_CLIENT_DIR } from './api/staticClient';
import { loadConfig } from './config';
import { openLibrary } from './import';
import { retryWhileUnavailable, notReadyHandler } from './startup';
import { describeTarget, openStore, targetOf } from './store/openStore';
import type { CypherStore } from './store/CypherStore';

/** How long open keep-alive connections get to finish after a stop signal. */
const SHUTDOWN_GRACE_MS = 3000;

function urlOf(address: AddressInfo): string {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

async function start(logger: Logger): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const target = targetOf(config);
  // The port is bound first and answers 503 until the graph is loaded; "listening" is printed only once it is
  // ready, so tests and benchmarks that wait for that line get real answers.
  let handler: RequestListener = notReadyHandler('The explorer is starting: the policy graph is being loaded.', 2);
  const server = createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  logger.info('accepting connections', { url: urlOf(server.address() as AddressInfo) });
  let store: CypherStore | undefined;
  stopOnSignals(logger, server, () => store);
  const library = await retryWhileUnavailable(
    async () => {
      store ??= await openStore(target);
      return openLibrary(store, {
        // Imported texts are kept whenever there is a data directory, Neo4j included: the alignment is rebuilt at
        // start from the texts, so an import without its text would lose its alignment edges.
        dataDir: config.dataDir,
        corpusDir: config.corpusDir,
        onStoreError: (error) => logger.error('import failed in the store', error),
      });
    },
    {
      onRetry: (error, delayMs, attempt) => {
        logger.error('graph store unavailable, retrying', { store: describeTarget(target), attempt, delayMs, error });
        handler = notReadyHandler(`The graph store is not reachable: ${error.message}`, Math.ceil(delayMs / 1000));
      },
    },
  );
  for (const problem of library.problems) logger.warn('kept import skipped', { problem });
  for (const d of library.refused) logger.warn('corpus text refused', { problem: `${d.file}:${d.line}: ${d.message}` });
  logger.info('loaded', {
    store: describeTarget(target),
    documents: library.documents.length,
    nodes: library.load.nodesWritten,
    edges: library.load.edgesWritten,
    ms: Math.round(performance.now() - started),
  });
  if (!store) throw new Error('unreachable: the library was opened without a store');
  handler = createApp({
    store,
    importer: library.importer,
    logger,
    clientDir: DEFAULT_CLIENT_DIR,
    cache: config.responseCache,
  });
  // Written whatever LOG_LEVEL says: tests and benchmarks read the actual URL from this line.
  process.stdout.write(`${formatLine('info', ['listening', { url: urlOf(server.address() as AddressInfo) }])}\n`);
}

function stopOnSignals(
  logger: Logger,
  server: ReturnType<typeof createServer>,
  storeOf: () => CypherStore | undefined,
): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info('stopping', { signal });
    const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    force.unref();
    server.close(() => {
      (storeOf()?.close() ?? Promise.resolve()).then(
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

const logger = createLogger({ level: logLevelOf(process.env.LOG_LEVEL) });
start(logger).catch((error: unknown) => {
  logger.error('cannot start', error);
  process.exit(1);
});
