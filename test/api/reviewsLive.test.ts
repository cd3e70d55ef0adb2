/**
 * A review written live gives the edge a rebuild gives (issue 16): after a reviewer rejected a machine edge and then
 * confirmed it (or added it back), the store holds the machine's edge with the review — its score, method and
 * evidence, origin REVIEWED or ADDED — exactly as a full rebuild from the texts lays the same reviews over the
 * alignment. Read through the real yoga app: the clause's alignments, the cascade's edges and coverage.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiFixture } from './apiFixture';
import { data, startApi } from './apiFixture';

const TOKEN = 'review-token-for-tests-0123';
const REVIEW = `mutation($from: ID!, $to: ID!, $decision: ReviewDecision!, $note: String) {
  reviewAlignment(from: $from, to: $to, type: IMPLEMENTS, decision: $decision, note: $note) { id } }`;
const EDGE_FIELDS = `score method evidence reproduction reproductionBasis merged candidate origin
  changedQuantities { kind metric unit before after } review { decision note at }`;
const IMPLEMENTS = `query($id: ID!) { clause(id: $id) { localAddition implements { clause { id } ${EDGE_FIELDS} } } }`;
const CASCADE = `query($id: ID!) { cascade(clauseId: $id, direction: UP, depth: 1) { edges { id from to ${EDGE_FIELDS} } } }`;
const COVERAGE = '{ coverage(policyId: "330000-2025") { cells { measureId policyId status } } }';

// 湖州's (三十) carries provincial measures 28 and 29 with weak scores (test/api/reviews.test.ts).
const FROM = '330500-2025/c30';
const CONFIRMED = '330000-2025/c29';
const ADDED = '330000-2025/c28';

describe('a review written live and the same review after a rebuild give the same edge', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cascade-reviews-live-'));
  let api: ApiFixture;
  beforeAll(async () => {
    api = await startApi({ reviewToken: TOKEN, dataDir });
  });
  afterAll(async () => {
    await api.library.importer.close();
    await api.store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const review = (to: string, decision: string, note: string | null = null) =>
    data(api.yoga, REVIEW, { from: FROM, to, decision, note }, TOKEN);
  /** What the API says of the clause and its edges up. */
  const seen = async () => ({
    clause: (await data(api.yoga, IMPLEMENTS, { id: FROM })).clause,
    cascade: (await data(api.yoga, CASCADE, { id: FROM })).cascade.edges,
    coverage: (await data(api.yoga, COVERAGE)).coverage.cells,
  });
  const machineEdge = async (to: string) =>
    (await data(api.yoga, IMPLEMENTS, { id: FROM })).clause.implements.find(
      (a: { clause: { id: string } }) => a.clause.id === to,
    );

  it('confirmed or added after a rejection: the machine score and evidence, origin REVIEWED or ADDED', async () => {
    const [confirmed, added] = [await machineEdge(CONFIRMED), await machineEdge(ADDED)];
    expect(confirmed).toMatchObject({ origin: 'MACHINE', method: expect.not.stringMatching(/^review$/) });
    expect(confirmed.score).toBeLessThan(1);
    await review(CONFIRMED, 'REJECT', 'first thought: not 数字贸易');
    await review(ADDED, 'REJECT');
    expect(await machineEdge(CONFIRMED)).toBeUndefined();
    await review(CONFIRMED, 'CONFIRM', 'on second reading it is');
    await review(ADDED, 'ADD', 'it carries this one too');

    const live = await seen();
    const { review: confirmedReview, origin: confirmedOrigin, ...confirmedMachine } = confirmed;
    expect(confirmedOrigin).toBe('MACHINE');
    expect(confirmedReview).toBeNull();
    expect(await machineEdge(CONFIRMED)).toEqual({
      ...confirmedMachine,
      origin: 'REVIEWED',
      review: { decision: 'CONFIRM', note: 'on second reading it is', at: expect.any(String) },
    });
    expect(await machineEdge(ADDED)).toMatchObject({ score: added.score, method: added.method, origin: 'ADDED' });

    // The admin's full rebuild: the graph record removed, the store rebuilt from the texts and the reviews.
    await api.library.importer.close();
    rmSync(join(dataDir, 'graph-fingerprint.json'));
    api = await startApi({ reviewToken: TOKEN, dataDir, store: api.store });
    expect(api.library.load).not.toBeNull();
    expect(await seen()).toEqual(live);
  });
});
