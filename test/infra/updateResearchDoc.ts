/**
 * Refreshes the answers of docs/research.md from the API over the corpus: `npx tsx test/infra/updateResearchDoc.ts`,
 * then review the difference like a golden file (test/infra/researchDoc.test.ts checks them).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { data, startApi } from '../api/apiFixture';
import { researchDoc, workedQueries } from './researchDoc';

const api = await startApi();
let text = readFileSync(researchDoc, 'utf8');
// From the last to the first, so the offsets of the ones before stay right.
for (const worked of workedQueries(text).reverse()) {
  const answer = await data(api.yoga, worked.query);
  text = `${text.slice(0, worked.answerStart)}${JSON.stringify(answer, null, 2)}\n${text.slice(worked.answerEnd)}`;
}
writeFileSync(researchDoc, await format(text, { ...(await resolveConfig(researchDoc)), filepath: researchDoc }));
await api.store.close();
