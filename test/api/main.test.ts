/**
 * The real process: `npm run serve`'s command with PORT=0 (a free port, read from its log lines), queried over
 * HTTP, then stopped by signal (test/support/serverProcess.ts: own process group, nothing outlives the test).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createNetServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/http';
import { spawnServer, stopAllServers } from '../support/serverProcess';
import { serverStoreEnv } from '../support/testStore';

const NANHU = readFileSync(new URL('./fixtures/330402-nanhu-2026.txt', import.meta.url), 'utf8');

afterAll(stopAllServers);

describe('server/src/main.ts', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cascade-main-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('serves the corpus on 127.0.0.1, keeps an import across a restart without realigning, and stops on SIGTERM', async () => {
    // One store for both starts: on the Neo4j leg, emptied once here, not again before the restart.
    const env = { ...(await serverStoreEnv()), CASCADE_DATA_DIR: dataDir };
    const first = await spawnServer({ env });
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const listening = JSON.parse(first.lines.find((l) => l.includes('"listening"')) ?? '{}');
    expect(listening).toMatchObject({ level: 'info', msg: 'listening', url: first.url });
    const cascade = await graphql(first.url, '{ cascade(clauseId: "330411-2025/c1") { nodes { clause { id } } } }');
    expect(cascade.data.cascade.nodes).toHaveLength(7);
    const imported = await graphql(
      first.url,
      'mutation($t: String!) { importPolicy(text: $t, sourceName: "330402-nanhu-2026.txt") { __typename } }',
      { t: NANHU },
    );
    expect(imported.data.importPolicy).toEqual({ __typename: 'ImportedPolicy' });
    expect(await first.stop('SIGTERM')).toBe(0);
    expect(first.lines.some((line) => line.includes('"stopped"'))).toBe(true);

    // The import recorded its text in the graph's fingerprint: the restart serves the stored graph as it is,
    // without realigning (issue 11, start time).
    const second = await spawnServer({ env });
    const loaded = second.lines.filter((line) => line.includes('"msg":"loaded"')).map((line) => JSON.parse(line));
    expect(loaded).toMatchObject([{ realigned: false, nodes: null, edges: null }]);
    expect(second.lines.filter((line) => line.includes('"msg":"realigned"'))).toEqual([]);
    const policy = await graphql(second.url, '{ policy(id: "330402-2026") { stub clauseCount region { name } } }');
    expect(policy.data.policy).toEqual({ stub: false, clauseCount: 4, region: { name: '南湖区' } });
    expect(await second.stop('SIGINT')).toBe(0);
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
    const server = await spawnServer({
      env: { NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'not-a-secret' },
      until: 'graph store unavailable, retrying',
    });
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ regions { code } }' }),
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('STORE_UNAVAILABLE');
    // Only that the store is unavailable: not where it is, nor as whom (the log says where, without credentials).
    expect(body.errors[0]?.message).toBe('The graph store is not reachable yet; the explorer keeps trying.');
    expect(JSON.stringify(body)).not.toMatch(/7687|neo4j|bolt|\d+\.\d+\.\d+\.\d+/);
    expect(server.child.exitCode).toBeNull();
    expect(await server.stop('SIGTERM')).toBe(0);
  });
});
