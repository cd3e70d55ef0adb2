import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PolicyGraph } from '../model/graph';
import { buildCommand } from '../cli/buildCommand';
import { EXIT } from '../cli/corpusReport';
import { defaultCorpusDir } from '../io/readPolicy';
import { provinceCorpusDir, provinceExpectations } from '../io/provinceCorpus';

describe('build command', () => {
  afterEach(() => vi.restoreAllMocks());

  function captureStderr(): string[] {
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    return lines;
  }

  it('writes the corpus graph to --out and counts per label on stderr', async () => {
    const stderr = captureStderr();
    const out = join(mkdtempSync(join(tmpdir(), 'build-')), 'graph.json');
    expect(await buildCommand(['--out', out])).toBe(0);
    const graph = JSON.parse(readFileSync(out, 'utf8')) as PolicyGraph;
    expect(graph.nodes.find((n) => n.id === '330411-2025')?.label).toBe('Policy');
    expect(graph.edges.every((e) => typeof e.from === 'string' && typeof e.to === 'string')).toBe(true);
    expect(stderr.join('')).toMatch(/node Clause: \d+/);
  });

  it('builds what it can read from several directories, reports each refused text and exits 2', async () => {
    const stderr = captureStderr();
    const out = join(mkdtempSync(join(tmpdir(), 'build-')), 'graph.json');
    expect(await buildCommand(['--corpus', defaultCorpusDir, '--corpus', provinceCorpusDir, '--out', out])).toBe(
      EXIT.PARTIAL,
    );
    const graph = JSON.parse(readFileSync(out, 'utf8')) as PolicyGraph;
    const refused = [...provinceExpectations()].filter(([, e]) => e.refused);
    for (const [file] of refused) expect(stderr.join('')).toMatch(new RegExp(`${file.replace('.', '\\.')}:\\d+: `));
    expect(stderr.join('')).toContain(`build: ${refused.length} of `);
    expect(graph.nodes.find((n) => n.id === '330402-2025')?.label).toBe('Policy');
    expect(graph.edges).toContainEqual(
      expect.objectContaining({
        type: 'IMPLEMENTS',
        from: '330402-2025',
        to: '330400-2025',
        properties: { method: 'title' },
      }),
    );
  });

  it('exits 1 with file:line messages when a corpus file cannot be read, and on bad options', async () => {
    const stderr = captureStderr();
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    expect(await buildCommand(['--corpus', dir])).toBe(1);
    expect(stderr.join('')).toMatch(/empty\.txt:\d+: /);
    expect(await buildCommand(['--bogus'])).toBe(1);
    expect(await buildCommand(['--out'])).toBe(1);
    expect(stderr.join('')).toMatch(/unknown option '--bogus'/);
  });
});
