/**
 * Reviews of alignment edges through the real yoga app (issue 16): the token, a rejected edge that stays rejected
 * after an import and after a full rebuild (a new store opened on the same data directory, as a restart does), an
 * added edge in cascade and coverage, stale reviews reported, and review import refused whole.
 */
import { mkdtempSync, readFileSync, rmSync, unlinkSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiFixture } from './apiFixture';
import { createGrafeoStore } from '../../server/src/store/grafeo/grafeoStore';
import { data, gql, startApi } from './apiFixture';

const TOKEN = 'review-token-for-tests-0123';
const NANHU = readFileSync(new URL('./fixtures/330402-nanhu-2026.txt', import.meta.url), 'utf8');

const REVIEW = `mutation($from: ID!, $to: ID!, $type: AlignmentType!, $decision: ReviewDecision!, $note: String) {
  reviewAlignment(from: $from, to: $to, type: $type, decision: $decision, note: $note) {
    id decision note at stale fromClause { id } toClause { id } } }`;
const IMPLEMENTS = `query($id: ID!) { clause(id: $id) { localAddition
  implements { clause { id } score method origin review { decision note at } } } }`;
const COVERAGE = `query { coverage(policyId: "330000-2025") {
  localities { policy { id } carried } cells { measureId policyId status } } }`;
const IMPORT = `mutation($text: String!) { importPolicy(text: $text, sourceName: "330402-nanhu-2026.txt") { __typename } }`;

// 湖州's (三十) carries provincial measures 28 and 29 with weak scores; 海宁 leaves measure 10 out.
const WEAK = { type: 'IMPLEMENTS', from: '330500-2025/c30', to: '330000-2025/c29' };
const GAP = { type: 'IMPLEMENTS', from: '330481-2025/c10', to: '330000-2025/c10' };

type Implements = { clause: { id: string }; origin: string; review: { decision: string; note: string } | null };
const targets = async (api: ApiFixture, id: string) =>
  ((await data(api.yoga, IMPLEMENTS, { id })).clause.implements as Implements[]).map((a) => a.clause.id);
const carried = async (api: ApiFixture, policyId: string) =>
  ((await data(api.yoga, COVERAGE)).coverage.localities as { policy: { id: string }; carried: number }[]).find(
    (l) => l.policy.id === policyId,
  )?.carried;
const cell = async (api: ApiFixture, measureId: string, policyId: string) =>
  ((await data(api.yoga, COVERAGE)).coverage.cells as { measureId: string; policyId: string; status: string }[]).find(
    (c) => c.measureId === measureId && c.policyId === policyId,
  )?.status;

