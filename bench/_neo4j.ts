/**
 * The benchmarks' Neo4j (issue 13): the local Neo4j 5.26 of neo4j/launcher.ts, started once per `npm run bench` on
 * the first benchmark that asks for it and stopped by run.ts at the end, so load, queries and api measure grafeo
 * and Neo4j side by side on the same data. Where it cannot run (no Java, no Maven before the first build, a start
 * that fails) every Neo4j figure is replaced by one `# … absent: <why>` line.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launcherUnavailable, startNeo4j } from '../neo4j/launcher';
import type { Neo4jServer } from '../neo4j/launcher';
import type { CypherStore } from '../server/src/store/CypherStore';
import { createNeo4jStore } from '../server/src/store/neo4j/neo4jStore';
import { clearNeo4j } from '../test/support/testStore';

let started: Promise<Neo4jServer | string> | undefined;
let dataDir: string | undefined;

async function start(): Promise<Neo4jServer | string> {
  const unavailable = launcherUnavailable();
  if (unavailable) return unavailable;
  dataDir = mkdtempSync(join(tmpdir(), 'cascade-bench-neo4j-'));
  try {
    return await startNeo4j({ dataDir });
  } catch (error) {
    return `Neo4j did not start: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
  }
}

/** The running server, or why there is none. */
export function benchNeo4j(): Promise<Neo4jServer | string> {
  started ??= start();
  return started;
}

/** The bench server's database, emptied (constraints kept), or why there is none. */
export async function emptyBenchNeo4j(): Promise<CypherStore | string> {
  const server = await benchNeo4j();
  if (typeof server === 'string') return server;
  const store = await createNeo4jStore({ uri: server.uri, user: server.user, password: server.password });
  await clearNeo4j(store);
  return store;
}

/** The environment that points `npm run serve` at the bench server (emptied first), or why there is none. */
export async function benchNeo4jEnv(): Promise<Record<string, string> | string> {
  const store = await emptyBenchNeo4j();
  if (typeof store === 'string') return store;
  await store.close();
  const server = (await benchNeo4j()) as Neo4jServer;
  return { NEO4J_URI: server.uri, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password };
}

/** Prints the line that stands for a benchmark's missing Neo4j figures. */
export function printAbsent(name: string, reason: string): void {
  process.stdout.write(`# ${name} absent: ${reason}\n`);
}

/** Stops the server if a benchmark started one (run.ts calls it last). */
export async function stopBenchNeo4j(): Promise<void> {
  const server = await started;
  if (server && typeof server !== 'string') await server.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
