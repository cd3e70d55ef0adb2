/**
 * The Cypher a review runs on the store (store-neutral: grafeo and Neo4j alike), one transaction per review: the
 * edge removed, or kept with the review's properties (an edge the store lacks is written by the loader), and
 * the lower clause's localAddition following its IMPLEMENTS edges, as applyReviews would set them at the next build.
 */
import type { ReviewedEdgeType } from '@policy-cascade/graph-seed';
import { defineStatement } from '../store/statement';
import type { Statement } from '../store/statement';

const TYPES: readonly ReviewedEdgeType[] = ['IMPLEMENTS', 'CORRESPONDS_TO', 'SUCCEEDS'];

function perType(make: (type: ReviewedEdgeType) => Statement): ReadonlyMap<ReviewedEdgeType, Statement> {
  return new Map(TYPES.map((type) => [type, make(type)]));
}

export const clausesPresent = defineStatement({
  name: 'review.clausesPresent',
  cypher: 'MATCH (c:Clause) WHERE c.id IN $ids RETURN c.id AS id',
  params: ['ids'],
});

export const edgePresent = perType((type) =>
  defineStatement({
    name: `review.edgePresent.${type}`,
    cypher: `MATCH (:Clause {id: $from})-[e:${type}]->(:Clause {id: $to}) RETURN count(e) AS edges`,
    params: ['from', 'to'],
  }),
);

export const removeEdge = perType((type) =>
  defineStatement({
    name: `review.removeEdge.${type}`,
    cypher: `MATCH (:Clause {id: $from})-[e:${type}]->(:Clause {id: $to}) DELETE e`,
    params: ['from', 'to'],
  }),
);

// An edge the store holds keeps its score and evidence, and a candidate becomes an ordinary edge (graph-seed's
// reviewedEdge). One it does not hold (none written, 0) is written whole by the desk, as reviewedEdge makes it.
export const keepEdge = perType((type) =>
  defineStatement({
    name: `review.keepEdge.${type}`,
    cypher: `
      MATCH (:Clause {id: $from})-[e:${type}]->(:Clause {id: $to})
      SET e.candidate = CASE WHEN e.candidate IS NULL THEN null ELSE false END,
          e.origin = $origin, e.reviewDecision = $decision, e.reviewNote = $note, e.reviewedAt = $at
      RETURN count(e) AS written`,
    params: ['from', 'to', 'origin', 'decision', 'note', 'at'],
  }),
);

export const implementsCount = defineStatement({
  name: 'review.implementsCount',
  cypher: `
    MATCH (c:Clause {id: $id})
    OPTIONAL MATCH (c)-[e:IMPLEMENTS]->(:Clause)
    RETURN c.localAddition AS localAddition, count(e) AS links`,
  params: ['id'],
});

export const setLocalAddition = defineStatement({
  name: 'review.setLocalAddition',
  cypher: 'MATCH (c:Clause {id: $id}) SET c.localAddition = $localAddition',
  params: ['id', 'localAddition'],
});
