/** Query.search: ranked hits with an original-script snippet and highlight ranges. */
import type { SearchHit } from '../../repository';
import type { ApiContext } from '../context';

export const searchResolvers = {
  Query: {
    search: (_: unknown, { text, first }: { text: string; first: number }, context: ApiContext) =>
      context.repository.search(text, first),
  },
  SearchHit: {
    clause: (hit: SearchHit, _: unknown, context: ApiContext) => context.loaders.clause.load(hit.clause.id),
    highlights: (hit: SearchHit) =>
      hit.highlights.map((range) => ({ start: range.start, length: range.end - range.start })),
  },
};
