/** Every node and edge a store holds, with its properties, in a stable order: what two ways to one graph must agree on. */
import type { CypherStore } from '../../server/src/store/CypherStore';

export async function storeSnapshot(store: CypherStore) {
  const nodes = await store.run('MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS p ORDER BY id');
  const edges = await store.run(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS p ORDER BY from, type, to',
  );
  return { nodes, edges };
}
