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

/** Bounds of one import's parse and alignment, in the import worker (issue 17). */
export interface ImportBudget {
  /** CASCADE_IMPORT_TIMEOUT_S: the longest one import's parse and alignment may run. */
  timeoutMs: number;
  /** CASCADE_IMPORT_MEMORY_MB: the worker's heap cap (V8's old generation). */
  memoryMb: number;
}

/**
 * 60 s: the 100-document synthetic corpus aligns in under 10 s on two cores, so this leaves room for a loaded
 * machine and a larger corpus. 3072 MB: the worker keeps the whole library's alignment state between imports, and
 * at 1,000 synthetic documents (a province over years) that state alone is about 1,140 MB after a full collection
 * (bench/_workerChild.ts); the build, with the graph it hands to the main thread, and each import need room above
 * it. A cap of 1,536 MB refused every import at that size.
 */
export const DEFAULT_IMPORT_BUDGET: ImportBudget = { timeoutMs: 60_000, memoryMb: 3072 };

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
  /**
   * CASCADE_WRITE_TOKEN: importPolicy then needs `Authorization: Bearer <token>`. Without it, writes are allowed only
   * when the server binds to loopback (see writesAllowedWithoutToken).
   */
  writeToken: string | undefined;
  /**
   * CASCADE_REVIEW_TOKEN: reviewAlignment and importReviews need `Authorization: Bearer <token>`. Without it nobody
   * may review (FORBIDDEN), wherever the server binds; reads stay open.
   */
  reviewToken: string | undefined;
  importBudget: ImportBudget;
}

/** Shortest write token accepted: a guessable token is no protection. */
const MIN_TOKEN_LENGTH = 16;

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
    writeToken: bearerToken(env, 'CASCADE_WRITE_TOKEN'),
    reviewToken: bearerToken(env, 'CASCADE_REVIEW_TOKEN'),
    importBudget: {
      timeoutMs: 1000 * positive(env, 'CASCADE_IMPORT_TIMEOUT_S', DEFAULT_IMPORT_BUDGET.timeoutMs / 1000, 1),
      memoryMb: positive(env, 'CASCADE_IMPORT_MEMORY_MB', DEFAULT_IMPORT_BUDGET.memoryMb, 64),
    },
  };
}

/** True for an address only this machine reaches: 127.0.0.0/8, ::1 or localhost. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}

/** Without a write token, only a server bound to loopback takes writes: nobody else can reach it. */
export function writesAllowedWithoutToken(config: Pick<Config, 'host'>): boolean {
  return isLoopback(config.host);
}

/** A URI without its user and password (`neo4j://user:secret@db:7687` → `neo4j://db:7687`), for logs and errors. */
export function redactUri(uri: string): string {
  return uri.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@\s]*@/i, '$1');
}

function bearerToken(env: NodeJS.ProcessEnv, name: 'CASCADE_WRITE_TOKEN' | 'CASCADE_REVIEW_TOKEN'): string | undefined {
  // Taken as given, like the Neo4j password.
  const token = env[name];
  if (token === undefined || token === '') return undefined;
  if (/\s/.test(token)) {
    // A bearer token is one word in the Authorization header: one with spaces could never be sent.
    throw new ConfigError(`${name} must not contain spaces or line breaks`);
  }
  if (token.length < MIN_TOKEN_LENGTH) {
    throw new ConfigError(`${name} must be at least ${MIN_TOKEN_LENGTH} characters (e.g. openssl rand -hex 24)`);
  }
  return token;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const value = setting(env, name);
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < min)
    throw new ConfigError(`${name} must be a number ≥ ${min}, got '${value}'`);
  return parsed;
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
    const shown = redactUri(uri);
    throw new ConfigError(`NEO4J_URI must start with neo4j://, neo4j+s://, bolt:// or bolt+s://, got '${shown}'`);
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
