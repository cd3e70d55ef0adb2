/**
 * The per-version caches brought forward over a synthetic province (issue 11): imports of new localities into 40
 * synthetic documents, and one replaced, each changing the inferred measures' support and offers, many peer edges and
 * the family's skeleton — more than the corpus's one import does. After each write the advanced coverage and searches
 * must equal a fresh app's over the same store (cacheAnswers.ts), on grafeo and on Neo4j.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticCorpus, syntheticNewcomers } from '@policy-cascade/graph-seed';
import type { ApiFixture } from './apiFixture';
import { data, startApi } from './apiFixture';
import { cachedAnswers, expectFreshAnswers } from './cacheAnswers';

const SUPERIOR = '330000-2025';
const TERMS = ['局', '企业', '万元', '科技局 人才', '高新技术企业'];
const TOKEN = 'review-token-for-scale-tests-8812';
const REVIEW = `mutation($from: ID!, $to: ID!) {
  reviewAlignment(from: $from, to: $to, type: IMPLEMENTS, decision: REJECT) { id } }`;
// An edge from a city's clause to a provincial measure that county clauses reach only through that city clause:
// rejecting it changes the coverage of localities whose own clauses and edges the write does not touch.
const CITY_EDGE = `
  MATCH (c:Clause)-[:IMPLEMENTS]->(mid:Clause)-[:IMPLEMENTS]->(m:Clause)
  WHERE m.id STARTS WITH '330000-2025/' AND NOT (c)-[:IMPLEMENTS]->(m)
  RETURN mid.id AS from, m.id AS to, count(DISTINCT c) AS below
  ORDER BY below DESC, from, to LIMIT 1`;
const IMPORT = `mutation($text: String!, $name: String!, $replace: Boolean) {
  importPolicy(text: $text, sourceName: $name, replace: $replace) { __typename ... on ImportRejected { code message } } }`;

describe('caches brought forward after imports into a synthetic province equal a fresh computation', () => {
  const corpusDir = mkdtempSync(join(tmpdir(), 'cascade-cache-scale-'));
  const newcomers = syntheticNewcomers(3, 3);
  let api: ApiFixture;
  beforeAll(async () => {
    for (const { name, text } of syntheticCorpus(40, 1)) writeFileSync(join(corpusDir, name), text);
    api = await startApi({ corpusDir, cache: false, reviewToken: TOKEN });
    await cachedAnswers(api.yoga, SUPERIOR, TERMS);
  }, 240_000);
  afterAll(async () => {
    await api.library.importer.close();
    await api.store.close();
    rmSync(corpusDir, { recursive: true, force: true });
  });

  async function importText(name: string, text: string, replace = false): Promise<void> {
    const result = await data(api.yoga, IMPORT, { text, name, replace });
    expect(result.importPolicy).toEqual({ __typename: 'ImportedPolicy' });
  }

  it.each(newcomers.map((newcomer, i) => [i + 1, newcomer] as const))('after new locality %i', async (_, newcomer) => {
    await importText(newcomer.name, newcomer.text);
    await expectFreshAnswers(api.yoga, api.store, SUPERIOR, TERMS);
  });

  it('after a review rejects the edge of a city clause that county clauses reach a measure through', async () => {
    const [edge] = await api.store.run(CITY_EDGE);
    expect(edge?.below).toBeGreaterThan(0);
    await data(api.yoga, REVIEW, { from: edge?.from, to: edge?.to }, TOKEN);
    await expectFreshAnswers(api.yoga, api.store, SUPERIOR, TERMS);
  });

  it('after a locality replaced with a shorter text', async () => {
    const [first] = newcomers;
    if (!first) throw new Error('no synthetic newcomer');
    // Drops the last third of the text: its clauses, their edges and their part of the measures' support go.
    const shorter = first.text.slice(0, Math.floor((first.text.length * 2) / 3));
    await importText(first.name, shorter, true);
    await expectFreshAnswers(api.yoga, api.store, SUPERIOR, TERMS);
  });
});
