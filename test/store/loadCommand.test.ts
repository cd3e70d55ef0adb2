import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { EXIT, buildCorpusGraph, defaultCorpusDir, loadCorpus, provinceCorpusDir } from '@policy-cascade/graph-seed';
import { loadCommand } from '../../server/src/cli/loadCommand';
import { countGraph } from '../../server/src/load';
import { createGrafeoStore } from '../../server/src/store/grafeo/grafeoStore';

async function runLoad(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const code = await loadCommand(args);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

describe('cascade load on the real corpus', () => {
  const root = mkdtempSync(join(tmpdir(), 'cascade-cli-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  afterEach(() => vi.restoreAllMocks());

  it('loads the corpus graph into a grafeo directory and prints the counts the store holds, twice alike', async () => {
    const graph = buildCorpusGraph(loadCorpus().documents);
    const first = await runLoad(['--store', root]);
    expect(first.stderr).toContain(`grafeo in ${root}`);
    expect(first.code).toBe(0);
    expect(first.stdout.split('\n')[0]).toBe(`nodes: ${graph.nodes.length}, edges: ${graph.edges.length}`);
    const clauses = graph.nodes.filter((node) => node.label === 'Clause').length;
    expect(first.stdout).toContain(`  Clause: ${clauses}\n`);

    const second = await runLoad(['--store', root]);
    expect(second.stdout).toBe(first.stdout);

    const store = await createGrafeoStore({ path: root });
    const counts = await countGraph(store);
    await store.close();
    expect(counts).toMatchObject({ nodes: graph.nodes.length, edges: graph.edges.length });
  });

  it('loads what it can read and exits 2 when texts are refused, each reported as file:line: message', async () => {
    const partial = await runLoad(['--corpus', defaultCorpusDir, '--corpus', provinceCorpusDir]);
    expect(partial.code).toBe(EXIT.PARTIAL);
    expect(partial.stderr).toMatch(/hangzhou-untitled-2025\.txt:5: no Zhejiang region named/);
    expect(partial.stdout).toMatch(/^nodes: \d+, edges: \d+/);
  });

  it('rejects an unknown option and a neo4j URI without credentials, naming them', async () => {
    const unknown = await runLoad(['--stor', root]);
    expect(unknown).toMatchObject({ code: 1 });
    expect(unknown.stderr).toContain("unknown option '--stor'");
    vi.stubEnv('NEO4J_USER', '');
    const neo4j = await runLoad(['--store', 'neo4j://127.0.0.1:7687']);
    vi.unstubAllEnvs();
    expect(neo4j.code).toBe(1);
    expect(neo4j.stderr).toContain('NEO4J_USER is missing');
  });
});
