/**
 * The worked queries of docs/research.md: each ```graphql block is followed by a ```json block with the API's answer
 * on the corpus. Shared by the test that checks the answers and the script that refreshes them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const researchDoc = fileURLToPath(new URL('../../docs/research.md', import.meta.url));

export interface WorkedQuery {
  title: string;
  query: string;
  /** The answer as the document gives it (text of the json block). */
  answer: string;
  /** Where the json block's text sits in the document, to replace it. */
  answerStart: number;
  answerEnd: number;
}

const PAIR = /^## (.+)$[\s\S]*?```graphql\n([\s\S]*?)```\s*```json\n([\s\S]*?)```/gm;

/** Every worked query of the document, in order. */
export function workedQueries(text: string = readFileSync(researchDoc, 'utf8')): WorkedQuery[] {
  return [...text.matchAll(PAIR)].map((match) => {
    const answer = match[3] ?? '';
    const answerEnd = (match.index ?? 0) + match[0].length - 3;
    return {
      title: match[1] ?? '',
      query: match[2] ?? '',
      answer,
      answerStart: answerEnd - answer.length,
      answerEnd,
    };
  });
}
