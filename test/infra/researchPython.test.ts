/**
 * The Python snippet of docs/research.md pages the graph export of a real server into pandas: run as written (only
 * the address changed) against `npm run serve`'s command on a free port. Skipped where no Python with pandas is
 * installed (Debian: apt install python3-pandas), as the Neo4j suites skip without a server.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { researchDoc } from './researchDoc';
import { spawnServer, stopAllServers } from '../support/serverProcess';

/** A Python that has pandas: the one on PATH, else Debian's. */
function pythonWithPandas(): string | null {
  for (const python of ['python3', '/usr/bin/python3']) {
    if (spawnSync(python, ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0) return python;
  }
  return null;
}

const python = pythonWithPandas();
afterAll(() => stopAllServers());

describe.skipIf(python === null)('docs/research.md Python snippet', () => {
  it('pages every node and edge of the graph into pandas', async () => {
    const snippet = /```python\n([\s\S]*?)```/.exec(readFileSync(researchDoc, 'utf8'))?.[1] ?? '';
    const server = await spawnServer();
    const code = snippet.replace('http://127.0.0.1:4000', server.url);
    expect(code).toContain(server.url);
    const output = execFileSync(python as string, ['-c', code], { encoding: 'utf8', timeout: 60_000 });
    // value_counts prints one line per label and per type: they must be the server's own totals.
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ clauses: graph(labels: ["Clause"], first: 1) { totalNodes }
          implements: graph(types: [IMPLEMENTS], first: 1) { totalEdges } }`,
      }),
    });
    const { data } = (await response.json()) as {
      data: { clauses: { totalNodes: number }; implements: { totalEdges: number } };
    };
    expect(output).toMatch(new RegExp(`^Clause\\s+${data.clauses.totalNodes}$`, 'm'));
    expect(output).toMatch(new RegExp(`^IMPLEMENTS\\s+${data.implements.totalEdges}$`, 'm'));
  }, 120_000);
});
