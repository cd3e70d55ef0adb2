/**
 * importPolicy through the API: a document written for this test (南湖区 2026, carrying 浙政发〔2025〕3号 down) is
 * parsed, aligned with the corpus and loaded; bad texts are refused with typed results and leave the store as it was.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PolicyImporter, openLibrary } from '../../server/src/import';
import { countGraph } from '../../server/src/load';
import { PolicyRepository } from '../../server/src/repository';
import { StoreError } from '../../server/src/store/CypherStore';
import type { CypherStore } from '../../server/src/store/CypherStore';
import { openTestStore } from '../support/testStore';
import type { ApiFixture } from './apiFixture';
import { data, startApi } from './apiFixture';

const NANHU = readFileSync(new URL('./fixtures/330402-nanhu-2026.txt', import.meta.url), 'utf8');

const IMPORT = `mutation($text: String!, $name: String!, $replace: Boolean) {
  importPolicy(text: $text, sourceName: $name, replace: $replace) {
  __typename
  ... on ImportedPolicy { replaced filledStub warnings { code }
    policy { id year region { code name parent { code } } clauseCount }
    alignment { superiors { id } clauseCount alignedCount localAdditions { id } gaps { id } } }
  ... on ImportRejected { code message diagnostics { severity code line file message } existing { id clauseCount } } } }`;

async function importText(api: ApiFixture, text: string, name = 'test.txt', replace = false) {
  return (await data(api.yoga, IMPORT, { text, name, replace })).importPolicy;
}

describe('importPolicy', () => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.store.close());

  it('imports a new 南湖 document and aligns its clauses with the inferred provincial measures', async () => {
    const down = '{ cascade(clauseId: "330000-2025/c1", direction: DOWN, depth: 1) { nodes { clause { id } } } }';
    const before = (await data(api.yoga, down)).cascade.nodes.map((n: { clause: { id: string } }) => n.clause.id);
    expect(before).not.toContain('330402-2026/c1');
    const result = await importText(api, NANHU, '330402-nanhu-2026.txt');
    expect(result.__typename).toBe('ImportedPolicy');
    expect(result.replaced).toBe(false);
    expect(result.filledStub).toBe(false);
    expect(result.policy).toEqual({
      id: '330402-2026',
      year: 2026,
      region: { code: '330402', name: '南湖区', parent: { code: '330400' } },
      clauseCount: 4,
    });
    expect(result.alignment).toMatchObject({
      superiors: [{ id: '330000-2025' }],
      clauseCount: 4,
      alignedCount: 3,
      // The 数字游民社区 clause has no counterpart anywhere: a local addition.
      localAdditions: [{ id: '330402-2026/c3' }],
    });
    const gapIds = result.alignment.gaps.map((g: { id: string }) => g.id);
    expect(gapIds).toHaveLength(48);
    expect(gapIds).not.toContain('330000-2025/c1');
    expect(gapIds).not.toContain('330000-2025/c2');

    const { first, second } = await data(
      api.yoga,
      `{ first: clause(id: "330402-2026/c1") { implements { clause { id inferred } } correspondsTo { clause { id } } }
         second: clause(id: "330402-2026/c2") { implements { clause { id title } } } }`,
    );
    // The same query as before the import: its cached answer must not survive the import.
    const { cascade } = await data(api.yoga, down);
    expect(first.implements).toEqual([{ clause: { id: '330000-2025/c1', inferred: true } }]);
    expect(first.correspondsTo.map((a: { clause: { id: string } }) => a.clause.id)).toContain('330411-2025/c1');
    expect(second.implements).toEqual([{ clause: { id: '330000-2025/c2', title: '支持开展关键核心技术攻关' } }]);
    expect(cascade.nodes.map((n: { clause: { id: string } }) => n.clause.id)).toContain('330402-2026/c1');
    const { coverage } = await data(
      api.yoga,
      '{ coverage(policyId: "330000-2025") { localities { policy { id } carried } } }',
    );
    expect(coverage.localities).toContainEqual({ policy: { id: '330402-2026' }, carried: 4 });
  });

  it('refuses to replace a document with text unless asked, naming it, and replaces it when asked', async () => {
    const changed = NANHU.replace('120万元', '150万元');
    const refused = await importText(api, changed, '330402-nanhu-2026.txt');
    expect(refused).toMatchObject({ __typename: 'ImportRejected', code: 'ALREADY_EXISTS' });
    expect(refused.existing).toEqual({ id: '330402-2026', clauseCount: 4 });
    expect(refused.message).toMatch(/^330402-2026 already exists: 南湖区.*, 4 clauses\. .*replace: true/);
    const unchanged = await data(api.yoga, '{ clause(id: "330402-2026/c1") { amounts { text } } }');
    expect(unchanged.clause.amounts[0]).toEqual({ text: '120万元' });
    const again = await importText(api, changed, '330402-nanhu-2026.txt', true);
    expect(again.__typename).toBe('ImportedPolicy');
    expect(again.replaced).toBe(true);
    const { clause } = await data(api.yoga, '{ clause(id: "330402-2026/c1") { amounts { text } } }');
    expect(clause.amounts[0]).toEqual({ text: '150万元' });
  });

  it('refuses bad texts with typed results and leaves the store unchanged', async () => {
    const before = await countGraph(api.store);
    const empty = await importText(api, '  \n ', 'empty.txt');
    expect(empty).toMatchObject({ __typename: 'ImportRejected', code: 'INVALID_INPUT' });
    expect(empty.diagnostics[0]).toMatchObject({ code: 'EMPTY_FILE', file: 'empty.txt', line: 1 });
    const binary = await importText(api, `PK\u0003\u0004\u0000\u0000${'\u0001'.repeat(50)}`, 'doc.zip');
    expect(binary).toMatchObject({ __typename: 'ImportRejected', code: 'INVALID_INPUT' });
    expect(binary.diagnostics[0].code).toBe('BINARY_FILE');
    const prose = await importText(api, '这是一段普通文字。\n没有任何结构。\n', 'prose.txt');
    expect(prose).toMatchObject({ __typename: 'ImportRejected', code: 'PARSE_ERROR' });
    expect(prose.diagnostics[0]).toMatchObject({ code: 'NO_STRUCTURE', line: 1, file: 'prose.txt' });
    const noClauses = '南湖区推动经济高质量发展若干政策(2026年版)\n一、推进教育科技人才一体发展\n做好各项工作。\n';
    const headingsOnly = await importText(api, noClauses, 'headings.txt');
    expect(headingsOnly).toMatchObject({ __typename: 'ImportRejected', code: 'PARSE_ERROR' });
    expect(headingsOnly.diagnostics[0]).toMatchObject({ code: 'NO_CLAUSES', line: 2 });
    const large = await importText(api, `${NANHU}\n${'政'.repeat(800_000)}`, 'large.txt');
    expect(large).toMatchObject({ __typename: 'ImportRejected', code: 'TOO_LARGE' });
    expect(large.message).toMatch(/up to 2 MB/);
    const nameless = await importText(api, NANHU, '   ');
    expect(nameless).toMatchObject({ __typename: 'ImportRejected', code: 'INVALID_INPUT' });
    expect(await countGraph(api.store)).toEqual(before);
  });
});

/** A grafeo store whose transactions fail at their tenth statement: the import must roll back completely. */
function failingWrites(store: CypherStore): CypherStore {
  return {
    name: store.name,
    run: (cypher, params) => store.run(cypher, params),
    close: () => store.close(),
    transaction: (work) =>
      store.transaction((tx) => {
        let statements = 0;
        return work({
          run: (cypher, params) => {
            statements += 1;
            if (statements === 10) return Promise.reject(new StoreError('UNAVAILABLE', 'disk full (simulated)'));
            return tx.run(cypher, params);
          },
        });
      }),
  };
}

