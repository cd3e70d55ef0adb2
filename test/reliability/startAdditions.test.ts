/**
 * A start after new corpus texts (issue 11, start time), against the real server process on a persistent store: a
 * start that finds only new texts answers at once from the stored graph and adds their documents one by one, as
 * imports are added, without realigning, leaving the store as a full rebuild (the admin path: the graph record
 * removed) leaves it; a changed text realigns everything, and the log says why.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGrafeoStore } from '../../server/src/store/grafeo/grafeoStore';
import { graphql } from '../support/http';
import { repoRoot, spawnServer, stopAllServers } from '../support/serverProcess';
import type { ServerProcess } from '../support/serverProcess';
import { storeSnapshot } from '../support/storeSnapshot';
import { importText } from './probe';

const CORPUS = join(repoRoot, 'graph-seed/corpus');
const XIUZHOU = '330411-xiuzhou-2025.txt';
const NANHU = readFileSync(join(repoRoot, 'test/api/fixtures/330402-nanhu-2026.txt'), 'utf8');

/** The log lines with this `msg`, parsed. */
const logged = (server: ServerProcess, msg: string) =>
  server.lines.filter((line) => line.includes(`"msg":"${msg}"`)).map((line) => JSON.parse(line) as object);

/** The graph the store in `dataDir` holds (read once the server stopped). */
async function storedGraph(dataDir: string) {
  const store = await createGrafeoStore({ path: dataDir });
  try {
    return await storeSnapshot(store);
  } finally {
    await store.close();
  }
}

afterAll(stopAllServers);

describe('a start after new corpus texts', () => {
  const corpusDir = mkdtempSync(join(tmpdir(), 'cascade-additions-corpus-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'cascade-additions-data-'));
  afterAll(() => [corpusDir, dataDir].forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  // Always the embedded store in the data directory, on either test leg: the test reads it once the server stopped.
  const env = { CASCADE_CORPUS_DIR: corpusDir, CASCADE_DATA_DIR: dataDir, NEO4J_URI: '' };

  it('adds their documents without realigning, as a full rebuild would; a changed text realigns', async () => {
    cpSync(CORPUS, corpusDir, { recursive: true, filter: (path) => !path.endsWith(XIUZHOU) });
    let server = await spawnServer({ env });
    expect(logged(server, 'realigned')).toMatchObject([{ reason: expect.stringMatching(/no graph record/) }]);
    expect(await importText(server.url, NANHU, '330402-nanhu-2026.txt')).toMatchObject({
      __typename: 'ImportedPolicy',
    });
    await server.stop();

    writeFileSync(join(corpusDir, XIUZHOU), readFileSync(join(CORPUS, XIUZHOU)));
    // It answers at once from the stored graph, and logs when the new document is in.
    server = await spawnServer({ env, until: 'added new corpus texts' });
    expect(logged(server, 'adding new corpus texts')).toMatchObject([{ texts: 1 }]);
    expect(logged(server, 'added new corpus texts')).toMatchObject([{ documents: 1 }]);
    expect(logged(server, 'realigned')).toEqual([]);
    expect(server.lines.findIndex((line) => line.includes('"msg":"listening"'))).toBeLessThan(
      server.lines.findIndex((line) => line.includes('"msg":"added new corpus texts"')),
    );
    const { data } = await graphql(
      server.url,
      '{ coverage(policyId: "330000-2025") { localities { policy { id } } } }',
    );
    const localities = data.coverage.localities.map((l: { policy: { id: string } }) => l.policy.id);
    expect(localities).toContain('330411-2025');
    await server.stop();
    const grown = await storedGraph(dataDir);

    await rm(join(dataDir, 'graph-fingerprint.json'));
    server = await spawnServer({ env });
    expect(logged(server, 'realigned')).toMatchObject([{ reason: expect.stringMatching(/no graph record/) }]);
    await server.stop();
    expect(await storedGraph(dataDir)).toEqual(grown);

    appendFileSync(join(corpusDir, XIUZHOU), '\n');
    server = await spawnServer({ env });
    expect(logged(server, 'realigned')).toMatchObject([{ reason: `corpus files changed: ${XIUZHOU}` }]);
    await server.stop();
  }, 240_000);
});
