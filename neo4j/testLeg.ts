/**
 * The Neo4j test leg. `npm run test:neo4j [-- <vitest filters>]` starts a local Neo4j (neo4j/launcher.ts) on a free
 * port over a fresh data directory, runs vitest's `neo4j` and `e2e` projects on it (CASCADE_TEST_STORE=neo4j with
 * NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD; see vitest.config.ts), and stops it and removes the directory whatever
 * happened. Exit code: vitest's.
 *
 * `npm test` runs it with --if-available after the embedded leg: on a machine that cannot run Neo4j (no Java, or no
 * Maven before the first build) it prints exactly one line saying the leg did not run and why, and passes; with
 * CASCADE_NEO4J_LEG=required (CI, .ci/run) that is a failure, and CASCADE_NEO4J_LEG=off skips the leg on purpose
 * (the same one line). Every outcome is written to test-artifacts/neo4j-leg.json, which .ci/run checks.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { LauncherError, buildLauncher, launcherDir, launcherUnavailable, startNeo4j } from './launcher';
import type { Neo4jServer } from './launcher';

const repoRoot = resolve(launcherDir, '..');
// CASCADE_NEO4J_LEG_REPORT moves it (test/infra/neo4jLeg.test.ts, so a test never overwrites the real one).
const reportFile = process.env.CASCADE_NEO4J_LEG_REPORT || join(repoRoot, 'test-artifacts/neo4j-leg.json');

type Outcome =
  | { ran: false; reason: string }
  | { ran: true; exitCode: number; neo4j: string; seconds: number; vitestArgs: string[] };

function report(outcome: Outcome): void {
  mkdirSync(dirname(reportFile), { recursive: true });
  writeFileSync(reportFile, `${JSON.stringify({ ...outcome, at: new Date().toISOString() })}\n`);
}

/** Why the leg cannot run here (one line), or undefined; builds the launcher if needed (Maven, ~/.m2). */
async function cannotRun(): Promise<string | undefined> {
  const unavailable = launcherUnavailable();
  if (unavailable) return unavailable;
  try {
    await buildLauncher();
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const firstError = message.split('\n').find((line) => /ERROR|error:/.test(line)) ?? message.split('\n')[0];
    return `the launcher did not build (${firstError?.trim()})`;
  }
}

function runVitest(server: Neo4jServer, args: string[]): Promise<number> {
  const vitest = join(repoRoot, 'node_modules/.bin/vitest');
  const child = spawn(vitest, ['run', '--project', 'neo4j', '--project', 'e2e', ...args], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: {
      ...process.env,
      CASCADE_TEST_STORE: 'neo4j',
      NEO4J_URI: server.uri,
      NEO4J_USER: server.user,
      NEO4J_PASSWORD: server.password,
      NEO4J_DATABASE: '',
    },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((done) => {
    child.once('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      done(code ?? (signal ? 1 : 0));
    });
  });
}

async function runLeg(vitestArgs: string[]): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cascade-neo4j-leg-'));
  const started = performance.now();
  let server: Neo4jServer | undefined;
  try {
    server = await startNeo4j({ dataDir });
    process.stderr.write(`# Neo4j leg: Neo4j ${server.version} at ${server.uri}\n`);
    const exitCode = await runVitest(server, vitestArgs);
    const seconds = Math.round((performance.now() - started) / 1000);
    report({ ran: true, exitCode, neo4j: server.version, seconds, vitestArgs });
    return exitCode;
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<number> {
  const ifAvailable = argv[0] === '--if-available';
  const vitestArgs = ifAvailable ? argv.slice(1) : argv;
  const mode = process.env.CASCADE_NEO4J_LEG ?? '';
  const reason = ifAvailable && mode === 'off' ? 'CASCADE_NEO4J_LEG=off' : await cannotRun();
  if (reason !== undefined) {
    report({ ran: false, reason });
    const required = !ifAvailable || mode === 'required';
    process.stdout.write(`Neo4j leg did not run: ${reason}${required ? ' (required: failing)' : ''}\n`);
    return required ? 1 : 0;
  }
  return runLeg(vitestArgs);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof LauncherError ? error.message : error instanceof Error ? error.stack : error;
    process.stderr.write(`test:neo4j: ${String(message)}\n`);
    report({ ran: false, reason: `Neo4j did not start: ${String(message).split('\n')[0]}` });
    process.exitCode = 1;
  },
);
