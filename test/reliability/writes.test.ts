/**
 * Writes against the real server process (issue 17, probes 2 and 3): a form or multipart POST from another site
 * imports nothing; an import never replaces a document silently; with CASCADE_WRITE_TOKEN only the token writes;
 * and after every import the live graph and the graph after a restart (CASCADE_DATA_DIR) give the same answers.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, spawnServer, stopAllServers } from '../support/serverProcess';
import { MEASURE_FIELDS, provincialText } from '../support/provincialText';
import { graphql, rawRequest } from '../support/http';
import { answersOf, importText } from './probe';

const NANHU = readFileSync(join(repoRoot, 'test/api/fixtures/330402-nanhu-2026.txt'), 'utf8');
const XIUZHOU = readFileSync(join(repoRoot, 'graph-seed/corpus/330411-xiuzhou-2025.txt'), 'utf8');
const IMPORT_MUTATION = 'mutation($t: String!) { importPolicy(text: $t, sourceName: "x.txt") { __typename } }';

/** 秀洲 2025 cut after its tenth clause (十一): a shorter version of the same document. */
const XIUZHOU_SHORT = XIUZHOU.slice(0, XIUZHOU.search(/^[(（]十一[)）]/m));

/** The one-clause text with 秀洲's id that once replaced the 51-clause document (coverage fell to 1/46). */
const ONE_CLAUSE_XIUZHOU = `嘉兴市秀洲区人民政府
2025年5月23日
秀洲区推动经济高质量发展若干政策(2025年版)
根据《浙江省关于推动经济高质量发展若干政策(2025年版)》(浙政发〔2025〕3号)要求,制定本政策。
一、推进教育科技人才一体发展
(一)推动高能级科创平台提质增效。(责任单位:区科技局)
`;

const CLAUSES = ['330411-2025/c1', '330482-2025/c2', '330000-2025/c3', '330481-2025/c5'];

afterAll(stopAllServers);

describe('writes to the real server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cascade-writes-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('imports nothing from form or multipart bodies, nor without replace over a document with text', async () => {
    const server = await spawnServer({ env: { CASCADE_DATA_DIR: dataDir } });
    const before = await answersOf(server.url, CLAUSES);
    const form = new URLSearchParams({ query: IMPORT_MUTATION, variables: JSON.stringify({ t: ONE_CLAUSE_XIUZHOU }) });
    const boundary = '----cascade';
    const multipart =
      `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n` +
      `${JSON.stringify({ query: IMPORT_MUTATION, variables: { t: ONE_CLAUSE_XIUZHOU } })}\r\n--${boundary}--\r\n`;
    for (const [body, type] of [
      [form.toString(), 'application/x-www-form-urlencoded'],
      [multipart, `multipart/form-data; boundary=${boundary}`],
      [JSON.stringify({ query: IMPORT_MUTATION, variables: { t: ONE_CLAUSE_XIUZHOU } }), 'text/plain'],
    ] as const) {
      const response = await rawRequest(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': type, origin: 'http://evil.example', host: new URL(server.url).host },
        body,
      });
      expect(response.status).toBe(415);
      expect(JSON.parse(response.body).errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
    const refused = await importText(server.url, ONE_CLAUSE_XIUZHOU, '330411-xiuzhou-2025.txt');
    expect(refused).toMatchObject({
      __typename: 'ImportRejected',
      code: 'ALREADY_EXISTS',
      existing: { id: '330411-2025', clauseCount: 51 },
    });
    expect(refused.message).toMatch(/^330411-2025 already exists: 秀洲區推動經濟高質量發展若干政策.*, 51 clauses\./);
    expect(await answersOf(server.url, CLAUSES)).toEqual(before);
    expect(await server.stop()).toBe(0);
  }, 120_000);

  it('gives the same answers live and after a restart, after each import', async () => {
    let server = await spawnServer({ env: { CASCADE_DATA_DIR: dataDir } });
    const measures = await graphql(
      server.url,
      `{ coverage(policyId: "330000-2025") { measures { ${MEASURE_FIELDS} } } }`,
    );
    const steps: [string, string, boolean][] = [
      [NANHU, '330402-nanhu-2026.txt', false],
      // Replaced by its first ten clauses: it no longer cites what it cited after them.
      [XIUZHOU_SHORT, '330411-xiuzhou-2025.txt', true],
      // The provincial text fills its stub: the inferred skeleton goes.
      [provincialText(measures.data.coverage.measures), '330000-zhejiang-2025.txt', false],
    ];
    for (const [text, name, replace] of steps) {
      const imported = await importText(server.url, text, name, replace);
      expect(imported).toMatchObject({ __typename: 'ImportedPolicy', replaced: replace });
      const live = await answersOf(server.url, CLAUSES);
      expect(await server.stop()).toBe(0);
      server = await spawnServer({ env: { CASCADE_DATA_DIR: dataDir } });
      expect(await answersOf(server.url, CLAUSES)).toEqual(live);
    }
    const { data } = await graphql(server.url, '{ policy(id: "330411-2025") { clauseCount } }');
    expect(data.policy.clauseCount).toBe(10);
    expect(await server.stop()).toBe(0);
  }, 240_000);

  it('takes imports with the write token only, when one is set', async () => {
    const token = 'reliability-write-token-0123456789';
    const server = await spawnServer({ env: { CASCADE_WRITE_TOKEN: token } });
    const none = await graphql(server.url, IMPORT_MUTATION, { t: NANHU });
    expect(none.status).toBe(401);
    expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await graphql(server.url, IMPORT_MUTATION, { t: NANHU }, { authorization: 'Bearer guessed' });
    expect(wrong.errors?.[0]?.message).toBe('The write token is wrong.');
    const right = await graphql(server.url, IMPORT_MUTATION, { t: NANHU }, { authorization: `Bearer ${token}` });
    expect(right.data).toEqual({ importPolicy: { __typename: 'ImportedPolicy' } });
    // The token never reaches the log.
    expect(server.lines.join('\n')).not.toContain(token);
    expect(await server.stop()).toBe(0);
  }, 120_000);
});
