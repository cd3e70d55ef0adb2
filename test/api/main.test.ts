/**
 * The real process: `tsx server/src/main.ts` with PORT=0 (a free port, read from the "listening" log line), queried
 * over HTTP, then stopped by signal. Spawned detached and killed by process group so no server outlives the test.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

function startServer(env: Record<string, string>): Promise<Server> {
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
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      for (let at = buffer.indexOf('\n'); at >= 0; at = buffer.indexOf('\n')) {
        const line = buffer.slice(0, at);
        buffer = buffer.slice(at + 1);
        lines.push(line);
        const entry = JSON.parse(line) as { msg: string; url?: string };
        if (entry.msg === 'listening' && entry.url) resolve({ child, url: entry.url, lines, exited });
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
});
