/**
 * The bounds of one import (issue 17): clauses per document, measures a document may add to an inferred superior,
 * the time budget and the heap cap of the import worker, and texts that arrive in the wrong encoding. Each refusal
 * is TOO_LARGE (or INVALID_INPUT) with its numbers, and leaves the store as it was.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_CLAUSES, openLibrary } from '../../server/src/import';
import { countGraph } from '../../server/src/load';
import { createGrafeoStore } from '../../server/src/store/grafeo/grafeoStore';
import { repoRoot } from '../support/serverProcess';
import { largePolicyText } from '../support/largeText';

const corpusDir = join(repoRoot, 'graph-seed/corpus');
const XIUZHOU_2025 = readFileSync(join(corpusDir, '330411-xiuzhou-2025.txt'), 'utf8');
const GBK_HEAD = readFileSync(join(repoRoot, 'graph-seed/src/io/__fixtures__/xiuzhou-2024-draft-head.gbk.txt'));

async function library(options: Parameters<typeof openLibrary>[1] = {}) {
  const store = await createGrafeoStore();
  const opened = await openLibrary(store, options);
  return { store, importer: opened.importer, close: () => Promise.all([opened.importer.close(), store.close()]) };
}

describe('import bounds', () => {
  const stores: { close(): Promise<unknown> }[] = [];
  afterAll(() => Promise.all(stores.map((store) => store.close())));

  it(`refuses a document of more than ${MAX_CLAUSES} clauses with TOO_LARGE and the numbers`, async () => {
    const opened = await library();
    stores.push(opened);
    const before = await countGraph(opened.store);
    const refused = await opened.importer.importPolicy(largePolicyText({ clauses: 240 }), '330421-jiashan-2025.txt');
    expect(refused).toMatchObject({ ok: false, code: 'TOO_LARGE' });
    if (refused.ok) return;
    expect(refused.message).toMatch(/^The document has 240 clauses; an import takes up to 200 \(the largest real/);
    expect(refused.diagnostics[0]).toMatchObject({ code: 'TOO_LARGE', file: '330421-jiashan-2025.txt' });
    expect(await countGraph(opened.store)).toEqual(before);
    const atTheBound = await opened.importer.importPolicy(largePolicyText({ clauses: 200 }), '330421-jiashan-2025.txt');
    expect(atTheBound).toMatchObject({ ok: true, policyId: '330421-2025', clauseCount: 200 });
  });

  it('refuses a document that would add more measures to an inferred superior than allowed, naming them', async () => {
    // Without 秀洲 2025 the corpus infers 45 provincial measures; 秀洲 2025 brings 7 more (45 → 52).
    const dir = mkdtempSync(join(tmpdir(), 'cascade-bounds-'));
    cpSync(corpusDir, dir, { recursive: true, filter: (path) => !path.endsWith('330411-xiuzhou-2025.txt') });
    try {
      const strict = await library({ corpusDir: dir, bounds: { maxMeasuresAdded: 5 } });
      stores.push(strict);
      const refused = await strict.importer.importPolicy(XIUZHOU_2025, '330411-xiuzhou-2025.txt');
      expect(refused).toMatchObject({ ok: false, code: 'TOO_LARGE' });
      if (refused.ok) return;
      expect(refused.message).toContain('7 measures to 330000-2025 (45 → 52)');
      expect(refused.message).toContain('up to 5 measures');
      const usual = await library({ corpusDir: dir });
      stores.push(usual);
      expect(await usual.importer.importPolicy(XIUZHOU_2025, '330411-xiuzhou-2025.txt')).toMatchObject({ ok: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops an import past its time budget', async () => {
    const hasty = await library({ budget: { timeoutMs: 1, memoryMb: 1536 } });
    stores.push(hasty);
    const refused = await hasty.importer.importPolicy(largePolicyText({ clauses: 60 }), '330421-jiashan-2025.txt');
    expect(refused).toMatchObject({ ok: false, code: 'TOO_LARGE' });
    if (!refused.ok) expect(refused.message).toMatch(/took longer than 0\.001 s.*nothing was changed/);
  });

  it('stops an import past its heap cap', async () => {
    // 64 MB (the least CASCADE_IMPORT_MEMORY_MB takes) holds the worker and the corpus's build, not the parse and
    // alignment of 3,600 clauses (let past the clause bound).
    const small = await library({ budget: { timeoutMs: 120_000, memoryMb: 64 }, bounds: { maxClauses: 10_000 } });
    stores.push(small);
    const huge = largePolicyText({ clauses: 3600 });
    const refused = await small.importer.importPolicy(huge, '330421-jiashan-2025.txt');
    expect(refused).toMatchObject({ ok: false, code: 'TOO_LARGE' });
    if (!refused.ok) expect(refused.message).toMatch(/needed more than 64 MB/);
  });

  it('decodes a GBK file sent as Latin-1 characters, and names the encoding of one read as UTF-8', async () => {
    const opened = await library();
    stores.push(opened);
    // The decoded head of 秀洲's 2024 draft is that document: the corpus already has it.
    const latin1 = await opened.importer.importPolicy(GBK_HEAD.toString('latin1'), 'draft.gbk.txt');
    expect(latin1).toMatchObject({ ok: false, code: 'ALREADY_EXISTS', existingId: '330411-2024-draft' });
    const mangled = await opened.importer.importPolicy(new TextDecoder().decode(GBK_HEAD), 'draft.gbk.txt');
    expect(mangled).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    if (!mangled.ok) {
      expect(mangled.message).toMatch(/GBK \(GB18030\) or Big5 file read as UTF-8/);
      expect(mangled.diagnostics[0]).toMatchObject({ code: 'ENCODING', file: 'draft.gbk.txt' });
    }
  });
});
