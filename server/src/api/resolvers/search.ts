/** Query.search and Query.searchResults: ranked hits with an original-script snippet and highlight ranges. */
import { parseSearchText } from '../../repository';
import type { ClauseFilter, SearchHit, SearchResult, TextRange } from '../../repository';
import type { ApiContext } from '../context';
import { userError } from '../errors';
import { primeCards } from '../loaders';

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

interface SearchResultsArgs {
  text: string;
  filter?: ClauseFilter | null;
  first: number;
  after?: string | null;
}

const asLength = (ranges: TextRange[]) =>
  ranges.map((range) => ({ start: range.start, length: range.end - range.start }));

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
    searchResults: async (_: unknown, args: SearchResultsArgs, context: ApiContext) => {
      checkSearchText(args.text);
      const page = await context.repository.searchPage(args.text, {
        filter: args.filter ?? null,
        first: args.first,
        after: args.after ?? null,
      });
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
    clause: (hit: SearchHit, _: unknown, context: ApiContext) => context.loaders.clause.get(hit.clause.id),
    highlights: (hit: SearchHit) => asLength(hit.highlights),
  },
  SearchResult: {
    clause: (hit: SearchResult, _: unknown, context: ApiContext) =>
      hit.card ? context.loaders.clause.get(hit.card.clause.id) : null,
    policy: (hit: SearchResult, _: unknown, context: ApiContext) => context.loaders.policy.get(hit.policyId),
    highlights: (hit: SearchResult) => asLength(hit.highlights),
  },
};
