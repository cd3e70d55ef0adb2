/**
 * Chooses and opens the store: Neo4j for a neo4j:// or bolt:// URI, else the embedded grafeo store, persistent when
 * a directory is given and in memory otherwise.
 */
import { isNeo4jUri, loadConfig, redactUri } from '../config';
import type { CypherStore } from './CypherStore';
import { createGrafeoStore } from './grafeo/grafeoStore';
import { createNeo4jStore } from './neo4j/neo4jStore';

export interface Neo4jTarget {
  kind: 'neo4j';
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
}

/** Where the data lives; `describeTarget` gives the one-line description commands print. */
export type StoreTarget = Neo4jTarget | { kind: 'grafeo'; path: string | undefined };

/** The settings openStore reads: the server Config (config.ts) has this shape. */
export interface StoreSettings {
  dataDir: string | undefined;
  neo4j: { uri: string; user: string; password: string; database: string | undefined } | undefined;
}

export function targetOf(settings: StoreSettings): StoreTarget {
  return settings.neo4j ? { kind: 'neo4j', ...settings.neo4j } : { kind: 'grafeo', path: settings.dataDir };
}

export function describeTarget(target: StoreTarget): string {
  if (target.kind === 'neo4j') return `neo4j at ${redactUri(target.uri)}`;
  return target.path === undefined ? 'grafeo in memory (nothing persists)' : `grafeo in ${target.path}`;
}

/** A `--store` option: a neo4j URI (user and password from NEO4J_USER/NEO4J_PASSWORD) or a grafeo directory. */
export interface StoreOption {
  store?: string | undefined;
  env?: NodeJS.ProcessEnv;
}

/** The target of a `--store` option; without one, the target the environment configures. */
export function targetOfOption({ store, env = process.env }: StoreOption): StoreTarget {
  if (store === undefined) return targetOf(loadConfig(env));
  if (!isNeo4jUri(store)) return { kind: 'grafeo', path: store };
  // loadConfig names a missing NEO4J_USER or NEO4J_PASSWORD.
  return targetOf(loadConfig({ ...env, NEO4J_URI: store }));
}

/** Opens the store for `settings` (a Config), a `--store` option, or an explicit target. */
export function openStore(settings: StoreSettings | StoreTarget | StoreOption): Promise<CypherStore> {
  const target = 'kind' in settings ? settings : 'dataDir' in settings ? targetOf(settings) : targetOfOption(settings);
  if (target.kind === 'neo4j') {
    const { uri, user, password, database } = target;
    return createNeo4jStore(database === undefined ? { uri, user, password } : { uri, user, password, database });
  }
  return createGrafeoStore(target.path === undefined ? {} : { path: target.path });
}
