/**
 * The explorer as a real process, for the tests and benchmarks that need one: `npm run serve`'s own command,
 * spawned in its own process group on a free port (PORT=0), its JSON log lines read until it says it is ready,
 * and stopped by process group so nothing it started outlives the caller.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverStoreEnv } from './testStore';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The command `npm run serve` runs (node flags included), with `node` as this very node binary, and the variables the
 * script sets before it (`NODE_ENV=production`).
 */
export function serveCommand(): { argv: string[]; env: Record<string, string> } {
  const { scripts } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const serve = scripts['serve'];
  if (!serve) throw new Error('package.json has no serve script');
  const words = serve.split(/\s+/);
  const env: Record<string, string> = {};
  while (words[0] && /^[A-Z_]+=/.test(words[0])) {
    const [name = '', value = ''] = words.shift()!.split('=');
    env[name] = value;
  }
  const [command = 'node', ...args] = words;
  return { argv: [command === 'node' ? process.execPath : command, ...args], env };
}

export interface ServerProcess {
  /** Base URL, e.g. http://127.0.0.1:43121 (no trailing slash). */
  url: string;
  child: ChildProcess;
  /** Every line the server wrote so far (stdout; stderr too unless inherited). */
  lines: string[];
  /** The exit code once it exited (null when ended by a signal). */
  exited: Promise<number | null>;
  /** Signals the whole group (SIGKILL after 5 s if it lingers) and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface SpawnOptions {
  /**
   * Added to (and overriding) the defaults: PORT=0, HOST=127.0.0.1, no data directory, LOG_LEVEL=info, and the store
   * of this test run — grafeo in memory, or on the Neo4j leg the leg's Neo4j, emptied first (test/support/testStore.ts).
   * Setting NEO4J_URI here (even to '') chooses the store yourself and leaves the leg's database alone.
   */
  env?: Record<string, string>;
  /** Resolve on the first log line with this `msg` (default `listening`: the graph is loaded and answers). */
  until?: string;
  /** Run another entry than server/src/main.ts (debugging a harness change). */
  entry?: string;
  stderr?: 'pipe' | 'inherit';
  timeoutMs?: number;
}

const running = new Set<ServerProcess>();

/** Stops every server this process started that is still running (for afterAll). */
export async function stopAllServers(): Promise<void> {
  await Promise.all([...running].map((server) => server.stop('SIGKILL')));
}

export async function spawnServer(options: SpawnOptions = {}): Promise<ServerProcess> {
  const storeEnv = options.env && 'NEO4J_URI' in options.env ? {} : await serverStoreEnv();
  const serve = serveCommand();
  const [command = process.execPath, ...args] = serve.argv;
  if (options.entry) args.splice(args.length - 1, 1, options.entry);
  const child = spawn(command, args, {
    cwd: repoRoot,
    detached: true,
    env: {
      ...process.env,
      ...serve.env,
      PORT: '0',
      HOST: '127.0.0.1',
      NEO4J_URI: '',
      CASCADE_DATA_DIR: '',
      LOG_LEVEL: 'info',
      ...storeEnv,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', options.stderr ?? 'pipe'],
  });
  const lines: string[] = [];
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const server: ServerProcess = { url: '', child, lines, exited, stop: (signal) => stopGroup(child, exited, signal) };
  running.add(server);
  void exited.then(() => running.delete(server));
  const until = options.until ?? 'listening';
  return new Promise((resolvePromise, reject) => {
    let settled = false;
    const fail = (message: string) => {
      if (settled) return; // a server that exits after it was ready is the caller's business (server.exited)
      settled = true;
      clearTimeout(timer);
      void server.stop('SIGKILL');
      reject(new Error(`[server] ${message}\n${lines.slice(-40).join('\n')}`));
    };
    const timer = setTimeout(
      () => fail(`no "${until}" log line within ${options.timeoutMs ?? 90_000} ms`),
      options.timeoutMs ?? 90_000,
    );
    let bound: string | undefined;
    let buffer = '';
    child.stderr?.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')));
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      for (let at = buffer.indexOf('\n'); at >= 0; at = buffer.indexOf('\n')) {
        const line = buffer.slice(0, at);
        buffer = buffer.slice(at + 1);
        lines.push(line);
        const entry = logEntry(line);
        if (entry?.msg === 'accepting connections' && typeof entry.url === 'string') bound = entry.url;
        if (entry?.msg !== until) continue;
        const url = typeof entry.url === 'string' ? entry.url : bound;
        if (!url) continue;
        settled = true;
        clearTimeout(timer);
        server.url = url.replace(/\/$/, '');
        resolvePromise(server);
      }
    });
    void exited.then((code) => fail(`the server exited (code ${code}) before "${until}"`));
  });
}

function logEntry(line: string): { msg?: unknown; url?: unknown } | undefined {
  if (!line.trim().startsWith('{')) return undefined;
  try {
    return JSON.parse(line) as { msg?: unknown; url?: unknown };
  } catch {
    return undefined;
  }
}

async function stopGroup(
  child: ChildProcess,
  exited: Promise<number | null>,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<number | null> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const send = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // The group is already gone.
    }
  };
  send(signal);
  const killer = setTimeout(() => send('SIGKILL'), 5_000);
  const code = await exited;
  clearTimeout(killer);
  return code;
}
