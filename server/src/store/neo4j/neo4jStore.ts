/**
 * The Neo4j store (DESIGN.md §6) over neo4j-driver 6 and Bolt, selected by NEO4J_URI. The only module that opens
 * driver sessions; errors are converted in neo4jErrors.ts, values in neo4jValues.ts.
 */
import neo4j from 'neo4j-driver';
import type { Driver, Session } from 'neo4j-driver';
import { StoreError, mayWrite } from '../CypherStore';
import { ID_LABELS } from '../idLabels';
import type { CypherParams, CypherRow, CypherRunner, CypherStore } from '../CypherStore';
import { toNeo4jStoreError } from './neo4jErrors';
import { fromNeo4j, toNeo4jParams } from './neo4jValues';

export interface Neo4jStoreConfig {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

/**
 * Connects, creates the id uniqueness constraints (idempotent), and returns the store. A server that cannot be
 * reached gives StoreError('UNAVAILABLE') naming the URI; later outages are retried by the driver, and the
 * constraints are retried on the next query until they exist.
 */
export async function createNeo4jStore(config: Neo4jStoreConfig): Promise<CypherStore> {
  const target = `${config.uri} as ${config.user}`;
  let driver: Driver;
  try {
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      disableLosslessIntegers: true,
    });
  } catch (error) {
    throw toNeo4jStoreError(error, target, `cannot connect to ${config.uri}`);
  }
  const store = new Neo4jStore(driver, config.database, target);
  try {
    await store.ensureReady();
  } catch (error) {
    await driver.close();
    throw error;
  }
  return store;
}

class Neo4jStore implements CypherStore {
  readonly name = 'neo4j';
  private ready: Promise<void> | undefined;
  private closed = false;
  private writesEnded = 0;

  /** Moves after every write statement and every transaction, committed or not (a spare move costs a rebuild). */
  get version(): number {
    return this.writesEnded;
  }

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly target: string,
  ) {}

  /** Creates the constraints once; a failure is forgotten so the next call tries again (server back up). */
  ensureReady(): Promise<void> {
    this.ready ??= this.createConstraints().catch((error: unknown) => {
      this.ready = undefined;
      throw toNeo4jStoreError(error, this.target, `cannot prepare the database at ${this.target}`);
    });
    return this.ready;
  }

  async run(cypher: string, params: CypherParams = {}): Promise<CypherRow[]> {
    await this.open();
    const session = this.session();
    try {
      const result = await session.run(cypher, toNeo4jParams(params));
      return result.records.map((record) => fromNeo4j(record.toObject()) as CypherRow);
    } catch (error) {
      throw toNeo4jStoreError(error, this.target, `query failed: ${firstLine(cypher)}`);
    } finally {
      if (mayWrite(cypher)) this.writesEnded += 1;
      await session.close();
    }
  }

  async transaction<T>(work: (tx: CypherRunner) => Promise<T>): Promise<T> {
    await this.open();
    const session = this.session();
    const tx = session.beginTransaction();
    let active = true;
    const runner: CypherRunner = {
      run: async (cypher, params = {}) => {
        if (!active) throw new StoreError('QUERY', '[store] [neo4j] query on a transaction that has ended');
        try {
          const result = await tx.run(cypher, toNeo4jParams(params));
          return result.records.map((record) => fromNeo4j(record.toObject()) as CypherRow);
        } catch (error) {
          throw toNeo4jStoreError(error, this.target, `query failed: ${firstLine(cypher)}`);
        }
      },
    };
    try {
      const result = await work(runner);
      active = false;
      await tx.commit();
      return result;
    } catch (error) {
      active = false;
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      throw toNeo4jStoreError(error, this.target, 'transaction rolled back');
    } finally {
      this.writesEnded += 1;
      await session.close();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close();
  }

  private async open(): Promise<void> {
    if (this.closed) throw new StoreError('UNAVAILABLE', '[store] [neo4j] the store is closed');
    await this.ensureReady();
  }

  private session(): Session {
    return this.driver.session(this.database === undefined ? {} : { database: this.database });
  }

  private async createConstraints(): Promise<void> {
    const session = this.session();
    try {
      for (const label of ID_LABELS) {
        // Uniqueness on every id; the constraint also gives MERGE on id an index to seek.
        // Schema commands take no parameters (the label list is fixed above); each runs in its own auto-commit
        // transaction because Neo4j keeps schema changes out of explicit transactions that also write.
        await session.run(
          `CREATE CONSTRAINT ${label.toLowerCase()}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
        );
      }
    } finally {
      await session.close();
    }
  }
}

function firstLine(cypher: string): string {
  return cypher.trim().split('\n')[0] ?? '';
}
