/** `cascade export`: the corpus graph as nodes.csv and edges.csv, read back with a CSV parser as pandas would. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpusGraph, loadCorpus } from '@policy-cascade/graph-seed';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { exportCommand } from './exportCommand';

const dir = mkdtempSync(join(tmpdir(), 'cascade-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function read(name: string): Record<string, string>[] {
  return parse(readFileSync(join(dir, name), 'utf8'), { columns: true }) as Record<string, string>[];
}

describe('export', () => {
  it('writes every node and edge of the corpus graph, with every property, and the JSON of build', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await exportCommand(['--csv', dir, '--json', join(dir, 'graph.json')])).toBe(0);
    const graph = buildCorpusGraph(loadCorpus().documents);
    const nodes = read('nodes.csv');
    const edges = read('edges.csv');
    expect(nodes).toHaveLength(graph.nodes.length);
    expect(edges).toHaveLength(graph.edges.length);
    expect(JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(graph)));
    const clause = nodes.find((row) => row.Id === '330411-2025/c1');
    const built = graph.nodes.find((node) => node.id === '330411-2025/c1');
    expect(clause).toMatchObject({
      Label: '(一) 推動高能級科創平臺提質增效',
      kind: 'Clause',
      label_property: '(一)',
      text: built?.properties.text,
    });
    const department = nodes.find((row) => row.Id === '330411/经商局');
    expect(JSON.parse(department?.functions ?? '')).toEqual(['commerce', 'economy']);
    const ids = new Set(nodes.map((row) => row.Id));
    expect(edges.every((row) => ids.has(row.Source ?? '') && ids.has(row.Target ?? ''))).toBe(true);
    const implementing = edges.find((row) => row.relationship === 'IMPLEMENTS' && row.score !== '');
    expect(implementing).toMatchObject({ Type: 'Directed', Weight: implementing?.score });
    expect(readFileSync(join(dir, 'nodes.csv'), 'utf8').startsWith('Id,Label,kind,')).toBe(true);
  });

  it('refuses unknown options and a call without an output', async () => {
    const errors: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((text) => errors.push(String(text)) > 0);
    expect(await exportCommand([])).toBe(1);
    expect(await exportCommand(['--csv'])).toBe(1);
    expect(await exportCommand(['--tsv', dir])).toBe(1);
    expect(errors.join('')).toMatch(
      /give --csv <dir>, --json <file> or both[\s\S]*--csv needs a value[\s\S]*unknown option '--tsv'/,
    );
  });
});
