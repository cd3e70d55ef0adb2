/**
 * `reviews export [--data-dir <dir>] [--out <file>]` prints (or writes) the reviews kept in the data directory as
 * the JSON document exportReviews gives; `reviews import <file> [--data-dir <dir>] [--corpus <dir>]…` takes a shared
 * document into it: every review checked, every clause looked up in the graph the corpus and the kept texts build, and
 * nothing written when anything is wrong (each problem reported as `file: reviews[i].field: message`, exit 1). For an
 * edge reviewed in both, the later decision wins. The data directory defaults to CASCADE_DATA_DIR; a running server
 * reads the file at its next start (the API's importReviews applies them at once).
 */
import { writeFile } from 'node:fs/promises';
import { defaultCorpusDir, reviewKey, reviewsByKey } from '@policy-cascade/graph-seed';
import { EXIT, parseCorpusArgs } from '@policy-cascade/graph-seed/cli/corpusReport';
import { readInferredIds, readKeptTexts, seedBuild } from '../import';
import { keepReviews, readKeptReviews, readReviewsFile, reviewsDocument } from '../review';
import type { ReviewProblem } from '../review';

const USAGE = [
  'usage: reviews export [--data-dir <dir>] [--out <file>]',
  '       reviews import <file> [--data-dir <dir>] [--corpus <dir>]…',
].join('\n');

const stderr = (line: string) => process.stderr.write(`${line}\n`);

function dataDirOf(value: string | undefined): string | null {
  const dir = value ?? process.env.CASCADE_DATA_DIR?.trim();
  if (dir === undefined || dir === '') {
    stderr('reviews: no data directory: give --data-dir <dir> or set CASCADE_DATA_DIR');
    return null;
  }
  return dir;
}

function report(file: string, problems: readonly ReviewProblem[]): void {
  for (const p of problems)
    stderr(`${file}: ${p.index < 0 ? p.field : `reviews[${p.index}].${p.field}`}: ${p.message}`);
  stderr(`reviews: nothing imported (${problems.length} problem(s))`);
}

async function exportReviews(args: string[]): Promise<number> {
  const options = parseCorpusArgs(args, 'reviews export', ['data-dir', 'out'] as const);
  if (typeof options === 'string') return (stderr(`${options}\n${USAGE}`), EXIT.FAILED);
  const dataDir = dataDirOf(options.values['data-dir']);
  if (dataDir === null) return EXIT.FAILED;
  const json = `${JSON.stringify(reviewsDocument(await readKeptReviews(dataDir)), null, 1)}\n`;
  if (options.values.out === undefined) process.stdout.write(json);
  else await writeFile(options.values.out, json);
  return EXIT.OK;
}

/**
 * The clause ids of the graph a server's start builds from the corpus and the texts kept in `dataDir`, inferred
 * clauses numbered as the data directory keeps them.
 */
async function clausesOf(corpus: readonly string[], dataDir: string): Promise<Set<string>> {
  const { texts } = await readKeptTexts(dataDir);
  const corpusDirs = corpus.length > 0 ? corpus : [defaultCorpusDir];
  const { assignment, highest } = await readInferredIds(dataDir);
  const inferredIds = { clauses: new Map(), sections: new Map(), ...assignment, highest };
  const { seeded } = seedBuild({ corpusDirs, kept: texts, inferredIds, graph: true });
  return new Set((seeded.graph?.nodes ?? []).filter((n) => n.label === 'Clause').map((n) => n.id));
}

async function importReviews(args: string[]): Promise<number> {
  const [file, ...rest] = args;
  const options = parseCorpusArgs(rest, 'reviews import', ['data-dir'] as const);
  if (file === undefined || file.startsWith('--') || typeof options === 'string')
    return (stderr(`${typeof options === 'string' ? options : 'reviews import: which file?'}\n${USAGE}`), EXIT.FAILED);
  const dataDir = dataDirOf(options.values['data-dir']);
  if (dataDir === null) return EXIT.FAILED;
  const { reviews, problems } = await readReviewsFile(file);
  if (problems.length > 0) return (report(file, problems), EXIT.FAILED);
  const clauses = await clausesOf(options.corpus, dataDir);
  const unknown = reviews.flatMap((r, index) =>
    (['from', 'to'] as const)
      .filter((field) => !clauses.has(r[field]))
      .map((field) => ({ index, field, message: `no clause ${r[field]} in the graph` })),
  );
  if (unknown.length > 0) return (report(file, unknown), EXIT.FAILED);
  const here = reviewsByKey(await readKeptReviews(dataDir));
  const newer = [...reviewsByKey(reviews).values()].filter((r) => (here.get(reviewKey(r))?.at ?? '') < r.at);
  for (const r of newer) here.set(reviewKey(r), r);
  await keepReviews(dataDir, [...here.values()]);
  process.stdout.write(`reviews: ${newer.length} imported, ${here.size} kept in ${dataDir}\n`);
  return EXIT.OK;
}

export async function reviewsCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  try {
    if (action === 'export') return await exportReviews(rest);
    if (action === 'import') return await importReviews(rest);
    stderr(USAGE);
    return EXIT.FAILED;
  } catch (error) {
    stderr(`reviews: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.FAILED;
  }
}
