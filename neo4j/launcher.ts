/**
 * The local Neo4j from Node: builds the Maven module next to this file once (`mvn -q package`; the jars stay in
 * ~/.m2, so later starts need neither Maven nor the network), then starts Neo4jLauncher with plain `java` in its own
 * process group and resolves once it printed its ready line. Used by `npm run neo4j`, the Neo4j test leg
 * (`npm run test:neo4j`), the outage tests that stop and restart it, and the benchmarks.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const launcherDir = dirname(fileURLToPath(import.meta.url));
const pomFile = join(launcherDir, 'pom.xml');
const jarFile = join(launcherDir, 'target/neo4j-launcher.jar');
const classpathFile = join(launcherDir, 'target/classpath.txt');
/** Class data sharing archive of the launcher's classes, written by a first start after each build. */
const archiveFile = join(launcherDir, 'target/launcher.jsa');
const sourceDir = join(launcherDir, 'src/main/java/io/policycascade/neo4j');
const MAIN_CLASS = 'io.policycascade.neo4j.Neo4jLauncher';

/** A problem that keeps the local Neo4j from starting (no Java, a failed build, a start that failed). */
export class LauncherError extends Error {
  constructor(message: string) {
    super(`[neo4j-launcher] ${message}`);
    this.name = 'LauncherError';
  }
}

/** The Neo4j version the launcher resolves, from pom.xml (e.g. 5.26.30). */
export function neo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(pomFile, 'utf8'));
  if (!match?.[1]) throw new LauncherError(`${pomFile} declares no <neo4j.version>`);
  return match[1];
}

/** A JDK tool (java, javac) of JAVA_HOME when it is set, else the one on PATH. */
function javaCommand(tool = 'java'): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', tool) : tool;
}

function runs(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.error === undefined && result.status === 0;
}

/** Why the launcher cannot run on this machine, or undefined when it can (Java, and Maven unless built). */
export function launcherUnavailable(): string | undefined {
  if (!runs(javaCommand(), ['-version']))
    return `no Java runtime (${javaCommand()} -version fails; install OpenJDK 17)`;
  if (isBuilt()) return undefined;
  if (!runs('mvn', ['-v'])) return 'the launcher is not built and Maven (mvn) is not on PATH';
  // A JRE runs Neo4j but cannot compile the launcher (Maven would say "No compiler is provided").
  if (!runs(javaCommand('javac'), ['-version'])) {
    return `the launcher is not built and there is no ${javaCommand('javac')} (install openjdk-17-jdk-headless)`;
  }
  return undefined;
}

function newestSource(): number {
  const sources = readdirSync(sourceDir).map((file) => join(sourceDir, file));
  return Math.max(...[pomFile, ...sources].map((file) => statSync(file).mtimeMs));
}

/** True when target/ is newer than pom.xml and the sources and every jar of the classpath is still in ~/.m2. */
function isBuilt(): boolean {
  if (!existsSync(jarFile) || !existsSync(classpathFile)) return false;
  if (statSync(jarFile).mtimeMs < newestSource() || statSync(classpathFile).mtimeMs < newestSource()) return false;
  return readFileSync(classpathFile, 'utf8')
    .trim()
    .split(':')
    .every((jar) => existsSync(jar));
}

/**
 * Builds the launcher when it is missing or older than its sources (Maven resolves Neo4j from Maven Central into
 * ~/.m2), then starts it once to write its class data sharing archive: later starts map the classes Neo4j loads
 * instead of reading and verifying them again, which made a start 2–3 times faster on a busy 2-core machine
 * (12–22 s against 41–49 s, load average 15). Without an archive it still starts, only slower.
 */
export async function buildLauncher(): Promise<void> {
  if (!isBuilt()) {
    rmSync(archiveFile, { force: true });
    const result = spawnSync('mvn', ['-q', '-B', 'package'], { cwd: launcherDir, encoding: 'utf8' });
    if (result.error) throw new LauncherError(`cannot run mvn: ${result.error.message}`);
    if (result.status !== 0) {
      const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-20).join('\n');
      throw new LauncherError(`mvn -q package in ${launcherDir} failed (exit ${result.status}):\n${output}`);
    }
  }
  if (!existsSync(archiveFile)) await writeArchive();
}

