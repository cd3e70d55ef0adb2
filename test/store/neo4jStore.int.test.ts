/**
 * The store contract and the loader against a real Neo4j 5, when NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) is
 * set, e.g. `docker compose up neo4j`. The database should be a scratch one: the loader test writes the hand graph.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config';
import { countGraph, loadGraph } from '../../server/src/load';
import { createNeo4jStore } from '../../server/src/store/neo4j/neo4jStore';
import { handGraph } from './fixtures/handGraph';
import { runStoreContract } from './storeContract';

const settings = process.env.NEO4J_URI ? loadConfig().neo4j : undefined;
const open = () => {
  if (!settings) throw new Error('NEO4J_URI is not set');
  return createNeo4jStore({ ...settings, ...(settings.database ? { database: settings.database } : {}) });
};

describe.skipIf(!settings)('neo4j store (skipped: set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD to run)', () => {
  runStoreContract('neo4j', open);

  it('loads the hand graph idempotently, with integers as JS numbers', async () => {
    const store = await open();
    try {
      await loadGraph(store, handGraph());
      const counts = await countGraph(store);
      await loadGraph(store, handGraph());
      expect(await countGraph(store)).toEqual(counts);
      const [row] = await store.run("MATCH (t:Target {id: '330411-2025/c1/t1'}) RETURN t.normalizedValue AS v");
      expect(row).toEqual({ v: 250000 });
    } finally {
      await store.close();
    }
  });

  it('refuses a duplicate id with StoreError CONSTRAINT', async () => {
    const store = await open();
    try {
      await store.run("MERGE (:Region {id: 'contract-dup'})");
      await expect(store.run("CREATE (:Region {id: 'contract-dup'})")).rejects.toMatchObject({ code: 'CONSTRAINT' });
      await store.run("MATCH (r:Region {id: 'contract-dup'}) DELETE r");
    } finally {
      await store.close();
    }
  });
});
