/**
 * A store that counts the runs of each named statement (store/statement.ts) and otherwise is the store: its version
 * is the store's, its transactions the store's. A new object, so the repository keeps a cache of its own for it
 * (repository/versionCache.ts keeps one per store object).
 */
import type { CypherStore } from '../../server/src/store/CypherStore';
import { allStatements } from '../../server/src/store/statement';

export function countingStore(store: CypherStore): { store: CypherStore; runs: (name: string) => number } {
  const counts = new Map<string, number>();
  const nameOf = (cypher: string) => allStatements().find((s) => s.cypher === cypher)?.name ?? '';
  const counted: CypherStore = {
    name: store.name,
    get version() {
      return store.version;
    },
    run: (cypher, params) => {
      counts.set(nameOf(cypher), (counts.get(nameOf(cypher)) ?? 0) + 1);
      return store.run(cypher, params);
    },
    transaction: (work) => store.transaction(work),
    close: () => store.close(),
  };
  return { store: counted, runs: (name) => counts.get(name) ?? 0 };
}
