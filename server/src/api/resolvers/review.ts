/**
 * Reviews of alignment edges (issue 16): reviewAlignment and importReviews write through the review desk and need
 * the review token; reviews, reviewQueue and exportReviews read. The rules live in server/src/review.
 */
import { reviewKey } from '@policy-cascade/graph-seed';
import { filterReviews, parseReviewsJson, ReviewError, reviewsDocument } from '../../review';
import type { ReviewDesk } from '../../review';
import { userError } from '../errors';
import type { ApiContext } from '../context';
import type { Resolvers } from '../generated/resolvers';
import { createLoaders } from '../loaders';
import { authorizeReview, holdsReviewToken } from '../writeAccess';
import { required } from './shared';

function deskOf(context: ApiContext): ReviewDesk {
  authorizeReview(context.reviewToken, context.authorization);
  if (!context.reviews) throw userError('FORBIDDEN', 'This server does not take reviews.');
  return context.reviews;
}

/** A desk error as the user error it is (NOT_FOUND, BAD_USER_INPUT); others unchanged (masked). */
async function reviewing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ReviewError)
      throw userError(error.code === 'NOT_FOUND' ? 'NOT_FOUND' : 'BAD_USER_INPUT', error.message);
    throw error;
  }
}

export const reviewResolvers: Resolvers = {
  Query: {
    reviews: async (_, { filter }, { reviews }) => {
      if (!reviews) return [];
      const list = reviews.list();
      return filterReviews(list, await reviews.stale(list), filter ?? {});
    },
    reviewAccess: (_, __, context) => {
      context.uncacheable = true;
      return {
        enabled: context.reviewToken !== undefined && context.reviews !== undefined,
        granted: context.reviews !== undefined && holdsReviewToken(context.reviewToken, context.authorization),
      };
    },
    reviewQueue: async (_, { policyId, first }, { repository, reviews }) => {
      const declined = new Set((reviews?.list() ?? []).filter((r) => r.decision === 'REJECT').map(reviewKey));
      const queue = await repository.reviewQueue(policyId, first, declined);
      if (!queue)
        throw userError('NOT_FOUND', `No policy ${policyId} in the graph; policies lists the ones there are.`);
      return queue;
    },
    exportReviews: (_, __, { reviews }) => JSON.stringify(reviewsDocument(reviews?.list() ?? []), null, 1),
  },
  Mutation: {
    reviewAlignment: async (_, { from, to, type, decision, note }, context) => {
      const desk = deskOf(context);
      const review = await reviewing(() => desk.review({ from, to, type, decision, note: note ?? null }));
      context.logger.info('reviewed', { edge: reviewKey(review), decision });
      // What this request read before the review is stale now.
      context.loaders = createLoaders(context.repository);
      return { review, missing: [] };
    },
    importReviews: async (_, { json }, context) => {
      const desk = deskOf(context);
      const parsed = parseReviewsJson(json);
      if (parsed.problems.length > 0) return { ok: false, imported: 0, problems: parsed.problems };
      const result = await reviewing(() => desk.importReviews(parsed.reviews));
      context.logger.info('reviews imported', { ok: result.ok, imported: result.imported });
      context.loaders = createLoaders(context.repository);
      return result;
    },
  },
  AlignmentReview: {
    id: ({ review }) => reviewKey(review),
    type: ({ review }) => review.type,
    from: ({ review }) => review.from,
    to: ({ review }) => review.to,
    fromClause: ({ review }, _, context) => context.loaders.clause.get(review.from),
    toClause: ({ review }, _, context) => context.loaders.clause.get(review.to),
    decision: ({ review }) => review.decision,
    note: ({ review }) => review.note,
    at: ({ review }) => review.at,
    stale: ({ missing }) => missing.length > 0,
    missing: ({ missing }) => missing,
  },
  ReviewQueueItem: {
    from: (item, _, context) => required(context.loaders.clause.get(item.fromId), item.fromId),
    to: (item, _, context) => required(context.loaders.clause.get(item.toId), item.toId),
    locality: (item, _, context) => required(context.loaders.policy.get(item.localityId), item.localityId),
  },
};
