/**
 * The whole province over years (issue 11), a separate benchmark (`npm run bench -- alignProvince`, ~20 minutes;
 * PROVINCE_PARTS=align,api,starts runs some of its parts, PROVINCE_SIZES=1000 some sizes of the api part):
 *
 * - align: build and align 300 and 1,000 synthetic documents, each in a fresh process, three times each alternating
 *   (the fastest run of each size is reported, every run's time printed: _alignRun.ts fastestRuns): time, CPU, GC,
 *   peak heap, quality, and t(1000)/t(300). Goals: ratio ≤ 3.6, 1,000 documents under 60 s, peak heap under 1.5 GB.
 * - api: `importPolicy` of one more document (a locality no synthetic text names) into graphs of 100, 300 and 1,000
 *   documents, through the real yoga app over an in-memory grafeo store (the import worker builds its state while
 *   the library opens, and the reads are warmed, as at a server's start): the first import and the median and p95 of
 *   ten asked back to back. Goals: under 1 s at 300, under 2 s at 1,000. The reference documents and the families'
 *   cores are kept from the start's build (graph-seed's reference.ts), so each import aligns its own document. Then
 *   cascade, coverage and search p95 at 1,000 documents, response cache off, warm and cold (`.cold`: each request
 *   the first after a write). Goals: cascade and search under 20 ms, coverage under 100 ms. Last, ten more imports
 *   asked 3 s apart (`.spaced`), as a person imports: the worker's collection after an import runs between them.
 * - starts: the server process on a persistent store of 1,000 documents (_provinceStarts.ts).
 *
 * Prints `name: value unit` lines; asserts nothing. Timings on a shared machine are noisy.
 */
import { rmSync } from 'node:fs';
import { syntheticNewcomers } from '@policy-cascade/graph-seed';
import { createApp } from '../server/src/api/createApp';
import type { App } from '../server/src/api/createApp';
import { createLogger } from '../server/src/api/logger';
import { openLibrary } from '../server/src/import';
import { PolicyRepository } from '../server/src/repository';
import { createGrafeoStore } from '../server/src/store/grafeo/grafeoStore';
import type { CypherStore } from '../server/src/store/CypherStore';
import { fastestRuns, printRatio, printRun } from './_alignRun';
import { printTiming, timeQuery } from './_apiTiming';
import { corpusDir, serverStarts } from './_provinceStarts';

/** Builds of each size (fastestRuns): the figures are the fastest's. ALIGN_RUNS=1 for one. */
const ALIGN_RUNS = Number(process.env.ALIGN_RUNS ?? 3);
const IMPORTS = 10;
const QUERIES = 40;
const COLD_QUERIES = 20;
/** Between spaced imports: the worker's collection after an import (some 2 s at 1,000 documents) has run. */
const SPACING_MS = 3000;

async function post(yoga: App, query: string, variables: Record<string, unknown> = {}) {
  const response = await yoga.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data!;
}

const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(q * values.length) - 1)] ?? NaN;

function printTimes(name: string, times: number[]): void {
  process.stdout.write(`${name}.p50: ${quantile(times, 0.5).toFixed(1)} ms\n`);
  process.stdout.write(`${name}.p95: ${quantile(times, 0.95).toFixed(1)} ms\n`);
}

const IMPORT = `mutation($text: String!, $name: String!) { importPolicy(text: $text, sourceName: $name) {
  __typename ... on ImportRejected { code message } } }`;

/**
 * The imports' times: `burst`, ten asked back to back (the goal's figure: a script importing a batch), else ten asked
 * SPACING_MS apart, as a person imports (the worker's idle work, its collection after an import, then runs between
 * them: idleCollection.ts), printed as `.spaced`. Each of the twenty is a locality of its own.
 */
async function importTimes(n: number, yoga: App, burst: boolean): Promise<void> {
  const times: number[] = [];
  const newcomers = syntheticNewcomers(2 * IMPORTS, 3);
  const name = burst ? `province.import.synthetic${n}` : `province.import.synthetic${n}.spaced`;
  for (const { name: sourceName, text } of burst ? newcomers.slice(0, IMPORTS) : newcomers.slice(IMPORTS)) {
    if (!burst) await new Promise((resolve) => setTimeout(resolve, SPACING_MS));
    const started = performance.now();
    const variables = { text, name: sourceName };
    const result = (await post(yoga, IMPORT, variables)).importPolicy as { __typename: string; code?: string };
    // A refusal (TOO_LARGE past the worker's time budget on a loaded machine) is a result too: the queries and the
    // starts are still measured.
    if (result.__typename !== 'ImportedPolicy') {
      process.stdout.write(`# ${name} refused after ${times.length}: ${JSON.stringify(result)}\n`);
      process.stdout.write(`${name}.refused: 1 import\n`);
      break;
    }
    times.push(performance.now() - started);
  }
  if (times.length === 0) return;
  // Each import's time in order: the p95 of ten is their slowest, and which one it is says why (the first after a
  // start, or one that met a full collection).
  process.stdout.write(`# ${name} each: ${times.map((t) => t.toFixed(0)).join(', ')} ms\n`);
  process.stdout.write(`${name}.first: ${times[0]!.toFixed(1)} ms\n`);
  printTimes(name, times);
}

/** Cascade, coverage and search at n documents, warm and cold (each request the first after a write). */
async function queryTimes(n: number, yoga: App, store: CypherStore): Promise<void> {
  const queries: Array<[string, string]> = [
    ['cascade', `{ cascade(clauseId: "330000-2025/c1", direction: BOTH, depth: 2) { nodes { clause { id } } } }`],
    ['coverage', `{ coverage(policyId: "330000-2025") { localities { policy { id } share } } }`],
    ['search', `{ search(text: "科技企业孵化器", first: 20) { clause { id } } }`],
  ];
  for (const [name, query] of queries) {
    const timed = { query, variables: () => ({}) };
    printTiming(`province.${name}.synthetic${n}`, await timeQuery(yoga, timed, QUERIES));
    printTiming(`province.${name}.synthetic${n}.cold`, await timeQuery(yoga, timed, COLD_QUERIES, store));
  }
}

async function throughApi(n: number): Promise<void> {
  const dir = corpusDir(n);
  const store = await createGrafeoStore();
  try {
    const started = performance.now();
    const library = await openLibrary(store, { corpusDir: dir });
    process.stdout.write(`province.load.synthetic${n}: ${(performance.now() - started).toFixed(0)} ms\n`);
    // As the server does once the library is open (main.ts warmReads).
    const warming = performance.now();
    await new PolicyRepository(store).warm();
    process.stdout.write(`province.warmReads.synthetic${n}: ${(performance.now() - warming).toFixed(0)} ms\n`);
    const logger = createLogger({ level: 'error', write: () => undefined });
    const yoga = createApp({ store, importer: library.importer, logger, cache: false });
    await importTimes(n, yoga, true);
    if (n === 1000) await queryTimes(n, yoga, store);
    await importTimes(n, yoga, false);
    await library.importer.close();
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  const parts = (process.env.PROVINCE_PARTS ?? 'align,api,starts').split(',');
  if (parts.includes('align')) {
    const [mid, large] = fastestRuns(300, 1000, ALIGN_RUNS);
    printRun(mid);
    printRun(large);
    printRatio(mid, large);
  }
  const sizes = (process.env.PROVINCE_SIZES ?? '100,300,1000').split(',').map(Number);
  if (parts.includes('api')) for (const n of sizes) await throughApi(n);
  if (parts.includes('starts')) await serverStarts(1000);
}
