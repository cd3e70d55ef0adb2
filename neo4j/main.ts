/**
 * `npm run neo4j` — a local Neo4j Community 5.26 for users with Java but no Docker (README, "Running against
 * Neo4j"). Bolt on 127.0.0.1:7687 (NEO4J_PORT; 0 takes a free port), data kept in .data/neo4j (NEO4J_DATA_DIR),
 * user neo4j with NEO4J_PASSWORD, or a password generated on the first start and kept in <data dir>/password
 * (mode 600, next to the database it opens). Prints one JSON line on stdout when ready —
 * `{"event":"ready","uri":"bolt://127.0.0.1:7687","user":"neo4j",…}` — and how to point the explorer at it on
 * stderr; Ctrl-C or SIGTERM stops it cleanly.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { LauncherError, generatePassword, launcherDir, launcherUnavailable, startNeo4j } from './launcher';

const repoRoot = resolve(launcherDir, '..');

function port(value: string | undefined): number {
  if (value === undefined || value === '') return 7687;
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || parsed > 65535) {
    throw new LauncherError(`NEO4J_PORT must be a port number from 0 (any free port) to 65535, got '${value}'`);
  }
  return parsed;
}

/** NEO4J_PASSWORD, else the one kept in the data directory, else a new one written there. */
function password(dataDir: string): { password: string; file?: string } {
  const given = process.env.NEO4J_PASSWORD;
  if (given) return { password: given };
  const file = join(dataDir, 'password');
  if (!existsSync(file)) writeFileSync(file, `${generatePassword()}\n`, { mode: 0o600 });
  return { password: readFileSync(file, 'utf8').trim(), file };
}

/** Relative to the repository when inside it (what a user types from there), else absolute. */
function shortPath(file: string): string {
  const inside = relative(repoRoot, file);
  return inside.startsWith('..') ? file : inside;
}

async function main(): Promise<void> {
  const unavailable = launcherUnavailable();
  if (unavailable) throw new LauncherError(`cannot start Neo4j: ${unavailable}`);
  const dataDir = resolve(repoRoot, process.env.NEO4J_DATA_DIR || '.data/neo4j');
  mkdirSync(dataDir, { recursive: true });
  const secret = password(dataDir);
  process.stderr.write(`Starting Neo4j in ${dataDir} (the first start builds the launcher with Maven)…\n`);
  const server = await startNeo4j({
    dataDir,
    port: port(process.env.NEO4J_PORT),
    password: secret.password,
    ...(process.env.NEO4J_HEAP ? { heap: process.env.NEO4J_HEAP } : {}),
  });
  const { uri, user, version } = server;
  const passwordFile = secret.file ? shortPath(secret.file) : undefined;
  process.stdout.write(`${JSON.stringify({ event: 'ready', uri, user, version, data: dataDir, passwordFile })}\n`);
  const passwordHint = passwordFile ? `"$(cat ${passwordFile})"` : '<your NEO4J_PASSWORD>';
  process.stderr.write(
    `Neo4j ${version} is ready at ${uri} (user ${user}). In another shell:\n` +
      `  NEO4J_URI=${uri} NEO4J_USER=${user} NEO4J_PASSWORD=${passwordHint} npm start\n` +
      'Ctrl-C stops it; the data stays in the directory above.\n',
  );
  const stop = () => void server.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const code = await server.exited;
  if (server.child.signalCode === null && code !== 143) {
    process.stderr.write(`Neo4j exited unexpectedly (code ${code}); its log is in ${dataDir}/logs/debug.log\n`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