/** One start and a clean exit with -XX:ArchiveClassesAtExit; a failure only leaves the archive out. */
async function writeArchive(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cascade-neo4j-archive-'));
  // Written beside and renamed into place, so a start running meanwhile never maps half an archive.
  const written = join(dataDir, 'launcher.jsa');
  try {
    const server = await launch({ dataDir: join(dataDir, 'db') }, [`-XX:ArchiveClassesAtExit=${written}`]);
    // Closing stdin makes the launcher exit normally, which is when the JVM writes the archive.
    server.child.stdin?.end();
    await server.exited;
    if (existsSync(written)) renameSync(written, archiveFile);
  } catch {
    // No archive: starts stay correct, only slower.
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export interface Neo4jServer {
  uri: string;
  user: string;
  password: string;
  port: number;
  dataDir: string;
  version: string;
  child: ChildProcess;
  /** Resolves with the exit code (143 after SIGTERM, the usual JVM code) when the process ended. */
  exited: Promise<number | null>;
  /** SIGTERM (a clean shutdown with a checkpoint), or SIGKILL to simulate a crash; waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface StartOptions {
  /** The database directory; kept after stop, so a restart on it serves the same graph. */
  dataDir: string;
  /** 0 (default) takes a free port; give the previous port to restart where clients expect it. */
  port?: number;
  /** At least 8 characters; generated when absent (see `server.password`). */
  password?: string;
  /** -Xmx, e.g. '2g'; neo4j/jvm.options has the default. */
  heap?: string;
  pageCacheMb?: number;
  /** Where Java's stderr goes: kept for error messages (default) or shown. */
  stderr?: 'pipe' | 'inherit';
  timeoutMs?: number;
}

export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

interface ReadyLine {
  event: 'ready';
  uri: string;
  user: string;
  version: string;
}

/** Starts Neo4j and resolves once it accepts Bolt connections with the password set. */
export async function startNeo4j(options: StartOptions): Promise<Neo4jServer> {
  await buildLauncher();
  return launch(options, existsSync(archiveFile) ? [`-XX:SharedArchiveFile=${archiveFile}`] : []);
}

async function launch(options: StartOptions, jvmOptions: string[]): Promise<Neo4jServer> {
  const password = options.password ?? generatePassword();
  const classpath = `${jarFile}:${readFileSync(classpathFile, 'utf8').trim()}`;
  const args = [
    `@${join(launcherDir, 'jvm.options')}`,
    ...jvmOptions,
    ...(options.heap ? [`-Xmx${options.heap}`] : []),
    '-cp',
    classpath,
    MAIN_CLASS,
    ...['--data', options.dataDir, '--port', String(options.port ?? 0), '--exit-on-stdin-eof'],
    ...(options.pageCacheMb ? ['--page-cache-mb', String(options.pageCacheMb)] : []),
  ];
  // Own process group (stopped as a whole); stdin is a pipe so the JVM exits when this process dies.
  const child = spawn(javaCommand(), args, {
    detached: true,
    env: { ...process.env, NEO4J_PASSWORD: password },
    stdio: ['pipe', 'pipe', options.stderr ?? 'pipe'],
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const ready = await readyLine(child, exited, options.timeoutMs ?? 180_000);
  return {
    uri: ready.uri,
    user: ready.user,
    password,
    port: Number(new URL(ready.uri).port),
    dataDir: options.dataDir,
    version: ready.version,
    child,
    exited,
    stop: (signal = 'SIGTERM') => stopGroup(child, exited, signal),
  };
}

function readyLine(child: ChildProcess, exited: Promise<number | null>, timeoutMs: number): Promise<ReadyLine> {
  const errors: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => errors.push(...chunk.toString('utf8').split('\n')));
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (message: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stopGroup(child, exited, 'SIGKILL');
      reject(new LauncherError(`${message}\n${errors.slice(-30).join('\n')}`));
    };
    const timer = setTimeout(() => fail(`Neo4j did not report ready within ${timeoutMs} ms`), timeoutMs);
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      for (let at = buffer.indexOf('\n'); at >= 0; at = buffer.indexOf('\n')) {
        const line = buffer.slice(0, at).trim();
        buffer = buffer.slice(at + 1);
        const event = parseEvent(line);
        if (event?.event !== 'ready' || settled) continue;
        settled = true;
        clearTimeout(timer);
        resolve(event as ReadyLine);
      }
    });
    void exited.then((code) => fail(`Neo4j exited (code ${code}) before it was ready`));
  });
}

function parseEvent(line: string): { event?: unknown } | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    return JSON.parse(line) as { event?: unknown };
  } catch {
    return undefined;
  }
}

async function stopGroup(child: ChildProcess, exited: Promise<number | null>, signal: NodeJS.Signals): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const send = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // The group is already gone.
    }
  };
  send(signal);
  // A clean shutdown checkpoints the store; past a minute something is stuck.
  const killer = setTimeout(() => send('SIGKILL'), 60_000);
  await exited;
  clearTimeout(killer);
}
