/**
 * The embedded store (DESIGN.md §6): @grafeo-db/js in the same process, in memory by default or persistent to a
 * directory. The only module that touches the grafeo binding.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import grafeo from '@grafeo-db/js';
import type * as GrafeoModule from '@grafeo-db/js';
import type { GrafeoDB as GrafeoDatabase, Transaction as GrafeoTransaction } from '@grafeo-db/js';
import { StoreError, mayWrite } from '../CypherStore';
import type { CypherParams, CypherRow, CypherRunner, CypherStore } from '../CypherStore';
import { ID_LABELS } from '../idLabels';
import { Mutex } from '../mutex';
import { toGrafeoStoreError } from './grafeoErrors';
import { toPlainRows } from './grafeoRows';
import type { GrafeoRows } from './grafeoRows';

// The package is CommonJS and assigns module.exports at run time, so Node's ESM loader cannot see named exports.
const { GrafeoDB } = grafeo as unknown as typeof GrafeoModule;

/** The database file inside the data directory; a directory leaves room for backups beside it. */
export const GRAFEO_FILE_NAME = 'cascade.grafeo';

/** Options of the embedded store. */
export interface GrafeoStoreOptions {
  /** Data directory; created when missing. Without it the store lives in memory and nothing persists. */
  path?: string;
}

// Writes are serialized. Grafeo 0.6 runs transactions with snapshot isolation and optimistic conflict checks:
// two concurrent writers touching one node fail with GRAFEO-T001 "write-write conflict", and two concurrent
// MERGEs of the same new id both commit, leaving a duplicate node (measured while writing this adapter). One
// writer at a time avoids both; reads need no lock because they see the last committed snapshot.

/** Opens the embedded store. */
export async function createGrafeoStore(options: GrafeoStoreOptions = {}): Promise<CypherStore> {
  const db = openDatabase(options.path);
  try {
    await indexIds(db);
  } catch (error) {
    db.close();
    throw toGrafeoStoreError(error, 'cannot create the id indexes');
  }
  return new GrafeoStore(db);
}

/**
 * Indexes `id` on the labels looked up by id. Without it grafeo 0.6 scans a label for every MERGE on an id, and a
 * load turns quadratic (3000 Targets: 2.5 s without, 0.1 s with, measured); idempotent, so safe on every open.
 */
async function indexIds(db: GrafeoDatabase): Promise<void> {
  for (const label of ID_LABELS) await db.executeCypher(`CREATE INDEX IF NOT EXISTS FOR (n:${label}) ON (n.id)`);
}

function openDatabase(path: string | undefined): GrafeoDatabase {
  if (path === undefined) return GrafeoDB.create();
  const directory = resolve(path);
  if (existsSync(directory) && !statSync(directory).isDirectory()) {
    throw new StoreError('UNAVAILABLE', `[store] [grafeo] data path ${directory} exists and is not a directory`);
  }
  try {
    mkdirSync(directory, { recursive: true });
    // create() opens the file when it exists, so one call covers the first start and every restart.
    return GrafeoDB.create(join(directory, GRAFEO_FILE_NAME));
  } catch (error) {
    throw toGrafeoStoreError(error, `cannot open the database in ${directory}`);
  }
}

class GrafeoStore implements CypherStore {
  readonly name = 'grafeo';
  private readonly writes = new Mutex();
  private closed = false;
  private writesCommitted = 0;

  get version(): number {
    return this.writesCommitted;
  }

  constructor(private readonly db: GrafeoDatabase) {}

  run(cypher: string, params: CypherParams = {}): Promise<CypherRow[]> {
    if (this.closed) return Promise.reject(closedError());
    const execute = () => execute_(() => this.db.executeCypher(cypher, params), cypher);
    if (!mayWrite(cypher)) return execute();
    // Counted even when it fails: a version that moves for nothing only costs a cache rebuild.
    return this.writes.lock(() => execute().finally(() => (this.writesCommitted += 1)));
  }

  transaction<T>(work: (tx: CypherRunner) => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(closedError());
    return this.writes.lock(async () => {
      const tx = this.begin();
      const runner = new TransactionRunner(tx);
      try {
        const result = await work(runner);
        runner.finish();
        await runner.idle();
        tx.commit();
        this.writesCommitted += 1;
        return result;
      } catch (error) {
        runner.finish();
        await runner.idle();
        if (tx.isActive) tx.rollback();
        throw toGrafeoStoreError(error, 'transaction rolled back');
      }
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Let queued writes finish before the file is released.
    await this.writes.lock(async () => this.db.close());
  }

  private begin(): GrafeoTransaction {
    try {
      return this.db.beginTransaction();
    } catch (error) {
      throw toGrafeoStoreError(error, 'cannot begin a transaction');
    }
  }
}

function closedError(): StoreError {
  return new StoreError('UNAVAILABLE', '[store] [grafeo] the store is closed');
}

/** The unit of work's view of one grafeo transaction: queries run one at a time, and not after it ends. */
class TransactionRunner implements CypherRunner {
  // Grafeo refuses commit() while a query of the transaction is still running, and the work may start several
  // queries at once (Promise.all), so they are chained.
  private readonly queue = new Mutex();
  private finished = false;

  constructor(private readonly tx: GrafeoTransaction) {}

  run(cypher: string, params: CypherParams = {}): Promise<CypherRow[]> {
    if (this.finished) {
      return Promise.reject(new StoreError('QUERY', '[store] [grafeo] query on a transaction that has ended'));
    }
    return this.queue.lock(() => execute_(() => this.tx.executeCypher(cypher, params), cypher));
  }

  finish(): void {
    this.finished = true;
  }

  idle(): Promise<void> {
    return this.queue.lock(async () => undefined);
  }
}

async function execute_(query: () => Promise<GrafeoRows>, cypher: string): Promise<CypherRow[]> {
  try {
    const result = await query();
    return await toPlainRows(result);
  } catch (error) {
    throw toGrafeoStoreError(error, `query failed: ${cypher.trim().split('\n')[0] ?? ''}`);
  }
}
