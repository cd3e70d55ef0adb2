/**
 * Imports across restarts on a persistent store (issue 11): a start whose graph record matches keeps the stored
 * graph and the worker builds its state from the texts and the stored ids, so the imports after it write deltas
 * that leave the store exactly as a full rebuild (the admin path: the record removed) leaves it; and an inferred
 * id whose measure is gone is never given to another measure, after a restart either.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../server/src/import';
import type { LibraryOptions } from '../../server/src/import';
import type { CypherStore } from '../../server/src/store/CypherStore';
import { createGrafeoStore } from '../../server/src/store/grafeo/grafeoStore';
import { DEFAULT_IMPORT_BUDGET } from '../../server/src/config';
import { repoRoot } from '../support/serverProcess';
import { storeSnapshot } from '../support/storeSnapshot';

const CORPUS = join(repoRoot, 'graph-seed/corpus');
const NANHU = readFileSync(join(repoRoot, 'test/api/fixtures/330402-nanhu-2026.txt'), 'utf8');
const XIUZHOU = readFileSync(join(CORPUS, '330411-xiuzhou-2025.txt'), 'utf8');
/** 秀洲 2025 cut before its (四): its first three clauses. */
const XIUZHOU_CUT = XIUZHOU.slice(0, XIUZHOU.search(/^[(（]四[)）]/m));

/** The numbers of the inferred provincial measures the store holds. */
async function provincialNumbers(store: CypherStore): Promise<number[]> {
  const rows = await store.run(
    "MATCH (c:Clause {inferred: true}) WHERE c.id STARTS WITH '330000-2025/c' RETURN c.id AS id",
  );
  return rows.map((row) => Number(String(row.id).slice('330000-2025/c'.length))).sort((a, b) => a - b);
}

/** A server's library on the grafeo store in `dataDir`, opened as a start opens it. */
async function start(dataDir: string, corpusDir = CORPUS, options: LibraryOptions = {}) {
  const store = await createGrafeoStore({ path: dataDir });
  const library = await openLibrary(store, { dataDir, corpusDir, ...options });
  return {
    store,
    library,
    import: (text: string, name: string, replace = false) => library.importer.importPolicy(text, name, { replace }),
    stop: async () => {
      await library.importer.close();
      await store.close();
    },
  };
}

