/**
 * The explorer on Neo4j when Neo4j goes away (issue 13), with a Neo4j of its own (neo4j/launcher.ts) that the tests
 * stop and start again on the same port and data directory: while it is down every read answers STORE_UNAVAILABLE,
 * once it is back the same answers return, and an import cut off by a crash of Neo4j leaves no trace of the
 * document. Also checks that the Neo4j leg's own explorers really serve from the leg's Neo4j. Runs in the Neo4j leg.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNeo4j } from '../../neo4j/launcher';
import type { Neo4jServer } from '../../neo4j/launcher';
import { countGraph } from '../../server/src/load';
import type { CypherStore } from '../../server/src/store/CypherStore';
import { createNeo4jStore } from '../../server/src/store/neo4j/neo4jStore';
import { spawnServer, stopAllServers } from '../support/serverProcess';
import type { ServerProcess } from '../support/serverProcess';
import { neo4jTestSettings, openNeo4jTestStore } from '../support/testStore';

const NANHU = readFileSync(new URL('../api/fixtures/330402-nanhu-2026.txt', import.meta.url), 'utf8');
const REGIONS = '{ regions { code name } }';
const IMPORT = `mutation($t: String!) { importPolicy(text: $t, sourceName: "330402-nanhu-2026.txt") {
  __typename ... on ImportRejected { code } } }`;

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { extensions?: { code?: string } }[];
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
}

/** Asks until an answer without errors comes (the driver reconnects on its own), at most `ms`. */
async function answered(url: string, query: string, ms = 60_000): Promise<Answer> {
  const deadline = Date.now() + ms;
  for (;;) {
    const answer = await post(url, query);
    if (!answer.errors?.length || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Resolves once Neo4j runs a write of the import's transaction (a MERGE or DELETE of the loader). */
async function importWriting(store: CypherStore, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const rows = await store.run(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'MERGE' OR currentQuery CONTAINS 'DELETE' " +
        'RETURN count(*) AS writing',
    );
    if (Number(rows[0]?.writing) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the import never reached its write transaction');
}

describe('the explorer on Neo4j, with Neo4j stopped and started again', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cascade-neo4j-outage-'));
  let neo4j: Neo4jServer;
  let explorer: ServerProcess;

  const restartNeo4j = async (signal: NodeJS.Signals) => {
    await neo4j.stop(signal);
    neo4j = await startNeo4j({ dataDir, port: neo4j.port, password: neo4j.password });
  };
  const openStore = () => createNeo4jStore({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });

  beforeAll(async () => {
    neo4j = await startNeo4j({ dataDir });
    explorer = await spawnServer({
      env: {
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password,
        // Every read goes to the store, so an outage shows at once.
        CASCADE_RESPONSE_CACHE: 'off',
      },
    });
  }, 300_000);

  afterAll(async () => {
    await stopAllServers();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers STORE_UNAVAILABLE while Neo4j is down and the same as before once it is back', async () => {
    const before = await post(explorer.url, REGIONS);
    expect(before.errors).toBeUndefined();
    expect((before.data?.regions as unknown[]).length).toBeGreaterThan(5);

    await neo4j.stop('SIGTERM');
    const down = await post(explorer.url, REGIONS);
    expect(down.data ?? null).toBeNull();
    expect(down.errors?.[0]?.extensions?.code).toBe('STORE_UNAVAILABLE');
    expect(explorer.child.exitCode).toBeNull();

    neo4j = await startNeo4j({ dataDir, port: neo4j.port, password: neo4j.password });
    const back = await answered(explorer.url, REGIONS);
    expect(back.errors).toBeUndefined();
    expect(back.data).toEqual(before.data);
  }, 300_000);

  it('leaves no part of a document whose import Neo4j crashed in, and imports it once Neo4j is back', async () => {
    const watcher = await openStore();
    const countsBefore = await countGraph(watcher);
    const importing = post(explorer.url, IMPORT, { t: NANHU });
    await importWriting(watcher);
    await watcher.close();
    await restartNeo4j('SIGKILL');

    const cutOff = await importing;
    expect(cutOff.data?.importPolicy ?? cutOff.errors?.[0]?.extensions).not.toMatchObject({
      __typename: 'ImportedPolicy',
    });
    const store = await openStore();
    try {
      const traces = await store.run("MATCH (n) WHERE n.id STARTS WITH '330402-2026' RETURN count(n) AS n");
      expect(traces).toEqual([{ n: 0 }]);
      expect(await countGraph(store)).toEqual(countsBefore);
    } finally {
      await store.close();
    }
    const policy = await answered(explorer.url, '{ policy(id: "330402-2026") { id } }');
    expect(policy).toMatchObject({ data: { policy: null } });

    const imported = await post(explorer.url, IMPORT, { t: NANHU });
    expect(imported.data?.importPolicy).toEqual({ __typename: 'ImportedPolicy' });
  }, 300_000);
});

describe('the Neo4j leg', () => {
  it("starts every test explorer on the leg's Neo4j, emptied, with the corpus loaded into it", async () => {
    const settings = neo4jTestSettings();
    const explorer = await spawnServer();
    try {
      const loaded = JSON.parse(explorer.lines.find((line) => line.includes('"loaded"')) ?? '{}') as {
        store?: string;
      };
      expect(loaded.store).toBe(`neo4j at ${settings.uri}`);
      const served = await post(explorer.url, '{ policies(first: 1, filter: { includeStubs: true }) { totalCount } }');
      const store = await openNeo4jTestStore();
      try {
        const [row] = await store.run('MATCH (p:Policy) RETURN count(p) AS n');
        expect(served.data).toEqual({ policies: { totalCount: row?.n } });
      } finally {
        await store.close();
      }
    } finally {
      await explorer.stop();
    }
  }, 120_000);
});
