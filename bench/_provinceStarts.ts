/**
 * The server process on a persistent store of n synthetic documents (alignProvince.ts): how long it takes to answer
 * after a first start (builds and writes), a start with nothing changed (keeps the stored graph), and a start after
 * one new corpus text (answers from the stored graph at once: `.oneNewText`; the import worker then builds the
 * state of the stored graph and adds the new document as an import: `.oneNewText.added`); after a start that kept
 * the graph, how long the import worker takes to build its state in the background, how long reads take meanwhile,
 * and how long an import takes that is sent the moment the server answers (it waits for that build) and one sent
 * once the worker is ready.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticCorpus, syntheticNewcomers } from '@policy-cascade/graph-seed';
import { percentile, readsDuring } from '../test/support/http';
import { spawnServer } from '../test/support/serverProcess';
import type { ServerProcess } from '../test/support/serverProcess';
import { importText } from '../test/reliability/probe';

const print = (name: string, value: number, unit: string) =>
  process.stdout.write(`${name}: ${value.toFixed(unit === 'ms' ? 0 : 1)} ${unit}\n`);

/** A directory holding syntheticCorpus(n, 1). */
export function corpusDir(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), `cascade-province-${n}-`));
  for (const { name, text } of syntheticCorpus(n, 1)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Starts the server and resolves with it and the time it took to print `until`. */
async function timedStart(env: Record<string, string>, until = 'listening') {
  const started = performance.now();
  const server = await spawnServer({ env: { LOG_LEVEL: 'info', ...env }, until, timeoutMs: 30 * 60_000 });
  return { server, ms: performance.now() - started };
}

/** The `ms` of a log line the server printed (since its start), once it is there. */
async function logged(server: ServerProcess, msg: string): Promise<number> {
  for (;;) {
    for (const line of server.lines) {
      if (!line.includes(`"msg":"${msg}"`)) continue;
      return Number((JSON.parse(line) as { ms?: number }).ms);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** 1 when the start realigned the whole graph (its `loaded` log line says so), 0 when it kept the stored graph. */
const realigned = (server: ServerProcess) =>
  server.lines.some((line) => line.includes('"msg":"loaded"') && line.includes('"realigned":true')) ? 1 : 0;

/** The `which`-th newcomer (a locality no synthetic text names): each import and the new text a locality of its own. */
const newcomer = (which: number) => syntheticNewcomers(which + 1, 21)[which]!;

async function importOne(server: ServerProcess, which: number): Promise<number> {
  const text = newcomer(which);
  const started = performance.now();
  const result = await importText(server.url, text.text, text.name);
  if (result?.__typename !== 'ImportedPolicy') throw new Error(`import refused: ${JSON.stringify(result)}`);
  return performance.now() - started;
}

export async function serverStarts(n: number): Promise<void> {
  const dir = corpusDir(n);
  const dataDir = mkdtempSync(join(tmpdir(), 'cascade-province-data-'));
  const env = { CASCADE_CORPUS_DIR: dir, CASCADE_DATA_DIR: dataDir };
  const name = `province.start.synthetic${n}`;
  try {
    let start = await timedStart(env);
    print(`${name}.first`, start.ms, 'ms');
    await start.server.stop();

    start = await timedStart(env);
    print(`${name}.unchanged`, start.ms, 'ms');
    print(`${name}.unchanged.realigned`, realigned(start.server), '');
    // Sent the moment the server answers: the worker is still building its state from the texts.
    let firstImport = 0;
    const reads = await readsDuring(start.server.url, async () => (firstImport = await importOne(start.server, 0)));
    print(`${name}.unchanged.importsReady`, await logged(start.server, 'imports ready'), 'ms');
    print(`${name}.unchanged.firstImportAtOnce`, firstImport, 'ms');
    print(`${name}.unchanged.readsMeanwhile.p50`, percentile(reads, 0.5), 'ms');
    print(`${name}.unchanged.readsMeanwhile.p95`, percentile(reads, 0.95), 'ms');
    print(`${name}.unchanged.readsMeanwhile.max`, Math.max(...reads), 'ms');
    print(`${name}.unchanged.readsMeanwhile.count`, reads.length, '');
    await start.server.stop();

    start = await timedStart(env, 'imports ready');
    // The text imported through the API in the start before is kept in the data directory: no realignment.
    print(`${name}.afterImport.realigned`, realigned(start.server), '');
    print(`${name}.unchanged.untilImportsReady`, start.ms, 'ms');
    print(`${name}.unchanged.firstImportOnceReady`, await importOne(start.server, 1), 'ms');
    await start.server.stop();

    // It answers from the stored graph at once, and adds the new document once the worker holds the others.
    const text = newcomer(2);
    writeFileSync(join(dir, text.name), text.text);
    start = await timedStart(env);
    print(`${name}.oneNewText`, start.ms, 'ms');
    print(`${name}.oneNewText.realigned`, realigned(start.server), '');
    print(`${name}.oneNewText.added`, await logged(start.server, 'added new corpus texts'), 'ms');
    await start.server.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}
