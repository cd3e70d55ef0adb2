/**
 * Hand-computed truths for the Cypher patterns the repository relies on (DESIGN.md §6), run on the pinned
 * @grafeo-db/js. Each expected value was worked out by hand from the little graph below with Neo4j's semantics
 * (a variable-length path never repeats a relationship), so an upgrade whose answers drift fails here, loudly.
 *
 *   a -R(w1)-> b -R(w2)-> c -R(w3)-> a        (a triangle)
 *                         c -R(w4)-> d -S-> e
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CypherStore } from '../../server/src/store/CypherStore';
import { createGrafeoStore } from '../../server/src/store/grafeo/grafeoStore';

let store: CypherStore;

beforeAll(async () => {
  store = await createGrafeoStore();
  await store.run(
    `CREATE (a:N {id: 'a', title: '科技创新'}), (b:N {id: 'b', title: '支持科技企业孵化器'}),
            (c:N {id: 'c', title: '發改局'}), (d:N {id: 'd', title: '发改局'}), (e:N {id: 'e'}),
            (a)-[:R {w: 1}]->(b), (b)-[:R {w: 2}]->(c), (c)-[:R {w: 3}]->(a), (c)-[:R {w: 4}]->(d), (d)-[:S]->(e)`,
  );
});

afterAll(async () => {
  await store.close();
});

describe('grafeo truths', () => {
  it('bounded var-length never repeats a relationship', async () => {
    const rows = await store.run(
      "MATCH p = (:N {id: 'a'})-[:R*1..5]->(y) RETURN y.id AS id, length(p) AS len ORDER BY len, id",
    );
    // a→b, a→b→c, a→b→c→a, a→b→c→d; going round again would reuse a→b.
    expect(rows).toEqual([
      { id: 'b', len: 1 },
      { id: 'c', len: 2 },
      { id: 'a', len: 3 },
      { id: 'd', len: 3 },
    ]);
  });

  it('undirected var-length reaches both ways', async () => {
    const rows = await store.run("MATCH (:N {id: 'd'})-[:R*1..2]-(y) RETURN DISTINCT y.id AS id ORDER BY id");
    expect(rows).toEqual([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    const pairs = await store.run("MATCH (x:N {id: 'c'})-[:R]-(y) RETURN y.id AS id ORDER BY id");
    expect(pairs).toEqual([{ id: 'a' }, { id: 'b' }, { id: 'd' }]);
  });

  it('shortestPath finds the shortest directed path', async () => {
    const rows = await store.run(
      "MATCH p = shortestPath((:N {id: 'a'})-[:R*..5]->(:N {id: 'd'})) RETURN length(p) AS len, [n IN nodes(p) | n.id] AS ids",
    );
    expect(rows).toEqual([{ len: 3, ids: ['a', 'b', 'c', 'd'] }]);
    const none = await store.run(
      "MATCH p = shortestPath((:N {id: 'e'})-[:R*..5]->(:N {id: 'a'})) RETURN length(p) AS len",
    );
    expect(none).toEqual([]);
  });

  it('allShortestPaths gives every equally short path and nothing longer (path() picks among them)', async () => {
    // Its own little graph: x→y1→z and x→y2→z (two of length 2) and x→w→v→z (length 3).
    await store.run(
      `CREATE (x:P {id: 'x'}), (y1:P {id: 'y1'}), (y2:P {id: 'y2'}), (z:P {id: 'z'}), (w:P {id: 'w'}), (v:P {id: 'v'}),
              (x)-[:T]->(y1), (y1)-[:T]->(z), (x)-[:T]->(y2), (y2)-[:T]->(z), (x)-[:T]->(w), (w)-[:T]->(v), (v)-[:T]->(z)`,
    );
    const rows = await store.run(
      "MATCH (a:P {id: 'z'}), (b:P {id: 'x'}) MATCH p = allShortestPaths((a)-[*..5]-(b)) RETURN [n IN nodes(p) | n.id] AS ids",
    );
    expect(rows.map((row) => row.ids).sort()).toEqual([
      ['z', 'y1', 'x'],
      ['z', 'y2', 'x'],
    ]);
  });

  it('collects through WITH and slices the list', async () => {
    const rows = await store.run(
      'MATCH (n:N) WITH n ORDER BY n.id WITH collect(n.id) AS ids RETURN ids[0..2] AS first, size(ids) AS total',
    );
    expect(rows).toEqual([{ first: ['a', 'b'], total: 5 }]);
  });

  it('evaluates COUNT {} and EXISTS {} subqueries per row', async () => {
    const rows = await store.run(
      'MATCH (n:N) RETURN n.id AS id, COUNT { (n)-[:R]->() } AS out, EXISTS { (n)-[:S]->() } AS s ORDER BY id',
    );
    expect(rows).toEqual([
      { id: 'a', out: 1, s: false },
      { id: 'b', out: 1, s: false },
      { id: 'c', out: 2, s: false },
      { id: 'd', out: 0, s: true },
      { id: 'e', out: 0, s: false },
    ]);
  });

  it('projects maps, with missing properties as null', async () => {
    const rows = await store.run('MATCH (n:N) WHERE n.id IN $ids RETURN n {.id, .title} AS n ORDER BY n.id', {
      ids: ['b', 'e'],
    });
    expect(rows).toEqual([{ n: { id: 'b', title: '支持科技企业孵化器' } }, { n: { id: 'e', title: null } }]);
  });

  it('UNWIND MERGE sets on create only once, and SET += updates every time', async () => {
    const merge =
      'UNWIND $rows AS row MERGE (m:M {id: row.id}) ON CREATE SET m.created = row.n ON MATCH SET m.matched = row.n ' +
      'SET m += row.props RETURN count(m) AS n';
    await store.run(merge, { rows: [{ id: 'm1', n: 1, props: { title: '甲' } }] });
    await store.run(merge, {
      rows: [
        { id: 'm1', n: 2, props: { score: 0.5 } },
        { id: 'm2', n: 2, props: { title: '乙' } },
      ],
    });
    const rows = await store.run('MATCH (m:M) RETURN m {.id, .created, .matched, .title, .score} AS m ORDER BY m.id');
    expect(rows).toEqual([
      { m: { id: 'm1', created: 1, matched: 2, title: '甲', score: 0.5 } },
      { m: { id: 'm2', created: 2, matched: null, title: '乙', score: null } },
    ]);
  });

  it('matches Chinese substrings with CONTAINS, script-sensitively', async () => {
    const hits = await store.run("MATCH (n:N) WHERE n.title CONTAINS '孵化器' RETURN n.id AS id");
    expect(hits).toEqual([{ id: 'b' }]);
    // 發改局 (Traditional) and 发改局 (Simplified) are different strings: search goes through textSimplified.
    const simplified = await store.run("MATCH (n:N) WHERE n.title CONTAINS '发改' RETURN n.id AS id");
    expect(simplified).toEqual([{ id: 'd' }]);
  });

  it('orders, skips and limits', async () => {
    const rows = await store.run('MATCH (n:N) RETURN n.id AS id ORDER BY id DESC SKIP 1 LIMIT 2');
    expect(rows).toEqual([{ id: 'd' }, { id: 'c' }]);
  });

  it('gives nulls for an OPTIONAL MATCH that finds nothing, and count() of them is 0', async () => {
    const rows = await store.run(
      "MATCH (n:N {id: 'e'}) OPTIONAL MATCH (n)-[:R]->(m) RETURN n.id AS id, m.id AS next, count(m) AS n",
    );
    expect(rows).toEqual([{ id: 'e', next: null, n: 0 }]);
  });

  it('maps over relationships(p) in list comprehensions', async () => {
    const rows = await store.run(
      "MATCH p = (:N {id: 'a'})-[:R*3..3]->(:N {id: 'd'}) " +
        'RETURN [r IN relationships(p) | r.w] AS ws, [r IN relationships(p) | type(r)] AS types, ' +
        '[r IN relationships(p) | startNode(r).id + "->" + endNode(r).id] AS steps',
    );
    expect(rows).toEqual([{ ws: [1, 2, 4], types: ['R', 'R', 'R'], steps: ['a->b', 'b->c', 'c->d'] }]);
  });
});
