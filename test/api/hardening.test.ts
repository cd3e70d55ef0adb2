/**
 * The app's hardening (issue 17) through `yoga.fetch`: JSON-only POSTs (415 otherwise), the write token, the
 * search term cap, arguments echoed in errors and logs at most 100 characters, the response cache bounded in bytes,
 * and GraphiQL as cached, compressed assets. test/reliability/ probes the same against the real process.
 */
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/api/createApp';
import { createLogger } from '../../server/src/api/logger';
import type { CypherStore } from '../../server/src/store/CypherStore';
import type { ApiFixture } from './apiFixture';
import { gql, startApi } from './apiFixture';

let api: ApiFixture;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.library.importer.close();
  await api.store.close();
});

const NANHU_LIKE = `嘉兴市南湖区人民政府
2026年3月1日
南湖区推动经济高质量发展若干政策(2026年版)
根据《浙江省关于推动经济高质量发展若干政策(2025年版)》(浙政发〔2025〕3号)要求,结合我区实际,制定本政策。
一、推进教育科技人才一体发展
(一)推动高能级科创平台提质增效。对新认定的省级科技企业孵化器,给予30万元奖励。(责任单位:区科技局)
`;
const IMPORT = 'mutation($t: String!) { importPolicy(text: $t, sourceName: "n.txt") { __typename } }';

function post(body: BodyInit, contentType?: string, headers: Record<string, string> = {}) {
  return api.yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { ...(contentType ? { 'content-type': contentType } : {}), ...headers },
    body,
  });
}

describe('POST bodies', () => {
  it('refuses form, multipart and plain-text bodies with 415 and a JSON error that says what to send', async () => {
    const form = new URLSearchParams({ query: IMPORT, variables: JSON.stringify({ t: NANHU_LIKE }) });
    const multipart = new FormData();
    multipart.set('operations', JSON.stringify({ query: IMPORT, variables: { t: NANHU_LIKE } }));
    const refused = [
      await post(form, 'application/x-www-form-urlencoded'),
      await post(multipart),
      await post(JSON.stringify({ query: IMPORT, variables: { t: NANHU_LIKE } }), 'text/plain'),
    ];
    for (const response of refused) {
      expect(response.status).toBe(415);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(body.errors[0]?.message).toMatch(/^POST \/graphql takes a JSON body with Content-Type: application\/json/);
    }
    const { policy } = (await gql(api.yoga, '{ policy(id: "330402-2026") { id } }')).data as { policy: null };
    expect(policy).toBeNull();
    const json = await post(JSON.stringify({ query: '{ regions(level: PROVINCE) { code } }' }), 'application/json');
    expect(json.status).toBe(200);
  });
});

