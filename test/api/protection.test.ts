/**
 * Production behaviour of the app: query depth and cost limits, hidden field suggestions, masked internal errors,
 * no N+1 (store calls counted), the request body limit, no CORS, offline GraphiQL and the static client.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/api/createApp';
import { createLogger } from '../../server/src/api/logger';
import { StoreError } from '../../server/src/store/CypherStore';
import type { CypherStore, StoreErrorCode } from '../../server/src/store/CypherStore';
import type { ApiFixture } from './apiFixture';
import { gql, startApi } from './apiFixture';

let api: ApiFixture;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.store.close());

const codes = (result: { errors?: { extensions?: { code?: string } }[] }) =>
  (result.errors ?? []).map((e) => e.extensions?.code);

describe('query limits', () => {
  it('refuses a query deeper than the limit before running it', async () => {
    // clause → implements → clause → … : 12 levels of selection, the limit is 10.
    let selection = '{ id }';
    for (let i = 0; i < 5; i++) selection = `{ implements { clause ${selection} } }`;
    const result = await gql(api.yoga, `{ clause(id: "330411-2025/c1") ${selection} }`);
    expect(result.status).toBe(400);
    expect(codes(result)).toEqual(['DEPTH_LIMIT_EXCEEDED']);
    expect(result.errors?.[0]?.message).toBe('Query depth limit of 10 exceeded, found 12.');
    expect(result.data).toBeUndefined();
    let allowed = '{ id }';
    for (let i = 0; i < 4; i++) allowed = `{ implements { clause ${allowed} } }`;
    expect(codes(await gql(api.yoga, `{ clause(id: "330411-2025/c1") ${allowed} }`))).toEqual([]);
  });

  it('refuses a query that returns more objects than the limit, the limit wired into yoga', async () => {
    const yoga = createApp({ store: api.store, maxNodes: 50, logger: createLogger({ level: 'silent' }) });
    const cheap = await gql(yoga, '{ regions { code name } }');
    expect(cheap.errors).toBeUndefined();
    const costly = await gql(
      yoga,
      '{ policies { edges { node { id title sections { id title clauses { id title } } } } } }',
    );
    expect(codes(costly)).toEqual(['COST_LIMIT_EXCEEDED']);
    expect(costly.errors?.[0]?.message).toMatch(/returns more than 50 objects/);
    expect(costly.data).toBeUndefined();
    // The default limit lets a full clause panel through.
    const panel = `{ clause(id: "330411-2025/c1") { id title text policy { id title region { name } } section { title }
      departments { role department { name } } amounts { text } implements { score evidence clause { id title } }
      correspondsTo { score clause { id title policy { region { name } } } } } }`;
    expect(codes(await gql(api.yoga, panel))).toEqual([]);
  });

  it('hides field suggestions', async () => {
    const result = await gql(api.yoga, '{ policie { id } }');
    expect(codes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(result.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('codes syntax errors and bad arguments', async () => {
    expect(codes(await gql(api.yoga, '{ policy(id: "x" { id } }'))).toEqual(['PARSE_ERROR']);
    const depth = await gql(api.yoga, '{ cascade(clauseId: "330411-2025/c1", depth: 9) { depth } }');
    expect(codes(depth)).toEqual(['BAD_USER_INPUT']);
    expect(depth.errors?.[0]?.message).toBe('cascade: depth must be an integer 1..4, got 9');
  });
});

/** The store with every statement counted; `failWith` makes reads fail like a broken database. */
function instrumented(store: CypherStore, failWith?: string, failCode: StoreErrorCode = 'QUERY') {
  const calls: string[] = [];
  const wrapped: CypherStore = {
    name: store.name,
    run: (cypher, params) => {
      calls.push(cypher);
      return failWith ? Promise.reject(new StoreError(failCode, failWith)) : store.run(cypher, params);
    },
    transaction: (work) => store.transaction(work),
    close: async () => undefined,
  };
  return { calls, store: wrapped };
}

describe('DataLoader batching', () => {
  it('reads 17 policies with sections, clauses and departments in as many store calls as 2 policies', async () => {
    const query = `query($first: Int, $stubs: Boolean) { policies(first: $first, filter: { includeStubs: $stubs }) { edges { node { id region { name } sections { id
      leadDepartments { department { id } } clauses { id departments { department { id name } } amounts { text } } } } } } }`;
    const counted = instrumented(api.store);
    const yoga = createApp({ store: counted.store, cache: false, logger: createLogger({ level: 'silent' }) });
    const few = await gql(yoga, query, { first: 2, stubs: false });
    const callsForFew = counted.calls.length;
    counted.calls.length = 0;
    const all = await gql<{ policies: { edges: unknown[] } }>(yoga, query, { first: 20, stubs: true });
    expect(few.errors).toBeUndefined();
    expect(all.data?.policies.edges).toHaveLength(17);
    // page, regions, sections, section leads, clauses, clause departments, quantities, and departments twice (the
    // section leads' and the clauses' are asked for in different ticks), each time in two statements (what they do
    // in the documents asked for, and the region's departments for merges).
    expect(counted.calls.length).toBe(11);
    expect(callsForFew).toBe(counted.calls.length);
  });
});