describe('importPolicy in persistent mode', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cascade-import-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps the text so the import is loaded again at the next start, and keeps nothing on a store failure', async () => {
    const store = await openTestStore();
    const library = await openLibrary(store, { dataDir });
    const before = await countGraph(store);
    const reload = await openLibrary(failingWrites(store)).catch((error: unknown) => error);
    // Loading the corpus through the failing store fails as a whole and changes nothing either.
    expect(reload).toBeInstanceOf(Error);
    expect(await countGraph(store)).toEqual(before);
    const failing = new PolicyImporter(failingWrites(store), library.importer.texts, { dataDir });
    const failed = await failing.importPolicy(NANHU, '330402-nanhu-2026.txt');
    expect(failed).toMatchObject({ ok: false, code: 'STORE_ERROR' });
    expect(await countGraph(store)).toEqual(before);
    expect(existsSync(join(dataDir, 'imports')) ? readdirSync(join(dataDir, 'imports')) : []).toEqual([]);

    const imported = await library.importer.importPolicy(NANHU, '330402-nanhu-2026.txt');
    expect(imported).toMatchObject({ ok: true, policyId: '330402-2026' });
    expect(readdirSync(join(dataDir, 'imports'))).toEqual(['330402-2026.json']);
    await store.close();

    // A restart: a new (empty) store, the corpus and the kept text.
    const restarted = await openTestStore();
    const again = await openLibrary(restarted, { dataDir });
    expect(again.importer.texts.kept.map((kept) => kept.policyId)).toEqual(['330402-2026']);
    const [policy] = await new PolicyRepository(restarted).getPolicies(['330402-2026']);
    expect(policy).toMatchObject({ id: '330402-2026', stub: false, regionCode: '330402' });
    await restarted.close();
  });
});