describe('reviewAlignment needs the review token', () => {
  let open: ApiFixture;
  let guarded: ApiFixture;
  beforeAll(async () => {
    open = await startApi();
    guarded = await startApi({ reviewToken: TOKEN });
  });
  afterAll(async () => {
    for (const fixture of [open, guarded]) {
      await fixture.library.importer.close();
      await fixture.store.close();
    }
  });

  it('answers FORBIDDEN on a server without CASCADE_REVIEW_TOKEN, even with a token sent', async () => {
    const result = await gql(open.yoga, REVIEW, { ...WEAK, decision: 'REJECT' }, TOKEN);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await data(open.yoga, '{ reviewAccess { enabled granted } }')).toEqual({
      reviewAccess: { enabled: false, granted: false },
    });
  });

  it('answers FORBIDDEN without the token or with a wrong one, and changes nothing', async () => {
    for (const token of [undefined, 'not-the-review-token-000']) {
      const result = await gql(guarded.yoga, REVIEW, { ...WEAK, decision: 'REJECT' }, token);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await targets(guarded, WEAK.from)).toContain(WEAK.to);
    const access = '{ reviewAccess { enabled granted } }';
    expect((await data(guarded.yoga, access)).reviewAccess).toEqual({ enabled: true, granted: false });
    expect((await data(guarded.yoga, access, {}, TOKEN)).reviewAccess).toEqual({ enabled: true, granted: true });
    // Not served from the cache to a request without the token.
    expect((await data(guarded.yoga, access)).reviewAccess).toEqual({ enabled: true, granted: false });
  });

  it('refuses a clause that is not in the graph, and confirming an edge that does not exist', async () => {
    const missing = await gql(guarded.yoga, REVIEW, { ...WEAK, to: '330000-2025/c999', decision: 'ADD' }, TOKEN);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const none = await gql(guarded.yoga, REVIEW, { ...GAP, decision: 'CONFIRM' }, TOKEN);
    expect(none.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('reviewQueue', () => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api.library.importer.close();
    await api.store.close();
  });

  it('lists weak edges and gaps beside a corresponding peer, the largest coverage change first', async () => {
    const QUEUE = `{ reviewQueue(policyId: "330000-2025", first: 100) {
      id kind score coverageChange acceptDecision locality { id } from { id } to { id } } }`;
    type Item = { id: string; kind: string; score: number; coverageChange: number; acceptDecision: string };
    const items = (await data(api.yoga, QUEUE)).reviewQueue as Item[];
    expect(items.length).toBeGreaterThan(5);
    const changes = items.map((i) => i.coverageChange);
    expect(changes).toEqual([...changes].sort((a, b) => b - a));
    expect(items).toContainEqual(
      expect.objectContaining({ id: `IMPLEMENTS:${GAP.from}->${GAP.to}`, kind: 'MERGED_GAP', acceptDecision: 'ADD' }),
    );
    expect(items).toContainEqual(
      expect.objectContaining({
        id: `IMPLEMENTS:${WEAK.from}->${WEAK.to}`,
        kind: 'LOW_SCORE',
        acceptDecision: 'CONFIRM',
      }),
    );
    // 52 measures: a decision that moves a locality's coverage moves it by one measure.
    expect(new Set(changes.filter((c) => c > 0))).toEqual(new Set([1 / 52]));
    expect(items.every((i) => i.kind === 'MERGED_GAP' || i.score < 0.3)).toBe(true);
  });
});

describe('reviews last through imports, restarts and full rebuilds', () => {
  // A server's data directory: the grafeo store, the kept texts, the graph record and reviews.json.
  const dataDir = mkdtempSync(join(tmpdir(), 'cascade-reviews-'));
  let api: ApiFixture;
  const open = async () => {
    api = await startApi({ reviewToken: TOKEN, dataDir, store: await createGrafeoStore({ path: dataDir }) });
  };
  beforeAll(open);
  afterAll(async () => {
    await api.library.importer.close();
    await api.store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  /** A restart: the stored graph is kept (its record matches) unless `full`, the admin's rebuild from the texts. */
  const restart = async (full: boolean) => {
    await api.library.importer.close();
    await api.store.close();
    if (full) rmSync(join(dataDir, 'graph-fingerprint.json'), { force: true });
    await open();
    expect(api.library.load === null).toBe(!full);
  };
  const rebuild = () => restart(true);

  it('a rejected edge is gone from the clause, the cascade and coverage, after an import and after a rebuild', async () => {
    const before = await carried(api, '330500-2025');
    const rejected = await data(
      api.yoga,
      REVIEW,
      { ...WEAK, decision: 'REJECT', note: '数字贸易 is not 跨境电商' },
      TOKEN,
    );
    expect(rejected.reviewAlignment).toMatchObject({ id: `IMPLEMENTS:${WEAK.from}->${WEAK.to}`, decision: 'REJECT' });
    expect(await targets(api, WEAK.from)).not.toContain(WEAK.to);
    expect(await cell(api, WEAK.to, '330500-2025')).toBe('NOT_CARRIED');
    expect(await carried(api, '330500-2025')).toBe((before ?? 0) - 1);
    expect((await data(api.yoga, IMPORT, { text: NANHU }, TOKEN)).importPolicy.__typename).toBe('ImportedPolicy');
    expect(await targets(api, WEAK.from)).not.toContain(WEAK.to);
    for (const full of [false, true]) {
      await restart(full);
      expect(await targets(api, WEAK.from)).not.toContain(WEAK.to);
      expect(await carried(api, '330500-2025')).toBe((before ?? 0) - 1);
    }
  });

  it('an added edge appears in the clause, the cascade and coverage, marked ADDED, and lasts a rebuild', async () => {
    expect(await cell(api, GAP.to, '330481-2025')).toBe('NOT_CARRIED');
    await data(api.yoga, REVIEW, { ...GAP, decision: 'ADD', note: '文旅 merged here' }, TOKEN);
    const check = async () => {
      expect(await cell(api, GAP.to, '330481-2025')).toBe('CARRIED');
      const cascade = await data(
        api.yoga,
        `{ cascade(clauseId: "${GAP.to}", direction: DOWN, depth: 1) { edges { id origin score method review { decision note } } } }`,
      );
      expect(cascade.cascade.edges).toContainEqual({
        id: `IMPLEMENTS:${GAP.from}->${GAP.to}`,
        origin: 'ADDED',
        score: 1,
        method: 'review',
        review: { decision: 'ADD', note: '文旅 merged here' },
      });
    };
    await check();
    await rebuild();
    await check();
  });

  it('a confirmed weak edge keeps its score and shows REVIEWED', async () => {
    const other = { type: 'IMPLEMENTS', from: '330500-2025/c30', to: '330000-2025/c28' };
    await data(api.yoga, REVIEW, { ...other, decision: 'CONFIRM' }, TOKEN);
    const edge = ((await data(api.yoga, IMPLEMENTS, { id: other.from })).clause.implements as Implements[]).find(
      (a) => a.clause.id === other.to,
    );
    expect(edge).toMatchObject({ origin: 'REVIEWED', review: { decision: 'CONFIRM', note: null } });
    const queue = await data(api.yoga, '{ reviewQueue(policyId: "330000-2025", first: 100) { id } }');
    const ids = queue.reviewQueue.map((i: { id: string }) => i.id);
    expect(ids).not.toContain(`IMPLEMENTS:${other.from}->${other.to}`);
    expect(ids).not.toContain(`IMPLEMENTS:${GAP.from}->${GAP.to}`);
  });

  it('a review whose clause is gone is reported as stale, kept, and applied again when the clause comes back', async () => {
    const nanhu = { type: 'IMPLEMENTS', from: '330402-2026/c3', to: '330000-2025/c1' };
    await data(api.yoga, REVIEW, { ...nanhu, decision: 'ADD' }, TOKEN);
    // The imported document is removed by hand: the next start rebuilds without it.
    for (const name of readdirSync(join(dataDir, 'imports'))) unlinkSync(join(dataDir, 'imports', name));
    await rebuild();
    const stale = await data(api.yoga, '{ reviews(filter: { stale: true }) { id stale missing fromClause { id } } }');
    expect(stale.reviews).toEqual([
      { id: `IMPLEMENTS:${nanhu.from}->${nanhu.to}`, stale: true, missing: [nanhu.from], fromClause: null },
    ]);
    expect((await data(api.yoga, '{ reviews { id } }')).reviews).toHaveLength(4);
    expect(api.library.staleReviews.map((s) => s.missing)).toEqual([[nanhu.from]]);
    expect((await data(api.yoga, IMPORT, { text: NANHU }, TOKEN)).importPolicy.__typename).toBe('ImportedPolicy');
    expect(await targets(api, nanhu.from)).toContain(nanhu.to);
    expect((await data(api.yoga, '{ reviews(filter: { stale: true }) { id } }')).reviews).toEqual([]);
  });

  it('exports the reviews as JSON, and refuses an import naming an unknown clause as a whole', async () => {
    const exported = (await data(api.yoga, '{ exportReviews }')).exportReviews as string;
    const doc = JSON.parse(exported);
    expect(doc).toMatchObject({ format: 'policy-cascade-reviews', version: 1 });
    expect(doc.reviews).toHaveLength(4);
    const later = '2030-01-01T00:00:00.000Z';
    const good = {
      type: 'CORRESPONDS_TO',
      from: '330411-2025/c1',
      to: '330481-2025/c1',
      decision: 'REJECT',
      note: null,
      at: later,
    };
    const unknown = { ...good, to: '330481-2025/c999' };
    const IMPORT_REVIEWS = `mutation($json: String!) { importReviews(json: $json) { ok imported problems { index field message } } }`;
    const refused = await data(
      api.yoga,
      IMPORT_REVIEWS,
      { json: JSON.stringify({ ...doc, reviews: [good, unknown] }) },
      TOKEN,
    );
    expect(refused.importReviews).toEqual({
      ok: false,
      imported: 0,
      problems: [{ index: 1, field: 'to', message: 'no clause 330481-2025/c999 in the graph' }],
    });
    expect((await data(api.yoga, '{ reviews { id } }')).reviews).toHaveLength(4);
    const malformed = await data(
      api.yoga,
      IMPORT_REVIEWS,
      { json: JSON.stringify({ ...doc, reviews: [{ ...good, decision: 'MAYBE' }] }) },
      TOKEN,
    );
    expect(malformed.importReviews.problems).toEqual([
      { index: 0, field: 'decision', message: 'must be one of CONFIRM, REJECT, ADD' },
    ]);
    const PEERS = '{ clause(id: "330481-2025/c1") { correspondsTo { clause { id } } } }';
    const peerIds = async () =>
      (await data(api.yoga, PEERS)).clause.correspondsTo.map((a: { clause: { id: string } }) => a.clause.id);
    expect(await peerIds()).toContain('330411-2025/c1');
    const taken = await data(
      api.yoga,
      IMPORT_REVIEWS,
      { json: JSON.stringify({ ...doc, reviews: [...doc.reviews, good] }) },
      TOKEN,
    );
    expect(taken.importReviews).toEqual({ ok: true, imported: 1, problems: [] });
    expect(await peerIds()).not.toContain('330411-2025/c1');
    const forbidden = await gql(api.yoga, IMPORT_REVIEWS, { json: exported });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
