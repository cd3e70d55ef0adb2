/** Query.search and Query.searchResults: ranked hits with an original-script snippet and highlight ranges. */
import type { TextRange } from '../../repository';
import type { Resolvers } from '../generated/resolvers';
import { primeCards } from '../loaders';
import { required } from './shared';

const asLength = (ranges: TextRange[]) =>
  ranges.map((range) => ({ start: range.start, length: range.end - range.start }));

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_, { text, first }, context) => {
      const hits = await context.repository.search(text, first);
      primeCards(
        context.loaders,
        hits.map((hit) => hit.card),
      );
      return hits;
    },
    searchResults: async (_, { text, filter, first, after }, context) => {
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
