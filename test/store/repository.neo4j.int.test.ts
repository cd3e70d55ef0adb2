/**
 * The repository contract against a real Neo4j 5, when NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) is set, e.g.
 * `docker compose up neo4j`. It EMPTIES the database before each graph is loaded: point it at a scratch database,
 * and run the Neo4j files one at a time (`npx vitest run --no-file-parallelism test/store/*.int.test.ts`) since
 * they share it.
 */
import { describe } from 'vitest';
import { loadConfig } from '../../server/src/config';
import { createNeo4jStore } from '../../server/src/store/neo4j/neo4jStore';
import { runRepositoryContract } from './repositoryContract';

const settings = process.env.NEO4J_URI ? loadConfig().neo4j : undefined;

async function openEmpty() {
  if (!settings) throw new Error('NEO4J_URI is not set');
  const store = await createNeo4jStore({ ...settings, ...(settings.database ? { database: settings.database } : {}) });
  await store.run('MATCH (n) DETACH DELETE n');
  return store;
}

describe.skipIf(!settings)(
  'policy repository on neo4j (skipped: set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD to run)',
  () => {
    runRepositoryContract('neo4j', openEmpty);
  },
);
