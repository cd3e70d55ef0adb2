/** The Neo4j adapter without a server: what a user sees when Neo4j is not there. */
import { describe, expect, it } from 'vitest';
import { createNeo4jStore } from '../../server/src/store/neo4j/neo4jStore';

describe('neo4j store without a server', () => {
  it('fails with StoreError UNAVAILABLE naming the URI, never the password', async () => {
    // Port 1 on localhost refuses connections at once.
    const opening = createNeo4jStore({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 's3cret-pw' });
    const error: unknown = await opening.catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'StoreError', code: 'UNAVAILABLE' });
    expect(String((error as Error).message)).toContain('bolt://127.0.0.1:1');
    expect(String((error as Error).message)).not.toContain('s3cret-pw');
  });
});
