import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, redactUri, writesAllowedWithoutToken } from '../../server/src/config';
import { describeTarget, targetOf, targetOfOption } from '../../server/src/store/openStore';

describe('loadConfig', () => {
  it('defaults to 127.0.0.1:4000 and an in-memory store', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      host: '127.0.0.1',
      port: 4000,
      dataDir: undefined,
      corpusDir: undefined,
      neo4j: undefined,
      responseCache: true,
      writeToken: undefined,
      reviewToken: undefined,
      importBudget: { timeoutMs: 60_000, memoryMb: 3072 },
    });
    expect(describeTarget(targetOf(config))).toBe('grafeo in memory (nothing persists)');
  });

  it('reads a data directory and Neo4j settings, preferring Neo4j', () => {
    const env = { PORT: '8080', CASCADE_DATA_DIR: '/var/cascade', NEO4J_URI: 'neo4j://db:7687' };
    const config = loadConfig({ ...env, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'cascade' });
    expect(config.port).toBe(8080);
    expect(config.neo4j).toEqual({ uri: 'neo4j://db:7687', user: 'neo4j', password: 'pw', database: 'cascade' });
    expect(describeTarget(targetOf(config))).toBe('neo4j at neo4j://db:7687');
  });

  it('names the missing or bad setting', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db', NEO4J_PASSWORD: 'pw' })).toThrow(/NEO4J_USER is missing/);
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db', NEO4J_USER: 'neo4j' })).toThrow(/NEO4J_PASSWORD is missing/);
    expect(() => loadConfig({ NEO4J_URI: 'http://db:7474' })).toThrow(/NEO4J_URI must start with/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT .*'70000'/);
    expect(() => loadConfig({ CASCADE_RESPONSE_CACHE: 'sometimes' })).toThrow(
      /CASCADE_RESPONSE_CACHE must be on or off/,
    );
  });

  it('turns the response cache off on request', () => {
    expect(loadConfig({ CASCADE_RESPONSE_CACHE: 'off' }).responseCache).toBe(false);
    expect(loadConfig({ CASCADE_RESPONSE_CACHE: 'ON' }).responseCache).toBe(true);
  });

  it('turns a --store option into a target', () => {
    expect(targetOfOption({ store: '/data/cascade', env: {} })).toEqual({ kind: 'grafeo', path: '/data/cascade' });
    const env = { NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'pw' };
    expect(targetOfOption({ store: 'neo4j+s://x.databases.neo4j.io', env })).toMatchObject({
      kind: 'neo4j',
      uri: 'neo4j+s://x.databases.neo4j.io',
    });
    expect(() => targetOfOption({ store: 'bolt://db:7687', env: {} })).toThrow(/NEO4J_USER is missing/);
  });
});

describe('write token, loopback and credentials', () => {
  it('reads CASCADE_WRITE_TOKEN, refusing a short one, and the import budget', () => {
    expect(loadConfig({ CASCADE_WRITE_TOKEN: 'x'.repeat(24) }).writeToken).toBe('x'.repeat(24));
    expect(() => loadConfig({ CASCADE_WRITE_TOKEN: 'secret' })).toThrow(/at least 16 characters/);
    expect(() => loadConfig({ CASCADE_WRITE_TOKEN: 'a token with spaces in it' })).toThrow(/must not contain spaces/);
    const budget = loadConfig({ CASCADE_IMPORT_TIMEOUT_S: '5', CASCADE_IMPORT_MEMORY_MB: '512' }).importBudget;
    expect(budget).toEqual({ timeoutMs: 5000, memoryMb: 512 });
    expect(() => loadConfig({ CASCADE_IMPORT_MEMORY_MB: '8' })).toThrow(
      /CASCADE_IMPORT_MEMORY_MB must be a number ≥ 64/,
    );
  });

  it('allows writes without a token only on loopback', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) {
      expect(writesAllowedWithoutToken({ host })).toBe(true);
    }
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'explorer.example']) {
      expect(writesAllowedWithoutToken({ host })).toBe(false);
    }
  });

  it('never shows the user or password of a URI', () => {
    expect(redactUri('neo4j://neo4j:s3cret@db:7687')).toBe('neo4j://db:7687');
    const env = { NEO4J_URI: 'neo4j+s://admin:s3cret@db.example:7687', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'pw' };
    expect(describeTarget(targetOf(loadConfig(env)))).toBe('neo4j at neo4j+s://db.example:7687');
    expect(() => loadConfig({ NEO4J_URI: 'http://admin:s3cret@db:7474' })).toThrow(/got 'http:\/\/db:7474'/);
  });
});
