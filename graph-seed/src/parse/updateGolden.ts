/**
 * Rewrites the golden files from the current parser: `npx tsx graph-seed/src/parse/updateGolden.ts`.
 * Run it on purpose, then review the diff clause by clause before committing; tests and CI never call it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { corpusNames, goldenDir, goldenJson, goldenPath, parseCorpusFile } from './golden';

mkdirSync(goldenDir, { recursive: true });
for (const name of corpusNames()) {
  const result = parseCorpusFile(name);
  writeFileSync(goldenPath(name), goldenJson(result));
  const document = result.document;
  const summary = document
    ? `${document.sections.length} sections, ${document.clauses.length} clauses, ${document.requests.length} requests`
    : 'no document';
  process.stdout.write(`${goldenPath(name)}: ${summary}\n`);
}
