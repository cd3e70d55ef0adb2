/**
 * Probes 4–7 of issue 17 against the real server process: the response cache's byte bound, the search term cap,
 * arguments echoed in answers and logs, security headers on every response, the Host check on loopback, no
 * credentials in answers or logs, and the `.staged` files a kill left behind.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, stopAllServers } from '../support/serverProcess';
import type { ServerProcess } from '../support/serverProcess';
import { graphql, rawRequest } from '../support/http';

afterAll(stopAllServers);

const SECURITY_HEADERS = {
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
};

function expectSecurityHeaders(headers: Record<string, string | string[] | undefined>): void {
  expect(headers).toMatchObject(SECURITY_HEADERS);
  expect(headers['content-security-policy']).toMatch(/default-src 'self'.*script-src 'self'.*frame-ancestors 'none'/);
}

describe('a server with a stale staged import and debug logs', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cascade-limits-'));
  let server: ServerProcess;
  beforeAll(async () => {
    mkdirSync(join(dataDir, 'imports'));
    writeFileSync(join(dataDir, 'imports', '330402-2026.json.staged'), '{"policyId":"330402-2026","text":"half');
    server = await spawnServer({ env: { CASCADE_DATA_DIR: dataDir, LOG_LEVEL: 'debug' } });
  }, 120_000);
  afterAll(async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const host = () => new URL(server.url).host;
  const logsSince = (from: number) => server.lines.slice(from);

  it('removed the staged file at start, and said so', () => {
    expect(existsSync(join(dataDir, 'imports', '330402-2026.json.staged'))).toBe(false);
    const removed = server.lines.map((line) => JSON.parse(line)).find((entry) => entry.msg?.startsWith('removed'));
    expect(removed).toMatchObject({ level: 'warn', name: '330402-2026.json.staged' });
  });

  it('keeps its response cache within 64 MB, and answers a result over 1 MB without keeping it', async () => {
    // Every clause's text in both scripts, about 0.3 MB as the cache counts it; a new alias is a new query: 260 of
    // them are about 80 MB.
    const fields = 'clauses { id title text textSimplified }';
    const from = server.lines.length;
    for (let n = 0; n < 260; n += 1) {
      const { errors } = await graphql(server.url, `{ p${n}: policies(first: 20) { edges { node { ${fields} } } } }`);
      expect(errors).toBeUndefined();
    }
    const fourTimes = [1, 2, 3, 4].map((n) => `q${n}: policies(first: 20) { edges { node { ${fields} } } }`).join(' ');
    expect((await graphql(server.url, `{ ${fourTimes} }`)).errors).toBeUndefined();
    const entries = logsSince(from)
      .map((line) => JSON.parse(line))
      .filter((entry) => entry.msg?.startsWith('response cache'));
    const sizes = entries.filter((entry) => entry.msg === 'response cache').map((entry) => entry.bytes as number);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(64 * 1024 * 1024);
    expect(Math.max(...sizes)).toBeGreaterThan(63 * 1024 * 1024); // full, so it evicted
    expect(entries.at(-1)).toMatchObject({ msg: 'response cache skipped', maxEntryBytes: 1024 * 1024 });
  }, 180_000);

  it('refuses a search of 200,000 words at once, saying what the cap is', async () => {
    const words = Array.from({ length: 200_000 }, (_, n) => `w${n}`).join(' ');
    const result = await graphql(server.url, 'query($t: String!) { search(text: $t) { score } }', { t: words });
    expect(result.errors?.[0]).toMatchObject({
      message: `search: text takes up to 32 terms in 200 characters; got ${words.length.toLocaleString('en')} characters.`,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('repeats at most 100 characters of a 3.9 MB argument, in the answer and in the log', async () => {
    const from = server.lines.length;
    const response = await rawRequest(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: host() },
      body: JSON.stringify({ query: `{ departments(regionCode: "${'3'.repeat(3_900_000)}") { id } }` }),
    });
    expect(response.body.length).toBeLessThan(1500);
    expect(JSON.parse(response.body).errors[0].message).toContain('(3,900,000 characters)');
    const written = logsSince(from).join('\n');
    expect(written.length).toBeLessThan(10_000);
    expect(written).not.toContain('"stack"');
  });

  it('sends the security headers on every response', async () => {
    const graphqlResponse = await rawRequest(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: host() },
      body: JSON.stringify({ query: '{ regions(level: PROVINCE) { code } }' }),
    });
    expect(graphqlResponse.status).toBe(200);
    const page = await rawRequest(`${server.url}/graphql`, { headers: { accept: 'text/html', host: host() } });
    const script = /<script src="([^"]+)"/.exec(page.body)?.[1] ?? '';
    const responses = [
      graphqlResponse,
      page,
      await rawRequest(`${server.url}${script}`, { headers: { host: host(), 'accept-encoding': 'br' } }),
      await rawRequest(`${server.url}/`, { headers: { host: host() } }),
      await rawRequest(`${server.url}/graphql`, { method: 'POST', headers: { host: host() }, body: 'query=x' }),
      await rawRequest(`${server.url}/graphql`, { headers: { host: 'evil.example' } }),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, expect.any(Number), 415, 421]);
    for (const response of responses) expectSecurityHeaders(response.headers);
    expect(JSON.parse(responses[4]!.body).errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers only to its own names on loopback (DNS rebinding)', async () => {
    const port = new URL(server.url).port;
    const ask = (hostHeader: string) =>
      rawRequest(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', host: hostHeader },
        body: JSON.stringify({ query: '{ regions(level: PROVINCE) { code } }' }),
      });
    for (const name of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
      expect((await ask(name)).status).toBe(200);
    }
    for (const name of [`evil.example:${port}`, 'evil.example', `127.0.0.1:${Number(port) + 1}`, `[::1]:1`]) {
      const refused = await ask(name);
      expect(refused.status).toBe(421);
      expect(JSON.parse(refused.body).errors[0]).toMatchObject({ extensions: { code: 'MISDIRECTED_REQUEST' } });
    }
  });
});

describe('a server whose Neo4j URI and password hold secrets', () => {
  it('says only that the store is unavailable, and never logs the secrets', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createNetServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const server = await spawnServer({
      env: {
        NEO4J_URI: `bolt://admin:uri-secret-42@127.0.0.1:${closedPort}`,
        NEO4J_USER: 'neo4j',
        NEO4J_PASSWORD: 'password-secret-42',
      },
      until: 'graph store unavailable, retrying',
    });
    const response = await rawRequest(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: new URL(server.url).host },
      body: JSON.stringify({ query: '{ regions { code } }' }),
    });
    expect(response.status).toBe(503);
    expectSecurityHeaders(response.headers);
    expect(JSON.parse(response.body)).toEqual({
      errors: [
        {
          message: 'The graph store is not reachable yet; the explorer keeps trying.',
          extensions: { code: 'STORE_UNAVAILABLE' },
        },
      ],
    });
    const logs = server.lines.join('\n');
    expect(logs).toContain(`neo4j at bolt://127.0.0.1:${closedPort}`);
    expect(logs).not.toMatch(/uri-secret-42|password-secret-42|admin:/);
    expect(await server.stop()).toBe(0);
  }, 120_000);
});
