/**
 * A clause's head (repository ClauseHead: no texts, inferred sources or offers) as the parent of the Clause type, for
 * a cascade whose query selects only the fields a head answers (resolvers/cascade.ts, HEAD_FIELDS). Reading a long
 * field throws: were a field that reads one ever answered from a head, the request fails instead of answering an
 * empty text. Never primed into the clause loader, which holds whole clauses only.
 */
import type { ClauseHead, ClauseInfo, InferredSource, QuantityRange } from '../../repository';

function notRead(field: string): never {
  throw new Error(`a cascade read its clauses' heads, yet the query asks their ${field}`);
}

export class HeadOnlyClause implements ClauseInfo {
  readonly id: string;
  readonly policyId: string;
  readonly sectionId: string | null;
  readonly ordinal: number;
  readonly label: string;
  readonly title: string;
  readonly sourceLine: number | null;
  readonly sectionOrdinal: number | null;
  readonly inferred: boolean;
  readonly localAddition: boolean;
  readonly support: number | null;

  /** The head's fields only: a whole clause (the memo's, when it holds one) is a head too. */
  constructor(head: ClauseHead) {
    this.id = head.id;
    this.policyId = head.policyId;
    this.sectionId = head.sectionId;
    this.ordinal = head.ordinal;
    this.label = head.label;
    this.title = head.title;
    this.sourceLine = head.sourceLine;
    this.sectionOrdinal = head.sectionOrdinal;
    this.inferred = head.inferred;
    this.localAddition = head.localAddition;
    this.support = head.support;
  }

  get text(): string {
    return notRead('text');
  }
  get textSimplified(): string {
    return notRead('textSimplified');
  }
  get inferredFrom(): InferredSource[] {
    return notRead('inferredFrom');
  }
  get offers(): QuantityRange[] {
    return notRead('offers');
  }
}