describe('write access', () => {
  const token = 'a-write-token-of-some-length';
  const app = (writeAccess: { token: string | undefined; openWithoutToken: boolean }) =>
    createApp({
      store: api.store,
      importer: api.library.importer,
      writeAccess,
      logger: createLogger({ level: 'silent' }),
    });
  const importWith = (yoga: ReturnType<typeof app>, authorization?: string) =>
    yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(authorization ? { authorization } : {}),
      },
      body: JSON.stringify({ query: IMPORT, variables: { t: NANHU_LIKE } }),
    });

  it('needs Authorization: Bearer <token> when a token is set, and imports with it', async () => {
    const yoga = app({ token, openWithoutToken: true });
    const missing = await importWith(yoga);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    const body = (await missing.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(body.errors[0]?.message).toMatch(/send Authorization: Bearer <token>/);
    const wrong = await importWith(yoga, `Bearer ${token}x`);
    expect(((await wrong.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe(
      'The write token is wrong.',
    );
    const right = await importWith(yoga, `Bearer ${token}`);
    expect(await right.json()).toEqual({ data: { importPolicy: { __typename: 'ImportedPolicy' } } });
  });

  it('refuses writes without a token on a server that binds beyond loopback', async () => {
    const response = await importWith(app({ token: undefined, openWithoutToken: false }));
    expect(response.status).toBe(403);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('FORBIDDEN');
    expect(body.errors[0]?.message).toMatch(/has no CASCADE_WRITE_TOKEN\. Set it to allow imports/);
  });
});

describe('bounded work and echoes', () => {
  it('caps search at 32 terms in 200 characters, and says so', async () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `词${i}`).join(' ');
    const tooMany = await gql(api.yoga, 'query($t: String!) { search(text: $t) { score } }', { t: words(33) });
    expect(tooMany.errors?.[0]).toMatchObject({
      message: 'search: text takes up to 32 terms in 200 characters; got 33 terms.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const tooLong = await gql(api.yoga, 'query($t: String!) { search(text: $t) { score } }', { t: '科'.repeat(201) });
    expect(tooLong.errors?.[0]?.message).toBe(
      'search: text takes up to 32 terms in 200 characters; got 201 characters.',
    );
    expect((await gql(api.yoga, 'query($t: String!) { search(text: $t) { score } }', { t: words(32) })).errors).toBe(
      undefined,
    );
  });

  it('repeats at most 100 characters of an argument in an error or a log line, and logs a user error without a stack', async () => {
    const huge = '浙'.repeat(1_000_000);
    api.logs.length = 0;
    const literal = await gql(api.yoga, `{ departments(regionCode: "${huge}") { id } }`);
    const variable = await gql(api.yoga, 'query($r: ID!) { departments(regionCode: $r) { id } }', { r: huge });
    const badType = await gql(api.yoga, 'query($r: Int) { cascade(clauseId: "x", depth: $r) { depth } }', { r: huge });
    for (const result of [literal, variable, badType]) {
      const message = result.errors?.[0]?.message ?? '';
      expect(message.length).toBeLessThan(1100);
      expect(message).toContain('(1,000,000 characters)');
    }
    expect(literal.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(api.logs.length).toBeGreaterThan(0);
    for (const line of api.logs) {
      expect(line.length).toBeLessThan(2000);
      expect(JSON.parse(line)).not.toHaveProperty('stack');
    }
  });
});

/** The store with its read statements counted. */
function counted(store: CypherStore) {
  const calls: string[] = [];
  const wrapped: CypherStore = {
    name: store.name,
    run: (cypher, params) => (calls.push(cypher), store.run(cypher, params)),
    transaction: (work) => store.transaction(work),
    close: async () => undefined,
  };
  return { calls, store: wrapped };
}

describe('response cache', () => {
  it('keeps results within its bytes, skips a result over its entry size, and logs how full it is', async () => {
    const { calls, store } = counted(api.store);
    const logs: string[] = [];
    const limits = { maxEntries: 1000, maxBytes: 10_000, maxEntryBytes: 5_000 };
    const yoga = createApp({
      store,
      cacheLimits: limits,
      logger: createLogger({ level: 'debug', write: (l) => logs.push(l) }),
    });
    const small = '{ regions(level: PROVINCE) { code name } }';
    const large = '{ policy(id: "330411-2025") { clauses { id text } } }';
    const callsFor = async (query: string) => {
      const before = calls.length;
      expect((await gql(yoga, query)).errors).toBeUndefined();
      return calls.length - before;
    };
    expect(await callsFor(small)).toBeGreaterThan(0);
    expect(await callsFor(small)).toBe(0);
    expect(await callsFor(large)).toBeGreaterThan(0);
    expect(await callsFor(large)).toBeGreaterThan(0); // over 5,000 bytes: answered, never kept
    // 40 different clause texts of ~500 bytes each: about 20,000 bytes in all, so the oldest go.
    for (let n = 1; n <= 40; n += 1) await callsFor(`{ clause(id: "330411-2025/c${n}") { id text } }`);
    expect(await callsFor(small)).toBeGreaterThan(0);
    const sizes = logs.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'response cache');
    expect(sizes.length).toBeGreaterThan(40);
    expect(Math.max(...sizes.map((entry) => entry.bytes))).toBeLessThanOrEqual(10_000);
    expect(logs.some((line) => line.includes('response cache skipped'))).toBe(true);
  });
});

describe('GraphiQL', () => {
  it('is a small page whose script and style are compressed, immutable assets', async () => {
    const page = await api.yoga.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html.length).toBeLessThan(10_000);
    const script = /<script src="(\/graphiql\/[0-9a-f]{16}\.js)"><\/script>/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect(html).not.toMatch(/<script>/);
    const compressed = await api.yoga.fetch(`http://yoga${script}`, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(compressed.headers.get('content-encoding')).toBe('br');
    expect(compressed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = Buffer.from(await compressed.arrayBuffer());
    expect(body.length).toBeLessThan(3_000_000);
    expect(brotliDecompressSync(body).toString('utf8')).toContain('renderYogaGraphiQL');
    const plain = await api.yoga.fetch(`http://yoga${script}`);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect((await api.yoga.fetch('http://yoga/graphiql/0000000000000000.js')).status).toBe(404);
  });
});