describe('response cache', () => {
  it('answers a repeated read without the store', async () => {
    const counted = instrumented(api.store);
    const yoga = createApp({ store: counted.store, logger: createLogger({ level: 'silent' }) });
    const query = '{ search(text: "孵化器", first: 3) { clause { id } } }';
    const first = await gql(yoga, query);
    const calls = counted.calls.length;
    expect(calls).toBeGreaterThan(0);
    expect(await gql(yoga, query)).toEqual(first);
    expect(counted.calls.length).toBe(calls);
  });
});

describe('error masking', () => {
  it('masks store failures: no message, Cypher or stack trace reaches the client, the server logs it', async () => {
    const secret = 'MATCH (p:Policy) secret-cypher at grafeo.rs:42';
    const broken = instrumented(api.store, secret);
    const logs: string[] = [];
    const yoga = createApp({ store: broken.store, logger: createLogger({ write: (line) => logs.push(line) }) });
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ policy(id: "330411-2025") { id } search(text: "科技", first: 2) { score } }' }),
    });
    const text = await response.text();
    expect(text).not.toMatch(/secret-cypher|MATCH|grafeo|StoreError|stack|at /);
    const body = JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors.length).toBeGreaterThan(0);
    for (const error of body.errors) {
      expect([error.message, error.extensions.code]).toEqual(['Unexpected error.', 'INTERNAL_SERVER_ERROR']);
    }
    expect(logs.some((line) => line.includes('secret-cypher') && JSON.parse(line).level === 'error')).toBe(true);
  });

  it('tells the client to retry when the store is unreachable, without the store message', async () => {
    const broken = instrumented(api.store, '[store] [neo4j] cannot reach neo4j://db:7687 as neo4j', 'UNAVAILABLE');
    const yoga = createApp({ store: broken.store, cache: false, logger: createLogger({ level: 'silent' }) });
    const text = await (
      await yoga.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ policy(id: "330411-2025") { id } }' }),
      })
    ).text();
    expect(text).not.toMatch(/neo4j|7687|StoreError/);
    const body = JSON.parse(text) as { errors: { message: string; path: string[]; extensions: { code: string } }[] };
    expect(body.errors).toEqual([
      expect.objectContaining({ path: ['policy'], extensions: { code: 'STORE_UNAVAILABLE' } }),
    ]);
    expect(body.errors[0]?.message).toMatch(/try again/);
  });
});

describe('HTTP', () => {
  it('refuses a body over 4 MB with 413 PAYLOAD_TOO_LARGE, with or without Content-Length', async () => {
    const text = '政'.repeat(1_500_000);
    const body = JSON.stringify({
      query: 'mutation($t: String!) { importPolicy(text: $t, sourceName: "x.txt") { __typename } }',
      variables: { t: text },
    });
    const declared = await api.yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(declared.status).toBe(413);
    const json = (await declared.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(json.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(json.errors[0]?.message).toMatch(/importPolicy takes texts up to 2 MB/);
    const bytes = new TextEncoder().encode(body);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 65_536) controller.enqueue(bytes.slice(at, at + 65_536));
        controller.close();
      },
    });
    const chunked = await api.yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it('sends no CORS headers, even to a cross-origin preflight', async () => {
    const preflight = await api.yoga.fetch('http://yoga/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const result = await api.yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
      body: JSON.stringify({ query: '{ regions { code } }' }),
    });
    expect(result.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves GraphiQL without any CDN script', async () => {
    const page = await api.yoga.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toMatch(/GraphiQL|graphiql/);
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdn\./);
  });
});

describe('static client', () => {
  const dist = mkdtempSync(join(tmpdir(), 'cascade-dist-'));
  const store = () => api.store;
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('serves files with types and caching, falls back to index.html, and stays inside the directory', async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(dist, 'assets', 'app-1a2b.js'), 'console.log(1)');
    writeFileSync(join(dist, '..', 'outside-secret.txt'), 'secret');
    const yoga = createApp({ store: store(), clientDir: dist, logger: createLogger({ level: 'silent' }) });
    const asset = await yoga.fetch('http://yoga/assets/app-1a2b.js');
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toMatch(/max-age=31536000, immutable/);
    const route = await yoga.fetch('http://yoga/cascade/330411-2025%2Fc1');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>app</title>');
    expect(route.headers.get('cache-control')).toBe('no-cache');
    expect((await yoga.fetch('http://yoga/assets/missing-0000.js')).status).toBe(404);
    const escape = await yoga.fetch('http://yoga/%2e%2e/outside-secret.txt');
    expect(await escape.text()).not.toContain('secret');
    const api2 = await gql(yoga, '{ regions(level: PROVINCE) { code } }');
    expect(api2.data).toEqual({ regions: [{ code: '330000' }] });
    rmSync(join(dist, '..', 'outside-secret.txt'));
  });

  it('says to run npm run build while the client is not built', async () => {
    const yoga = createApp({
      store: store(),
      clientDir: join(dist, 'nope'),
      logger: createLogger({ level: 'silent' }),
    });
    const page = await yoga.fetch('http://yoga/');
    expect(await page.text()).toContain('npm run build');
  });
});
