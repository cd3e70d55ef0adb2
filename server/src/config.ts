/**
 * The server's settings, read from the environment and validated once at start (STYLE.md): a bad or missing
 * setting gives a ConfigError naming it.
 */

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

export interface Config {
  host: string;
  port: number;
  /** CASCADE_DATA_DIR: the embedded store's directory; without it (and without Neo4j) the store is in memory. */
  dataDir: string | undefined;
  /** CASCADE_CORPUS_DIR: the corpus the graph is built from; graph-seed/corpus by default. */
  corpusDir: string | undefined;
  /** Set when NEO4J_URI is: the Neo4j store is used instead of the embedded one. */
  neo4j: Neo4jSettings | undefined;
  /**
   * CASCADE_RESPONSE_CACHE=off: answer every read from the store. On by default — the server is the graph's only
   * writer, so read results stay right until its next import; turn it off when something else writes to Neo4j.
   */
  responseCache: boolean;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(`[config] ${message}`);
    this.name = 'ConfigError';
  }
}

const NEO4J_SCHEMES = /^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\//;

/** True for a URI the Neo4j driver accepts (neo4j://, bolt://, neo4j+s://, …). */
export function isNeo4jUri(value: string): boolean {
  return NEO4J_SCHEMES.test(value);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    host: setting(env, 'HOST') ?? '127.0.0.1',
    port: port(setting(env, 'PORT')),
    dataDir: setting(env, 'CASCADE_DATA_DIR'),
    corpusDir: setting(env, 'CASCADE_CORPUS_DIR'),
    neo4j: neo4jSettings(env),
    responseCache: onOff(env, 'CASCADE_RESPONSE_CACHE', true),
  };
}

function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = setting(env, name)?.toLowerCase();
  if (value === undefined) return fallback;
  if (value === 'on' || value === 'true' || value === '1') return true;
  if (value === 'off' || value === 'false' || value === '0') return false;
  throw new ConfigError(`${name} must be on or off, got '${value}'`);
}

function setting(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function port(value: string | undefined): number {
  if (value === undefined) return 4000;
  const parsed = Number(value);
  // 0 asks the system for a free port (tests and benchmarks read the actual one from the "listening" log line).
  if (!/^\d+$/.test(value) || parsed > 65535) {
    throw new ConfigError(`PORT must be a port number from 0 (any free port) to 65535, got '${value}'`);
  }
  return parsed;
}

function neo4jSettings(env: NodeJS.ProcessEnv): Neo4jSettings | undefined {
  const uri = setting(env, 'NEO4J_URI');
  if (uri === undefined) return undefined;
  if (!isNeo4jUri(uri)) {
    throw new ConfigError(`NEO4J_URI must start with neo4j://, neo4j+s://, bolt:// or bolt+s://, got '${uri}'`);
  }
  const user = setting(env, 'NEO4J_USER');
  if (user === undefined) throw new ConfigError('NEO4J_URI is set but NEO4J_USER is missing');
  // The password is taken as given (not trimmed): spaces may be part of it.
  const password = env.NEO4J_PASSWORD;
  if (password === undefined || password === '') {
    throw new ConfigError('NEO4J_URI is set but NEO4J_PASSWORD is missing');
  }
  return { uri, user, password, database: setting(env, 'NEO4J_DATABASE') };
}
