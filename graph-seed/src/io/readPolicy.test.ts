// readPolicyFile and loadCorpus on real files: the corpus, and bad files written to a temporary directory.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultCorpusDir, loadCorpus, loadCorpusGrowth, readPolicyFile } from './readPolicy';

const dir = mkdtempSync(join(tmpdir(), 'graph-seed-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('loadCorpus', () => {
  it('reads the five corpus documents in file-name order without errors', () => {
    const { documents, diagnostics } = loadCorpus();
    expect(documents.map((d) => d.policy.id)).toEqual([
      '330411-2024-draft',
      '330411-2025',
      '330481-2025',
      '330482-2025',
      '330500-2025',
    ]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reports a missing directory instead of throwing', () => {
    const { documents, diagnostics } = loadCorpus(join(dir, 'nope'));
    expect(documents).toEqual([]);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', code: 'READ_FAILED' });
  });
});

describe('loadCorpusGrowth', () => {
  it('gives the corpus as loadCorpus does, and as it was without the new texts', () => {
    const added = [join(defaultCorpusDir, '330411-xiuzhou-2025.txt'), join(defaultCorpusDir, '330500-huzhou-2025.txt')];
    const { before, after } = loadCorpusGrowth([defaultCorpusDir], added);
    expect(after).toEqual(loadCorpus());
    expect(before.documents.map((d) => d.policy.id)).toEqual(['330411-2024-draft', '330481-2025', '330482-2025']);
    expect(before.documents).toEqual(
      after.documents.filter((d) => before.documents.some((b) => b.policy.id === d.policy.id)),
    );
  });
});

describe('readPolicyFile on bad input', () => {
  it('names a missing file', () => {
    const path = join(dir, 'missing.txt');
    expect(readPolicyFile(path).diagnostics).toEqual([
      { file: path, line: 0, severity: 'error', code: 'READ_FAILED', message: 'no such file' },
    ]);
  });

  it('refuses an empty file and a binary file', () => {
    expect(readPolicyFile(write('empty.txt', '')).diagnostics[0]).toMatchObject({ code: 'EMPTY_FILE', line: 1 });
    const binary = readPolicyFile(
      write('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    );
    expect(binary).toMatchObject({ document: null, diagnostics: [{ code: 'BINARY_FILE', severity: 'error' }] });
  });

  it('gives NO_STRUCTURE at the first line of a text without areas or clauses', () => {
    const path = write('prose.txt', '\n\n这是一段没有任何条款结构的普通文字。\n第二段文字。\n');
    expect(readPolicyFile(path)).toEqual({
      document: null,
      diagnostics: [expect.objectContaining({ file: path, line: 3, severity: 'error', code: 'NO_STRUCTURE' })],
    });
  });

  it('reads a 5 MB text to a document', () => {
    const clause = '(一)推动高能级科创平台提质增效。对新认定的给予每家100万元补助。(责任单位:区科技局、区财政局)\n';
    const copies = Math.ceil(5_000_000 / Buffer.byteLength(clause));
    const result = readPolicyFile(
      write('big.txt', `一、推进教育科技人才一体发展(由区科技局牵头)\n${clause.repeat(copies)}`),
      { regionCode: '330411', year: 2025 },
    );
    expect(result.document?.clauses).toHaveLength(copies);
    expect(result.document?.clauses[copies - 1]?.sourceLine).toBe(copies + 1);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
