/**
 * The real process: `tsx server/src/main.ts` with PORT=0 (a free port, read from the "listening" log line), queried
 * over HTTP, then stopped by signal. Spawned detached and killed by process group so no server outlives the test.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createNetServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const NANHU = readFileSync(new URL('./fixtures/330402-nanhu-2026.txt', import.meta.url), 'utf8');

interface Server {
  child: ChildProcess;
  url: string;
  lines: string[];
  exited: Promise<number | null>;
}

const running = new Set<ChildProcess>();

/** Spawns main.ts and resolves on the first log line whose `msg` is `until` (by default, ready to answer). */
function startServer(env: Record<string, string>, until = 'listening'): Promise<Server> {
  const child = spawn(tsx, ['server/src/main.ts'], {
    cwd: root,
    detached: true,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const lines: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let boundUrl: string | undefined;
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      for (let at = buffer.indexOf('\n'); at >= 0; at = buffer.indexOf('\n')) {
        const line = buffer.slice(0, at);
        buffer = buffer.slice(at + 1);
        lines.push(line);
        const entry = JSON.parse(line) as { msg: string; url?: string };
        if (entry.msg === 'accepting connections' && entry.url) boundUrl = entry.url;
        if (entry.msg === until && boundUrl) resolve({ child, url: boundUrl, lines, exited });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')));
    void exited.then((code) => reject(new Error(`server exited with ${code}: ${lines.join('\n')}`)));
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (child.pid !== undefined && child.exitCode === null) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  }
}

afterAll(() => {
  for (const child of running) killGroup(child);
});

async function post(url: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('server/src/main.ts', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cascade-main-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('serves the corpus on 127.0.0.1, keeps an import across a restart, and stops on SIGTERM', async () => {
    const first = await startServer({ CASCADE_DATA_DIR: dataDir });
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const listening = JSON.parse(first.lines.find((l) => l.includes('"listening"')) ?? '{}');
    expect(listening).toMatchObject({ level: 'info', msg: 'listening', url: first.url });
    const cascade = await post(first.url, '{ cascade(clauseId: "330411-2025/c1") { nodes { clause { id } } } }');
    expect(cascade.data.cascade.nodes).toHaveLength(7);
    const imported = await post(
      first.url,
      'mutation($t: String!) { importPolicy(text: $t, sourceName: "330402-nanhu-2026.txt") { __typename } }',
      { t: NANHU },
    );
    expect(imported.data.importPolicy).toEqual({ __typename: 'ImportedPolicy' });
    killGroup(first.child, 'SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.lines.some((line) => line.includes('"stopped"'))).toBe(true);

    const second = await startServer({ CASCADE_DATA_DIR: dataDir });
    const policy = await post(second.url, '{ policy(id: "330402-2026") { stub clauseCount region { name } } }');
    expect(policy.data.policy).toEqual({ stub: false, clauseCount: 4, region: { name: '南湖区' } });
    killGroup(second.child, 'SIGINT');
    expect(await second.exited).toBe(0);
  }, 60_000);

  it('keeps running while Neo4j is unreachable: 503 with a clear GraphQL error, and retries', async () => {
    // A port nothing listens on: the driver's connection is refused at once.
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createNetServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const uri = `bolt://127.0.0.1:${closedPort}`;
    const server = await startServer(
      { NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'not-a-secret' },
      'graph store unavailable, retrying',
    );
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ regions { code } }' }),
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('STORE_UNAVAILABLE');
    expect(body.errors[0]?.message).toContain(`127.0.0.1:${closedPort}`);
    expect(server.child.exitCode).toBeNull();
    killGroup(server.child, 'SIGTERM');
    expect(await server.exited).toBe(0);
  });
});
