/** Query.search: ranked hits with an original-script snippet and highlight ranges. */
import { searchTerms } from '../../repository';
import type { SearchHit } from '../../repository';
import type { ApiContext } from '../context';
import { userError } from '../errors';
import { primeCards } from '../loaders';

/**
 * Every term is a scan of every clause's text (there is no full-text index both stores share), so a query is capped
 * (issue 17: 200,000 words cost 35 s a request). A person's query is a few words: 32 terms in 200 characters.
 */
export const MAX_SEARCH_TERMS = 32;
export const MAX_SEARCH_CHARACTERS = 200;

function checkSearchText(text: string): void {
  const terms = text.length > MAX_SEARCH_CHARACTERS ? 0 : searchTerms(text).length;
  if (text.length <= MAX_SEARCH_CHARACTERS && terms <= MAX_SEARCH_TERMS) return;
  const got = text.length > MAX_SEARCH_CHARACTERS ? `${text.length.toLocaleString('en')} characters` : `${terms} terms`;
  throw userError(
    'BAD_USER_INPUT',
    `search: text takes up to ${MAX_SEARCH_TERMS} terms in ${MAX_SEARCH_CHARACTERS} characters; got ${got}.`,
  );
}

export const searchResolvers = {
  Query: {
    search: async (_: unknown, { text, first }: { text: string; first: number }, context: ApiContext) => {
      checkSearchText(text);
      const hits = await context.repository.search(text, first);
      primeCards(
        context.loaders,
        hits.map((hit) => hit.card),
      );
      return hits;
    },
  },
  SearchHit: {
    clause: (hit: SearchHit, _: unknown, context: ApiContext) => context.loaders.clause.get(hit.clause.id),
    highlights: (hit: SearchHit) =>
      hit.highlights.map((range) => ({ start: range.start, length: range.end - range.start })),
  },
};
