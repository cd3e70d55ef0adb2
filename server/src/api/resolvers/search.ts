/** Query.search and Query.searchResults: ranked hits with an original-script snippet and highlight ranges. */
import { parseSearchText } from '../../repository';
import type { TextRange } from '../../repository';
import { userError } from '../errors';
import type { Resolvers } from '../generated/resolvers';
import { primeCards } from '../loaders';
import { required } from './shared';

/**
 * Every term is a scan of every text in the store (there is no full-text index both stores share), so a query is
 * capped (issue 17: 200,000 words cost 35 s a request). A person's query is a few words: 32 terms in 200 characters.
 */
export const MAX_SEARCH_TERMS = 32;
export const MAX_SEARCH_CHARACTERS = 200;

function checkSearchText(text: string): void {
  const terms = text.length > MAX_SEARCH_CHARACTERS ? 0 : parseSearchText(text).terms.length;
  if (text.length <= MAX_SEARCH_CHARACTERS && terms <= MAX_SEARCH_TERMS) return;
  const got = text.length > MAX_SEARCH_CHARACTERS ? `${text.length.toLocaleString('en')} characters` : `${terms} terms`;
  throw userError(
    'BAD_USER_INPUT',
    `search: text takes up to ${MAX_SEARCH_TERMS} terms in ${MAX_SEARCH_CHARACTERS} characters; got ${got}.`,
  );
}

const asLength = (ranges: TextRange[]) =>
  ranges.map((range) => ({ start: range.start, length: range.end - range.start }));

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_, { text, first }, context) => {
      checkSearchText(text);
      const hits = await context.repository.search(text, first);
      primeCards(
        context.loaders,
        hits.map((hit) => hit.card),
      );
      return hits;
    },
    searchResults: async (_, { text, filter, first, after }, context) => {
      checkSearchText(text);
      const page = await context.repository.searchPage(text, { filter: filter ?? null, first, after: after ?? null });
      primeCards(
        context.loaders,
        page.items.flatMap((item) => (item.card ? [item.card] : [])),
      );
      return {
        totalCount: page.totalCount,
        edges: page.items.map((item) => ({ cursor: item.cursor, node: item })),
        pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
        facets: page.facets,
      };
    },
  },
  SearchHit: {
    clause: (hit, _, context) => required(context.loaders.clause.get(hit.clause.id), hit.clause.id),
    highlights: (hit) => asLength(hit.highlights),
  },
  SearchResult: {
    clause: (hit, _, context) => (hit.card ? context.loaders.clause.get(hit.card.clause.id) : null),
    policy: (hit, _, context) => required(context.loaders.policy.get(hit.policyId), hit.policyId),
    highlights: (hit) => asLength(hit.highlights),
  },
};
