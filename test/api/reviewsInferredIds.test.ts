/**
 * Reviews of inferred clauses last when the store is lost but the data directory is kept (issue 16): the data
 * directory keeps which measure has which inferred id (inferred-ids.json), so a new, empty store and a full rebuild
 * give every measure the id it had after a series of imports, and a review naming an inferred clause still applies.
 * Two corpus texts are the corpus; the other three are imported through the API in an order that is not the ids'.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCorpusDir } from '@policy-cascade/graph-seed';
import type { ApiFixture } from './apiFixture';
import { data, startApi } from './apiFixture';

const TOKEN = 'review-token-for-tests-0123';
const CORPUS = ['330500-huzhou-2025.txt', '330411-xiuzhou-2025.txt'];
/** Imported in this order: neither the ids' order nor the files'. */
const IMPORTS = ['330482-pinghu-2025.txt', '330411-xiuzhou-2024-draft.txt', '330481-haining-2025.txt'];

const REVIEW = `mutation($from: ID!, $to: ID!, $decision: ReviewDecision!, $note: String) {
  reviewAlignment(from: $from, to: $to, type: IMPLEMENTS, decision: $decision, note: $note) { id stale } }`;
const IMPORT = `mutation($text: String!, $name: String!) { importPolicy(text: $text, sourceName: $name) { __typename } }`;
const MEASURES = '{ coverage(policyId: "330000-2025") { measures { id title inferred } } }';
const IMPLEMENTS = 'query($id: ID!) { clause(id: $id) { implements { clause { id } origin } } }';
const STALE = '{ reviews(filter: { stale: true }) { id missing } }';

type Measure = { id: string; title: string; inferred: boolean };

describe('inferred ids kept in the data directory', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cascade-inferred-ids-'));
  const corpusDir = mkdtempSync(join(tmpdir(), 'cascade-inferred-corpus-'));
  let api: ApiFixture;
  /** A new store each time (the store deleted), unless `store` is given (kept). */
  const open = async (store?: ApiFixture['store']) => {
    api = await startApi({ reviewToken: TOKEN, dataDir, corpusDir, ...(store && { store }) });
  };
  const close = async () => {
    await api.library.importer.close();
    await api.store.close();
  };
  beforeAll(async () => {
    for (const name of CORPUS) copyFileSync(join(defaultCorpusDir, name), join(corpusDir, name));
    await open();
  });
  afterAll(async () => {
    await close();
    for (const dir of [dataDir, corpusDir]) rmSync(dir, { recursive: true, force: true });
  });

  const measures = async () =>
    ((await data(api.yoga, MEASURES)).coverage.measures as Measure[]).filter((m) => m.inferred);
  const targets = async (id: string) =>
    ((await data(api.yoga, IMPLEMENTS, { id })).clause.implements as { clause: { id: string } }[]).map(
      (a) => a.clause.id,
    );

  it('gives every measure its id again in a new store and at a full rebuild, and the review still applies', async () => {
    for (const name of IMPORTS) {
      const text = readFileSync(join(defaultCorpusDir, name), 'utf8');
      expect((await data(api.yoga, IMPORT, { text, name }, TOKEN)).importPolicy.__typename).toBe('ImportedPolicy');
    }
    const before = await measures();
    expect(before.length).toBeGreaterThan(40);
    // The documents the alignment measured against are kept beside the ids: all five, fewer than the reference holds.
    const kept = JSON.parse(readFileSync(join(dataDir, 'inferred-ids.json'), 'utf8')) as { reference: string[] };
    expect(kept.reference).toHaveLength(CORPUS.length + IMPORTS.length);
    // 海宁's first clause and the inferred provincial measure it carries: the reviewer says it does not.
    const from = '330481-2025/c1';
    const [to] = (await targets(from)).filter((id) => id.startsWith('330000-2025/'));
    expect(to).toBeDefined();
    await data(api.yoga, REVIEW, { from, to, decision: 'REJECT', note: 'not this measure' }, TOKEN);
    expect(await targets(from)).not.toContain(to);

    const check = async () => {
      expect(await measures()).toEqual(before);
      expect((await data(api.yoga, STALE)).reviews).toEqual([]);
      expect(api.library.staleReviews).toEqual([]);
      expect(await targets(from)).not.toContain(to);
    };
    // The store deleted, the data directory kept: the start rebuilds from the texts into an empty store.
    await close();
    await open();
    expect(api.library.load).not.toBeNull();
    await check();
    // A full rebuild (the admin's: the fingerprint removed) into the store as it is.
    const store = api.store;
    await api.library.importer.close();
    rmSync(join(dataDir, 'graph-fingerprint.json'));
    await open(store);
    expect(api.library.load).not.toBeNull();
    await check();
  });
});