describe('imports across restarts', () => {
  const dirs: string[] = [];
  const tempDir = (name: string) => {
    const dir = mkdtempSync(join(tmpdir(), name));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('continue from a kept graph and leave the store as a full rebuild does', async () => {
    const dataDir = tempDir('cascade-restart-');
    let server = await start(dataDir);
    expect(server.library.load).not.toBeNull();
    expect(await server.import(NANHU, '330402-nanhu-2026.txt')).toMatchObject({ ok: true });
    await server.stop();

    // Nothing changed: the stored graph is kept; the worker builds its state at the first import.
    server = await start(dataDir);
    expect(server.library.load).toBeNull();
    expect(await server.import(XIUZHOU_CUT, '330411-xiuzhou-2025.txt', true)).toMatchObject({ ok: true });
    const live = await storeSnapshot(server.store);
    await server.stop();

    // The admin's full rebuild: the record removed, the next start realigns everything from the texts.
    await rm(join(dataDir, 'graph-fingerprint.json'));
    server = await start(dataDir);
    expect(server.library.load).not.toBeNull();
    expect(await storeSnapshot(server.store)).toEqual(live);
    await server.stop();
  }, 180_000);

  it('never give the id of a measure that is gone to another one, after a restart either', async () => {
    const corpusDir = tempDir('cascade-restart-corpus-');
    cpSync(CORPUS, corpusDir, { recursive: true, filter: (path) => !path.endsWith('330411-xiuzhou-2025.txt') });
    const dataDir = tempDir('cascade-restart-ids-');
    let server = await start(dataDir, corpusDir);
    expect((await provincialNumbers(server.store)).at(-1)).toBe(45);
    expect(await server.import(XIUZHOU, '330411-xiuzhou-2025.txt')).toMatchObject({ ok: true });
    expect((await provincialNumbers(server.store)).at(-1)).toBe(53);
    expect(await server.import(XIUZHOU_CUT, '330411-xiuzhou-2025.txt', true)).toMatchObject({ ok: true });
    const kept = await provincialNumbers(server.store);
    expect(kept.length).toBeLessThan(53);
    await server.stop();

    // After a restart that keeps the stored graph, and after a full rebuild (the admin path), a measure that comes
    // back takes a number above every number ever given.
    let highest = 53;
    for (const rebuild of [false, true]) {
      if (rebuild) await rm(join(dataDir, 'graph-fingerprint.json'));
      server = await start(dataDir, corpusDir);
      expect(server.library.load === null).toBe(!rebuild);
      expect(await provincialNumbers(server.store)).toEqual(kept);
      expect(await server.import(XIUZHOU, '330411-xiuzhou-2025.txt', true)).toMatchObject({ ok: true });
      const fresh = (await provincialNumbers(server.store)).filter((n) => !kept.includes(n));
      expect(fresh.length).toBeGreaterThan(0);
      expect(fresh.every((n) => n > highest)).toBe(true);
      highest = Math.max(...fresh);
      expect(await server.import(XIUZHOU_CUT, '330411-xiuzhou-2025.txt', true)).toMatchObject({ ok: true });
      await server.stop();
    }
  }, 180_000);

  it('realign when new corpus texts change documents the store holds, or when a text is removed', async () => {
    const corpusDir = tempDir('cascade-restart-grow-');
    cpSync(CORPUS, corpusDir, { recursive: true, filter: (path) => !path.endsWith('330411-xiuzhou-2025.txt') });
    const dataDir = tempDir('cascade-restart-grow-data-');
    let server = await start(dataDir, corpusDir);
    expect(server.library.start).toMatchObject({ kind: 'realigned' });
    await server.stop();

    // A second copy of 海宁 2025 that sorts first: the copies merge, and the document kept comes from the new file.
    const haining = '330481-haining-2025.txt';
    cpSync(join(CORPUS, haining), join(corpusDir, '330481-haining-2025-copy.txt'));
    server = await start(dataDir, corpusDir);
    expect(server.library.start).toMatchObject({ kind: 'adding', texts: 1 });
    const outcome = server.library.start.kind === 'adding' ? await server.library.start.settled : null;
    expect(outcome).toMatchObject({ kind: 'realigned', reason: 'the new texts change the document 330481-2025' });
    const whole = await storeSnapshot(server.store);
    await server.stop();
    await rm(join(dataDir, 'graph-fingerprint.json'));
    server = await start(dataDir, corpusDir);
    expect(await storeSnapshot(server.store)).toEqual(whole);
    await server.stop();

    await rm(join(corpusDir, haining));
    server = await start(dataDir, corpusDir);
    expect(server.library.start).toEqual({ kind: 'realigned', reason: `corpus files removed: ${haining}` });
    await server.stop();
    server = await start(dataDir, corpusDir);
    expect(server.library.start).toEqual({ kind: 'kept' });
    await server.stop();

    // A new text the worker cannot add in its time budget: the whole graph is built and written instead.
    cpSync(join(CORPUS, '330411-xiuzhou-2025.txt'), join(corpusDir, '330411-xiuzhou-2025.txt'));
    server = await start(dataDir, corpusDir, { budget: { ...DEFAULT_IMPORT_BUDGET, timeoutMs: 1 } });
    const late = server.library.start.kind === 'adding' ? await server.library.start.settled : null;
    expect(late).toMatchObject({ kind: 'realigned', reason: expect.stringMatching(/could not be added \(TOO_LARGE/) });
    const rebuilt = await storeSnapshot(server.store);
    await server.stop();
    server = await start(dataDir, corpusDir);
    expect(server.library.start).toEqual({ kind: 'kept' });
    expect(await storeSnapshot(server.store)).toEqual(rebuilt);
    await server.stop();
  }, 240_000);
});
