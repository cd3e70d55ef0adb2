/** Query.search: ranked hits with an original-script snippet and highlight ranges. */
import type { SearchHit } from '../../repository';
import type { ApiContext } from '../context';
import { primeCards } from '../loaders';

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
  },
  SearchHit: {
    clause: (hit: SearchHit, _: unknown, context: ApiContext) => context.loaders.clause.get(hit.clause.id),
    highlights: (hit: SearchHit) =>
      hit.highlights.map((range) => ({ start: range.start, length: range.end - range.start })),
  },
};
