/**
 * `npm run bench [-- <name> …]` — runs the benchmarks under bench/ in turn. Each prints `name: value unit` lines.
 * Targets live in the README and in each benchmark's header comment; nothing here asserts them.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopBenchNeo4j } from './_neo4j';

interface Benchmark {
  run: () => Promise<void>;
}

const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'run.ts' && !file.startsWith('_'))
  .map((file) => file.replace(/\.ts$/, ''))
  .sort();

async function main(requested: string[]): Promise<number> {
  const unknown = requested.filter((name) => !available.includes(name));
  if (unknown.length > 0) {
    process.stderr.write(`bench: unknown benchmark(s) ${unknown.join(', ')}; available: ${available.join(', ')}\n`);
    return 1;
  }
  try {
    for (const name of requested.length > 0 ? requested : available) {
      process.stdout.write(`# ${name}\n`);
      const module = (await import(join(here, `${name}.ts`))) as Benchmark;
      await module.run();
    }
  } finally {
    // The Neo4j that load, queries and api share (bench/_neo4j.ts), if one of them started it.
    await stopBenchNeo4j();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
