/**
 * The store contract and the loader against a real Neo4j 5 — the Neo4j leg's server (`npm run test:neo4j`). The
 * loader test writes the hand graph into the (emptied) database.
 */
import { describe, expect, it } from 'vitest';
import { countGraph, loadGraph } from '../../server/src/load';
import { openEmptyNeo4j, openNeo4jTestStore } from '../support/testStore';
import { handGraph } from './fixtures/handGraph';
import { runStoreContract } from './storeContract';

const open = openNeo4jTestStore;

describe('neo4j store', () => {
  runStoreContract('neo4j', open);

  it('loads the hand graph idempotently, with integers as JS numbers', async () => {
    const store = await openEmptyNeo4j();
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
