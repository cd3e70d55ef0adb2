/**
 * The CypherStore port's own contract (DESIGN.md §6), run against every adapter: grafeoStore.test.ts always,
 * neo4jStore.int.test.ts when NEO4J_URI is set. Everything lives under the label ContractNode and is deleted
 * before each test, so the suite may run against a database that holds real data.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../server/src/store/CypherStore';
import type { CypherStore, CypherValue } from '../../server/src/store/CypherStore';

function expectPlain(value: CypherValue): void {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return;
  if (Array.isArray(value)) {
    expect(Object.getPrototypeOf(value)).toBe(Array.prototype);
    value.forEach(expectPlain);
    return;
  }
  expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  Object.values(value).forEach(expectPlain);
}

async function count(store: CypherStore): Promise<number> {
  const [row] = await store.run('MATCH (n:ContractNode) RETURN count(n) AS n');
  return row?.n as number;
}

export function runStoreContract(name: string, makeStore: () => Promise<CypherStore>): void {
  describe(`CypherStore contract: ${name}`, () => {
    let store: CypherStore;

    beforeEach(async () => {
      store = await makeStore();
      await store.run('MATCH (n:ContractNode) DETACH DELETE n');
    });

    afterEach(async () => {
      await store.close();
    });

    it('returns rows of plain JS values', async () => {
      const rows = await store.run(
        "RETURN 42 AS i, 1.5 AS f, '秀洲區' AS s, true AS b, null AS n, [1, 'a', [2]] AS l, {k: 7, m: {z: ['x']}} AS m",
      );
      expect(rows).toEqual([
        { i: 42, f: 1.5, s: '秀洲區', b: true, n: null, l: [1, 'a', [2]], m: { k: 7, m: { z: ['x'] } } },
      ]);
      rows.forEach((row) => Object.values(row).forEach(expectPlain));
      expect(typeof rows[0]?.i).toBe('number');
    });

    // More rows than the embedded store converts in one call (grafeoRows.ts ROWS_AT_ONCE): every row, in order.
    it('returns every row of a large result in order', async () => {
      const rows = await store.run('UNWIND range(1, 10000) AS i RETURN i, [i, toString(i)] AS pair');
      expect(rows).toHaveLength(10000);
      expect(rows.every((row, at) => row.i === at + 1)).toBe(true);
      expect(rows[9999]).toEqual({ i: 10000, pair: [10000, '10000'] });
    });

    it('takes parameters of every type and stores them as properties', async () => {
      const params = { id: 'p1', i: 2025, f: 0.25, s: '發改局', b: false, n: null, l: ['一', '二'], nums: [1, 2.5] };
      const [echo] = await store.run(
        'RETURN $i AS i, $f AS f, $s AS s, $b AS b, $n AS n, $l AS l, $nums AS nums',
        params,
      );
      expect(echo).toEqual({ i: 2025, f: 0.25, s: '發改局', b: false, n: null, l: ['一', '二'], nums: [1, 2.5] });
      await store.run('CREATE (c:ContractNode {id: $id, i: $i, f: $f, s: $s, b: $b, l: $l})', params);
      const rows = await store.run(
        'MATCH (c:ContractNode {id: $id}) RETURN c {.i, .f, .s, .b, .l, .missing} AS c',
        params,
      );
      expect(rows).toEqual([{ c: { i: 2025, f: 0.25, s: '發改局', b: false, l: ['一', '二'], missing: null } }]);
      const [map] = await store.run('RETURN $m.a AS a, $m.list[1] AS second', { m: { a: '甲', list: [1, 2] } });
      expect(map).toEqual({ a: '甲', second: 2 });
    });

    it('accepts integer parameters where Cypher requires integers', async () => {
      const rows = await store.run('UNWIND range(1, 10) AS x WITH x ORDER BY x SKIP $skip LIMIT $limit RETURN x', {
        skip: 2,
        limit: 3,
      });
      expect(rows.map((row) => row.x)).toEqual([3, 4, 5]);
      const [slice] = await store.run('RETURN [1, 2, 3, 4][0..$k] AS xs', { k: 2 });
      expect(slice?.xs).toEqual([1, 2]);
    });

    it('commits a transaction that resolves', async () => {
      const result = await store.transaction(async (tx) => {
        await tx.run("CREATE (:ContractNode {id: 'a'})");
        await tx.run("CREATE (:ContractNode {id: 'b'})");
        const [row] = await tx.run('MATCH (n:ContractNode) RETURN count(n) AS n');
        return row?.n;
      });
      expect(result).toBe(2);
      expect(await count(store)).toBe(2);
    });

    it('rolls back a transaction whose work throws, and rethrows a StoreError', async () => {
      await store.run("CREATE (:ContractNode {id: 'kept'})");
      const failing = store.transaction(async (tx) => {
        await tx.run("CREATE (:ContractNode {id: 'lost'})");
        await tx.run("MATCH (n:ContractNode {id: 'kept'}) SET n.touched = true");
        throw new Error('work failed halfway');
      });
      await expect(failing).rejects.toBeInstanceOf(StoreError);
      await expect(failing).rejects.toThrow(/work failed halfway/);
      expect(await store.run('MATCH (n:ContractNode) RETURN n.id AS id, n.touched AS touched')).toEqual([
        { id: 'kept', touched: null },
      ]);
    });

    it('leaves nothing behind when a query inside a transaction fails', async () => {
      const failing = store.transaction(async (tx) => {
        await tx.run("CREATE (:ContractNode {id: 'x'})");
        await tx.run('THIS IS NOT CYPHER');
      });
      await expect(failing).rejects.toMatchObject({ name: 'StoreError', code: 'QUERY' });
      expect(await count(store)).toBe(0);
    });

    it('moves its version after every write and never after a read', async () => {
      const start = store.version;
      expect(typeof start).toBe('number');
      await store.run('MATCH (n:ContractNode) RETURN count(n) AS n');
      await store.run('MATCH (n:ContractNode) WHERE n.id = $id RETURN n.id AS id', { id: 'a' });
      expect(store.version).toBe(start);
      await store.run('CREATE (:ContractNode {id: $id})', { id: 'a' });
      const afterRun = store.version ?? 0;
      expect(afterRun).toBeGreaterThan(start ?? 0);
      await store.transaction((tx) => tx.run('MERGE (:ContractNode {id: $id})', { id: 'b' }));
      expect(store.version).toBeGreaterThan(afterRun);
      await store.run('MATCH (n:ContractNode) RETURN count(n) AS n');
      expect(store.version).toBeGreaterThan(afterRun);
    });

    it('reports a bad query as StoreError QUERY outside a transaction', async () => {
      await expect(store.run('MATCH (n RETURN n')).rejects.toMatchObject({ name: 'StoreError', code: 'QUERY' });
    });

    it('runs concurrent transactions without lost updates or duplicate merges', async () => {
      await store.run("CREATE (:ContractNode {id: 'counter', value: 0})");
      const increment = () =>
        store.transaction(async (tx) => {
          const [row] = await tx.run("MATCH (c:ContractNode {id: 'counter'}) RETURN c.value AS value");
          await new Promise((resolve) => setTimeout(resolve, 2));
          await tx.run("MATCH (c:ContractNode {id: 'counter'}) SET c.value = $value", {
            value: (row?.value as number) + 1,
          });
        });
      const merge = () => store.transaction((tx) => tx.run("MERGE (:ContractNode {id: 'merged'})"));
      await Promise.all([...Array.from({ length: 8 }, increment), ...Array.from({ length: 4 }, merge)]);
      const [row] = await store.run("MATCH (c:ContractNode {id: 'counter'}) RETURN c.value AS value");
      expect(row?.value).toBe(8);
      expect(await store.run("MATCH (c:ContractNode {id: 'merged'}) RETURN count(c) AS n")).toEqual([{ n: 1 }]);
    });

    it('refuses queries after close with StoreError', async () => {
      const closing = await makeStore();
      await closing.close();
      await expect(closing.run('RETURN 1 AS one')).rejects.toBeInstanceOf(StoreError);
      await closing.close();
    });
  });
}
