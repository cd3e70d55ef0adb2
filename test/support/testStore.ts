/**
 * The store the tests of this run use. The suite runs twice (README, "Tests"): the embedded leg (`vitest run`) on
 * grafeo in memory, and the Neo4j leg (`npm run test:neo4j`, neo4j/testLeg.ts), which starts a local Neo4j and sets
 * CASCADE_TEST_STORE=neo4j with NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD. A NEO4J_URI alone (a user's own server)
 * never reaches the tests: the Neo4j leg empties the database before every test file that loads a graph.
 *
 * Neo4j Community has one user database, so test files that touch it run one at a time (vitest.config.ts) and each
 * starts from an empty database (`openTestStore`, `serverStoreEnv`).
 */
import { loadConfig } from '../../server/src/config';
import type { CypherStore } from '../../server/src/store/CypherStore';
import { createGrafeoStore } from '../../server/src/store/grafeo/grafeoStore';
import { createNeo4jStore } from '../../server/src/store/neo4j/neo4jStore';
import type { Neo4jStoreConfig } from '../../server/src/store/neo4j/neo4jStore';

/** 'neo4j' in the Neo4j leg, 'grafeo' otherwise. */
export const testStoreKind: 'grafeo' | 'neo4j' = process.env.CASCADE_TEST_STORE === 'neo4j' ? 'neo4j' : 'grafeo';

/** The Neo4j leg's server; throws (never skips) when a Neo4j-only test runs outside that leg. */
export function neo4jTestSettings(): Neo4jStoreConfig {
  const settings = testStoreKind === 'neo4j' ? loadConfig().neo4j : undefined;
  if (!settings) {
    throw new Error(
      '[test] this test needs the Neo4j leg: run it with `npm run test:neo4j` (neo4j/testLeg.ts starts Neo4j and sets ' +
        'CASCADE_TEST_STORE=neo4j, NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD)',
    );
  }
  const { uri, user, password, database } = settings;
  return database === undefined ? { uri, user, password } : { uri, user, password, database };
}

/** Opens the Neo4j leg's database (constraints created), leaving its data as it is. */
export function openNeo4jTestStore(): Promise<CypherStore> {
  return createNeo4jStore(neo4jTestSettings());
}

/** Deletes every node and relationship of the Neo4j leg's database, in batches (constraints stay). */
export async function clearNeo4j(store: CypherStore): Promise<void> {
  await store.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
}

/** The Neo4j leg's database, emptied. */
export async function openEmptyNeo4j(): Promise<CypherStore> {
  const store = await openNeo4jTestStore();
  await clearNeo4j(store);
  return store;
}

/** An empty store: grafeo in memory, or in the Neo4j leg the leg's database, emptied. */
export function openTestStore(): Promise<CypherStore> {
  return testStoreKind === 'grafeo' ? createGrafeoStore() : openEmptyNeo4j();
}

/**
 * The environment a spawned explorer (test/support/serverProcess.ts) needs for this run's store: nothing on the
 * embedded leg; on the Neo4j leg the server's settings, after emptying the database so the server loads the corpus
 * into an empty graph.
 */
export async function serverStoreEnv(): Promise<Record<string, string>> {
  if (testStoreKind === 'grafeo') return {};
  const settings = neo4jTestSettings();
  const store = await createNeo4jStore(settings);
  try {
    await clearNeo4j(store);
  } finally {
    await store.close();
  }
  return {
    NEO4J_URI: settings.uri,
    NEO4J_USER: settings.user,
    NEO4J_PASSWORD: settings.password,
    ...(settings.database ? { NEO4J_DATABASE: settings.database } : {}),
  };
}
