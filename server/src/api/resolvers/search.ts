/** Query.search and Query.searchResults: ranked hits with an original-script snippet and highlight ranges. */
import type { ClauseFilter, SearchHit, SearchResult, TextRange } from '../../repository';
import type { ApiContext } from '../context';
import { primeCards } from '../loaders';

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
      const hits = await context.repository.search(text, first);
      primeCards(
        context.loaders,
        hits.map((hit) => hit.card),
      );
      return hits;
    },
    searchResults: async (_: unknown, args: SearchResultsArgs, context: ApiContext) => {
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
