/**
 * The whole province over years (issue 11), a separate benchmark (`npm run bench -- alignProvince`, ~15 minutes):
 *
 * - build and align 300 and 1,000 synthetic documents, each in a fresh process: time, CPU, peak heap, quality, and
 *   t(1000)/t(300). Goals: ratio ≤ 3.6, 1,000 documents under 60 s, peak heap under 1.5 GB.
 * - `importPolicy` of one more document (a locality no synthetic text names) into graphs of 100, 300 and 1,000
 *   documents, through the real yoga app over an in-memory grafeo store: median and p95 of six imports. Goals: under
 *   1 s at 300, under 2 s at 1,000. An import whose document enters the reference documents or its family's core
 *   realigns more (the scope is printed).
 * - cascade, coverage and search p95 through the app at 1,000 documents, response cache off. Goals: cascade and
 *   search under 20 ms, coverage under 100 ms.
 * - the server process started on a persistent store of 1,000 documents: the first start (builds and writes), a
 *   start with nothing changed (keeps the stored graph), and a start after one new text (realigns).
 *
 * Prints `name: value unit` lines; asserts nothing. Timings on a shared machine are noisy.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticCorpus, syntheticNewcomers } from '@policy-cascade/graph-seed';
import { createApp } from '../server/src/api/createApp';
import type { App } from '../server/src/api/createApp';
import { createLogger } from '../server/src/api/logger';
import { openLibrary } from '../server/src/import';
import { createGrafeoStore } from '../server/src/store/grafeo/grafeoStore';
import { spawnServer } from '../test/support/serverProcess';
import { alignRun, printRatio, printRun } from './_alignRun';

const IMPORTS = 6;
const QUERIES = 40;

function corpusDir(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), `cascade-province-${n}-`));
  for (const { name, text } of syntheticCorpus(n, 1)) writeFileSync(join(dir, name), text);
  return dir;
}

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

async function importTimes(n: number, yoga: App): Promise<void> {
  const times: number[] = [];
  for (const { name, text } of syntheticNewcomers(IMPORTS, 3)) {
    const started = performance.now();
    const result = (await post(yoga, IMPORT, { text, name })).importPolicy as { __typename: string };
    if (result.__typename !== 'ImportedPolicy') throw new Error(`import refused: ${JSON.stringify(result)}`);
    times.push(performance.now() - started);
  }
  printTimes(`province.import.synthetic${n}`, times);
}

async function queryTimes(n: number, yoga: App): Promise<void> {
  const queries: Array<[string, string]> = [
    ['cascade', `{ cascade(clauseId: "330000-2025/c1", direction: BOTH, depth: 2) { nodes { clause { id } } } }`],
    ['coverage', `{ coverage(policyId: "330000-2025") { localities { policy { id } share } } }`],
    ['search', `{ search(text: "科技企业孵化器", first: 20) { clause { id } } }`],
  ];
  for (const [name, query] of queries) {
    await post(yoga, query);
    const times: number[] = [];
    for (let i = 0; i < QUERIES; i++) {
      const started = performance.now();
      await post(yoga, query);
      times.push(performance.now() - started);
    }
    printTimes(`province.${name}.synthetic${n}`, times);
  }
}

async function throughApi(n: number): Promise<void> {
  const dir = corpusDir(n);
  const store = await createGrafeoStore();
  try {
    const started = performance.now();
    const library = await openLibrary(store, { corpusDir: dir });
    process.stdout.write(`province.load.synthetic${n}: ${(performance.now() - started).toFixed(0)} ms\n`);
    const logger = createLogger({ level: 'error', write: () => undefined });
    const yoga = createApp({ store, importer: library.importer, logger, cache: false });
    await importTimes(n, yoga);
    if (n === 1000) await queryTimes(n, yoga);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function startTime(env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const server = await spawnServer({ env, timeoutMs: 30 * 60_000 });
  const elapsed = performance.now() - started;
  await server.stop();
  return elapsed;
}

async function serverStarts(n: number): Promise<void> {
  const dir = corpusDir(n);
  const dataDir = mkdtempSync(join(tmpdir(), 'cascade-province-data-'));
  const env = { CASCADE_CORPUS_DIR: dir, CASCADE_DATA_DIR: dataDir };
  try {
    process.stdout.write(`province.start.synthetic${n}.first: ${(await startTime(env)).toFixed(0)} ms\n`);
    process.stdout.write(`province.start.synthetic${n}.unchanged: ${(await startTime(env)).toFixed(0)} ms\n`);
    const [text] = syntheticNewcomers(1, 9);
    writeFileSync(join(dir, text!.name), text!.text);
    process.stdout.write(`province.start.synthetic${n}.oneNewText: ${(await startTime(env)).toFixed(0)} ms\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  const [mid, large] = [alignRun(300), alignRun(1000)];
  printRun(large);
  printRatio(mid, large);
  for (const n of [100, 300, 1000]) await throughApi(n);
  await serverStarts(1000);
}
