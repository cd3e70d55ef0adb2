/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Kinds of alignment between two clauses. */
export type AlignmentType = 'CORRESPONDS_TO' | 'IMPLEMENTS' | 'SUCCEEDS';

/** Which way a cascade is followed from its root. */
export type CascadeDirection =
  | 'BOTH'
  /** Towards the localities that carry the clause down. */
  | 'DOWN'
  /** Towards the superior documents. */
  | 'UP';

/**
 * Filters on clauses, shared by clauses, quantities and searchResults; all given filters must hold. A clause's
 * departments are those it names (责任单位), or the lead of its area (由区科技局牵头) when it names none.
 */
export type ClauseFilter = {
  /**
   * Only clauses with this department: an id (330411/发改局), or a name in either script, short or full, with or without
   * its locality (发改局, 發展和改革局, 区发改局), which matches that department in every locality.
   */
  department?: string | null | undefined;
  /** Only clauses with a department of this function (a key of departmentFunctions: development-reform, science …). */
  departmentFunction?: string | null | undefined;
  /** With department or departmentFunction: only where the department has this role. */
  departmentRole?: DepartmentRole | null | undefined;
  /** Only clauses of inferred skeletons (true) or only clauses with text (false). */
  inferred?: boolean | null | undefined;
  /** Only clauses of policies of regions at this level. */
  level?: RegionLevel | null | undefined;
  /** Only local additions (true) or only clauses that carry a superior measure (false). */
  localAddition?: boolean | null | undefined;
  /** Only clauses implementing this superior clause (the measure), directly or through a city clause. */
  measureId?: string | number | null | undefined;
  /** Only clauses of partial texts (true; see Policy.partial) or only clauses of whole documents and stubs (false). */
  partial?: boolean | null | undefined;
  /** Only clauses of this policy (330411-2025). */
  policyId?: string | number | null | undefined;
  /** Only clauses that mention this program (a Program id). */
  programId?: string | number | null | undefined;
  /** Only clauses of policies issued for this region (GB/T 2260 code). */
  regionCode?: string | number | null | undefined;
  /** Only clauses of this section (330411-2025/s1). */
  sectionId?: string | number | null | undefined;
  /** Only issued documents or only drafts. */
  status?: PolicyStatus | null | undefined;
  /** Only clauses of policies of this year. */
  year?: number | null | undefined;
};

/** Whether a locality carried a measure down. */
export type CoverageStatus =
  /** A clause of the locality implements this measure. */
  | 'CARRIED'
  /** Carried by a clause that merges it with another measure. */
  | 'MERGED'
  /** No clause of the locality implements it (a candidate link does not count): a gap. */
  | 'NOT_CARRIED';

/** Whether a department leads a clause or supports it. */
export type DepartmentRole = 'LEAD' | 'SUPPORT';

/** Where an alignment edge comes from. */
export type EdgeOrigin =
  /** Made by a reviewer. */
  | 'ADDED'
  /** The alignment alone; no reviewer has looked at it. */
  | 'MACHINE'
  /** The alignment's edge, confirmed by a reviewer. */
  | 'REVIEWED';

/** Where a locality's figure stands against the implementers' median. */
export type OfferPosition = 'HIGHER' | 'LOWER' | 'SAME';

/** Whether a policy text is in force or a draft for comment (征求意见稿). */
export type PolicyStatus = 'DRAFT' | 'ISSUED';

/** How a quantity differs between two aligned clauses. */
export type QuantityChangeKind = 'ADDED' | 'CHANGED' | 'LOWERED' | 'RAISED' | 'REMOVED';

/**
 * Which provision a number belongs to — the coarse grouping of its `role`: BUDGET for a locality's own appropriation
 * (role BUDGET), SUBSIDY for what a recipient is given (roles CAP, FIXED, RATE), GOAL for what the locality aims to
 * reach (role GOAL). A THRESHOLD or PROJECT_SIZE takes the kind of the provision it qualifies: 研发费用达到100万元以上
 * (the bar of a subsidy) is SUBSIDY, 持续优化3亿元以上项目 (the size of projects a goal counts) is GOAL. Only `role`
 * says whether a number is money given: filter or compare on it, not on kind.
 */
export type QuantityKind =
  /** Appropriation of the locality itself: 区级财政预算安排1.74亿元, 支持总额. */
  | 'BUDGET'
  /** What the locality aims to reach (counts, shares, areas, income), or the size of what it counts. */
  | 'GOAL'
  /** Support to a recipient, or the bar and size that decide who gets it. */
  | 'SUBSIDY';

/** What a number does in its sentence. */
export type QuantityRole =
  /** Money a locality sets aside for an area or the whole policy: 区级财政预算安排1.74亿元, 约26亿元. */
  | 'BUDGET'
  /** An upper bound on what a recipient gets: 最高50万元, 不超过200万元; carried across 分别给予最高150万元、100万元. */
  | 'CAP'
  /** A fixed sum or amount per unit a recipient gets: 给予25万元奖励, 200元/标箱. */
  | 'FIXED'
  /** A target to reach: 新增高新技术企业50家, 村集体经营性收入30万元以上, 由8类扩围至12类. */
  | 'GOAL'
  /** The size of the projects or firms a sentence counts, not money given: 持续优化3亿元以上项目. */
  | 'PROJECT_SIZE'
  /** A share of a base that a recipient gets: 按研发费增量的10%给予补助, 按设备投资额的8%. */
  | 'RATE'
  /** An eligibility condition: 研发费用达到100万元以上的企业, 单品售价6000元以下, 投资超过500万元. */
  | 'THRESHOLD';

/** Government level of a region. County-level cities and districts are COUNTY. */
export type RegionLevel = 'CITY' | 'COUNTY' | 'PROVINCE';

/** A reviewer's decision on an alignment edge (issue 16). */
export type ReviewDecision =
  /** Make an edge the machine did not find (scored 1, method review). */
  | 'ADD'
  /** Keep the machine's edge whatever its score; a candidate becomes an ordinary edge. */
  | 'CONFIRM'
  /** Remove the machine's edge for good (or decline one it did not make): no import or rebuild brings it back. */
  | 'REJECT';

/** Why an edge is in the review queue. */
export type ReviewQueueKind =
  /** A weak match the alignment kept apart, for a person to confirm or reject. */
  | 'CANDIDATE'
  /** An edge scored below 0.3. */
  | 'LOW_SCORE'
  /**
   * A measure the locality leaves out, while one of its clauses that carries another measure corresponds to a
   * peer's clause carrying this one: perhaps merged in that clause (accept adds the IMPLEMENTS edge).
   */
  | 'MERGED_GAP';

/** The script a document is written in; search and alignment always work on Simplified. */
export type Script = 'SIMPLIFIED' | 'TRADITIONAL';

/** What a search hit is. */
export type SearchHitKind =
  /** A clause of a document. */
  | 'CLAUSE'
  /** A row of an annex request table (积极争取上级政策事项清单). */
  | 'REQUEST';

export type RegionFieldsFragment = { code: string; name: string; level: RegionLevel; parent: { code: string } | null };

export type PolicyRefFragment = {
  id: string;
  title: string;
  docNumber: string | null;
  year: number | null;
  status: PolicyStatus | null;
  stub: boolean;
  region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
};

export type EdgeReviewFieldsFragment = { decision: ReviewDecision; note: string | null; at: string };

export type ClauseCardFragment = {
  id: string;
  label: string;
  title: string;
  inferred: boolean;
  policy: {
    id: string;
    title: string;
    docNumber: string | null;
    year: number | null;
    status: PolicyStatus | null;
    stub: boolean;
    region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
  };
};

export type QuantityFieldsFragment = {
  id: string;
  kind: QuantityKind;
  role: QuantityRole;
  approximate: boolean;
  from: number | null;
  metric: string;
  value: number;
  unit: string;
  qualifier: string | null;
  normalizedValue: number;
  normalizedUnit: string;
  text: string;
};

export type QuantityChangeFieldsFragment = {
  kind: QuantityChangeKind;
  metric: string;
  unit: string;
  before: number | null;
  after: number | null;
};

export type CascadeQueryVariables = Exact<{
  clauseId: string | number;
  direction: CascadeDirection;
  depth: number;
}>;

export type CascadeQuery = {
  cascade: {
    direction: CascadeDirection;
    depth: number;
    root: {
      id: string;
      label: string;
      title: string;
      inferred: boolean;
      policy: {
        id: string;
        title: string;
        docNumber: string | null;
        year: number | null;
        status: PolicyStatus | null;
        stub: boolean;
        region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
      };
    };
    nodes: Array<{
      distance: number;
      clause: {
        id: string;
        label: string;
        title: string;
        inferred: boolean;
        policy: {
          id: string;
          title: string;
          docNumber: string | null;
          year: number | null;
          status: PolicyStatus | null;
          stub: boolean;
          region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
        };
      };
    }>;
    edges: Array<{
      id: string;
      type: AlignmentType;
      from: string;
      to: string;
      score: number;
      method: string;
      evidence: Array<string>;
      merged: boolean;
      candidate: boolean;
      inheritedFrom: string | null;
      origin: EdgeOrigin;
      review: { decision: ReviewDecision; note: string | null; at: string } | null;
    }>;
  } | null;
};

export type ProvincialMeasuresQueryVariables = Exact<{ [key: string]: never }>;

export type ProvincialMeasuresQuery = {
  policies: {
    edges: Array<{
      node: {
        id: string;
        title: string;
        docNumber: string | null;
        clauses: Array<{
          id: string;
          label: string;
          title: string;
          inferred: boolean;
          policy: {
            id: string;
            title: string;
            docNumber: string | null;
            year: number | null;
            status: PolicyStatus | null;
            stub: boolean;
            region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
          };
        }>;
      };
    }>;
  };
};

export type AlignmentFieldsFragment = {
  type: AlignmentType;
  score: number;
  method: string;
  evidence: Array<string>;
  reproduction: number | null;
  merged: boolean;
  candidate: boolean;
  origin: EdgeOrigin;
  inheritedFrom: {
    id: string;
    label: string;
    title: string;
    inferred: boolean;
    policy: {
      id: string;
      title: string;
      docNumber: string | null;
      year: number | null;
      status: PolicyStatus | null;
      stub: boolean;
      region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
    };
  } | null;
  review: { decision: ReviewDecision; note: string | null; at: string } | null;
  changedQuantities: Array<{
    kind: QuantityChangeKind;
    metric: string;
    unit: string;
    before: number | null;
    after: number | null;
  }>;
  againstOffers: Array<{
    position: OfferPosition;
    quantity: { id: string; text: string; normalizedValue: number; normalizedUnit: string };
    offer: { metric: string; median: number; unit: string };
  }>;
  clause: {
    id: string;
    label: string;
    title: string;
    inferred: boolean;
    policy: {
      id: string;
      title: string;
      docNumber: string | null;
      year: number | null;
      status: PolicyStatus | null;
      stub: boolean;
      region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
    };
  };
};

export type ClauseDetailsQueryVariables = Exact<{
  id: string | number;
}>;

export type ClauseDetailsQuery = {
  clause: {
    id: string;
    label: string;
    title: string;
    inferred: boolean;
    text: string;
    textSimplified: string;
    sourceLine: number | null;
    localAddition: boolean;
    support: number | null;
    inferredFrom: Array<{
      weight: number;
      clause: {
        id: string;
        label: string;
        title: string;
        inferred: boolean;
        policy: {
          id: string;
          title: string;
          docNumber: string | null;
          year: number | null;
          status: PolicyStatus | null;
          stub: boolean;
          region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
        };
      };
    }>;
    offers: Array<{
      metric: string;
      unit: string;
      role: string;
      min: number;
      median: number;
      max: number;
      count: number;
    }>;
    policy: {
      sourceFile: string | null;
      id: string;
      title: string;
      docNumber: string | null;
      year: number | null;
      status: PolicyStatus | null;
      stub: boolean;
      region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
    };
    section: { id: string; label: string; title: string } | null;
    departments: Array<{
      role: DepartmentRole;
      rank: number;
      department: { id: string; name: string; canonicalName: string };
    }>;
    programs: Array<{ id: string; name: string; kind: string }>;
    amounts: Array<{
      id: string;
      kind: QuantityKind;
      role: QuantityRole;
      approximate: boolean;
      from: number | null;
      metric: string;
      value: number;
      unit: string;
      qualifier: string | null;
      normalizedValue: number;
      normalizedUnit: string;
      text: string;
    }>;
    targets: Array<{
      id: string;
      kind: QuantityKind;
      role: QuantityRole;
      approximate: boolean;
      from: number | null;
      metric: string;
      value: number;
      unit: string;
      qualifier: string | null;
      normalizedValue: number;
      normalizedUnit: string;
      text: string;
    }>;
    implements: Array<{
      type: AlignmentType;
      score: number;
      method: string;
      evidence: Array<string>;
      reproduction: number | null;
      merged: boolean;
      candidate: boolean;
      origin: EdgeOrigin;
      inheritedFrom: {
        id: string;
        label: string;
        title: string;
        inferred: boolean;
        policy: {
          id: string;
          title: string;
          docNumber: string | null;
          year: number | null;
          status: PolicyStatus | null;
          stub: boolean;
          region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
        };
      } | null;
      review: { decision: ReviewDecision; note: string | null; at: string } | null;
      changedQuantities: Array<{
        kind: QuantityChangeKind;
        metric: string;
        unit: string;
        before: number | null;
        after: number | null;
      }>;
      againstOffers: Array<{
        position: OfferPosition;
        quantity: { id: string; text: string; normalizedValue: number; normalizedUnit: string };
        offer: { metric: string; median: number; unit: string };
      }>;
      clause: {
        id: string;
        label: string;
        title: string;
        inferred: boolean;
        policy: {
          id: string;
          title: string;
          docNumber: string | null;
          year: number | null;
          status: PolicyStatus | null;
          stub: boolean;
          region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
        };
      };
    }>;
    implementedBy: Array<{
      type: AlignmentType;
      score: number;
      method: string;
      evidence: Array<string>;
      reproduction: number | null;
      merged: boolean;
      candidate: boolean;
      origin: EdgeOrigin;
      inheritedFrom: {
        id: string;
        label: string;
        title: string;
        inferred: boolean;
        policy: {
          id: string;
          title: string;
          docNumber: string | null;
          year: number | null;
          status: PolicyStatus | null;
          stub: boolean;
          region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
        };
      } | null;
      review: { decision: ReviewDecision; note: string | null; at: string } | null;
      changedQuantities: Array<{
        kind: QuantityChangeKind;
        metric: string;
        unit: string;
        before: number | null;
        after: number | null;
      }>;
      againstOffers: Array<{
        position: OfferPosition;
        quantity: { id: string; text: string; normalizedValue: number; normalizedUnit: string };
        offer: { metric: string; median: number; unit: string };
      }>;
      clause: {
        id: string;
        label: string;
        title: string;
        inferred: boolean;
        policy: {
          id: string;
          title: string;
          docNumber: string | null;
          year: number | null;
          status: PolicyStatus | null;
          stub: boolean;
          region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
        };
      };
    }>;
    correspondsTo: Array<{
      type: AlignmentType;
      score: number;
      method: string;
      evidence: Array<string>;
      reproduction: number | null;
      merged: boolean;
      candidate: boolean;
      origin: EdgeOrigin;
      inheritedFrom: {
        id: string;
        label: string;
        title: string;
        inferred: boolean;
        policy: {
          id: string;
          title: string;
          docNumber: string | null;
          year: number | null;
          status: PolicyStatus | null;
          stub: boolean;
          region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
        };
      } | null;
      review: { decision: ReviewDecision; note: string | null; at: string } | null;
      changedQuantities: Array<{
        kind: QuantityChangeKind;
        metric: string;
        unit: string;
        before: number | null;
        after: number | null;
      }>;
      againstOffers: Array<{
        position: OfferPosition;
        quantity: { id: string; text: string; normalizedValue: number; normalizedUnit: string };
        offer: { metric: string; median: number; unit: string };
      }>;
      clause: {
        id: string;
        label: string;
        title: string;
        inferred: boolean;
        policy: {
          id: string;
          title: string;
          docNumber: string | null;
          year: number | null;
          status: PolicyStatus | null;
          stub: boolean;
          region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
        };
      };
    }>;
    succeeds: Array<{
      type: AlignmentType;
      score: number;
      method: string;
      evidence: Array<string>;
      reproduction: number | null;
      merged: boolean;
      candidate: boolean;
      origin: EdgeOrigin;
      inheritedFrom: {
        id: string;
        label: string;
        title: string;
        inferred: boolean;
        policy: {
          id: string;
          title: string;
          docNumber: string | null;
          year: number | null;
          status: PolicyStatus | null;
          stub: boolean;
          region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
        };
      } | null;
      review: { decision: ReviewDecision; note: string | null; at: string } | null;
      changedQuantities: Array<{
        kind: QuantityChangeKind;
        metric: string;
        unit: string;
        before: number | null;
        after: number | null;
      }>;
      againstOffers: Array<{
        position: OfferPosition;
        quantity: { id: string; text: string; normalizedValue: number; normalizedUnit: string };
        offer: { metric: string; median: number; unit: string };
      }>;
      clause: {
        id: string;
        label: string;
        title: string;
        inferred: boolean;
        policy: {
          id: string;
          title: string;
          docNumber: string | null;
          year: number | null;
          status: PolicyStatus | null;
          stub: boolean;
          region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
        };
      };
    }>;
    succeededBy: Array<{
      type: AlignmentType;
      score: number;
      method: string;
      evidence: Array<string>;
      reproduction: number | null;
      merged: boolean;
      candidate: boolean;
      origin: EdgeOrigin;
      inheritedFrom: {
        id: string;
        label: string;
        title: string;
        inferred: boolean;
        policy: {
          id: string;
          title: string;
          docNumber: string | null;
          year: number | null;
          status: PolicyStatus | null;
          stub: boolean;
          region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
        };
      } | null;
      review: { decision: ReviewDecision; note: string | null; at: string } | null;
      changedQuantities: Array<{
        kind: QuantityChangeKind;
        metric: string;
        unit: string;
        before: number | null;
        after: number | null;
      }>;
      againstOffers: Array<{
        position: OfferPosition;
        quantity: { id: string; text: string; normalizedValue: number; normalizedUnit: string };
        offer: { metric: string; median: number; unit: string };
      }>;
      clause: {
        id: string;
        label: string;
        title: string;
        inferred: boolean;
        policy: {
          id: string;
          title: string;
          docNumber: string | null;
          year: number | null;
          status: PolicyStatus | null;
          stub: boolean;
          region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
        };
      };
    }>;
  } | null;
};

export type PolicyDocumentQueryVariables = Exact<{
  id: string | number;
}>;

export type PolicyDocumentQuery = {
  policy: {
    issuer: string | null;
    publishedOn: string | null;
    script: Script | null;
    sourceFile: string | null;
    validity: string | null;
    id: string;
    title: string;
    docNumber: string | null;
    year: number | null;
    status: PolicyStatus | null;
    stub: boolean;
    totalBudget: { text: string } | null;
    implements: Array<{ id: string; title: string; docNumber: string | null }>;
    sections: Array<{
      id: string;
      label: string;
      title: string;
      inferred: boolean;
      clauses: Array<{
        id: string;
        label: string;
        title: string;
        inferred: boolean;
        policy: {
          id: string;
          title: string;
          docNumber: string | null;
          year: number | null;
          status: PolicyStatus | null;
          stub: boolean;
          region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
        };
      }>;
    }>;
    requests: Array<{
      id: string;
      ordinal: number;
      area: string;
      item: string;
      goal: string;
      departments: Array<{ role: DepartmentRole; rank: number; department: { id: string; name: string } }>;
    }>;
    region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
  } | null;
};

export type CompareQueryVariables = Exact<{
  clauseId: string | number;
}>;

export type CompareQuery = {
  compare: {
    clause: {
      id: string;
      label: string;
      title: string;
      inferred: boolean;
      policy: {
        id: string;
        title: string;
        docNumber: string | null;
        year: number | null;
        status: PolicyStatus | null;
        stub: boolean;
        region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
      };
    };
    measure: {
      id: string;
      label: string;
      title: string;
      inferred: boolean;
      policy: {
        id: string;
        title: string;
        docNumber: string | null;
        year: number | null;
        status: PolicyStatus | null;
        stub: boolean;
        region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
      };
    } | null;
    rows: Array<{
      year: number | null;
      clause: { id: string; label: string; title: string };
      policy: {
        id: string;
        title: string;
        docNumber: string | null;
        year: number | null;
        status: PolicyStatus | null;
        stub: boolean;
        region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
      };
      region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
      quantities: Array<{
        comparableKey: string | null;
        peerMedian: number | null;
        ratioToMedian: number | null;
        outlier: boolean;
        quantity: {
          id: string;
          kind: QuantityKind;
          role: QuantityRole;
          approximate: boolean;
          from: number | null;
          metric: string;
          value: number;
          unit: string;
          qualifier: string | null;
          normalizedValue: number;
          normalizedUnit: string;
          text: string;
        };
      }>;
    }>;
    successions: Array<{
      older: {
        id: string;
        label: string;
        title: string;
        inferred: boolean;
        policy: {
          id: string;
          title: string;
          docNumber: string | null;
          year: number | null;
          status: PolicyStatus | null;
          stub: boolean;
          region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
        };
      };
      newer: {
        id: string;
        label: string;
        title: string;
        inferred: boolean;
        policy: {
          id: string;
          title: string;
          docNumber: string | null;
          year: number | null;
          status: PolicyStatus | null;
          stub: boolean;
          region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
        };
      };
      changes: Array<{
        kind: QuantityChangeKind;
        metric: string;
        unit: string;
        before: number | null;
        after: number | null;
      }>;
    }>;
  } | null;
};

export type MeasuresQueryVariables = Exact<{
  policyId: string | number;
}>;

export type MeasuresQuery = {
  policy: {
    id: string;
    clauses: Array<{
      id: string;
      label: string;
      title: string;
      ordinal: number;
      section: { id: string; label: string; title: string } | null;
    }>;
  } | null;
};

export type CoverageQueryVariables = Exact<{
  policyId: string | number;
}>;

export type CoverageQuery = {
  coverage: {
    policy: { id: string; title: string; docNumber: string | null };
    measures: Array<{
      id: string;
      label: string;
      title: string;
      ordinal: number;
      inferred: boolean;
      section: { id: string; label: string; title: string } | null;
    }>;
    localities: Array<{
      carried: number;
      total: number;
      share: number;
      policy: { id: string; title: string; year: number | null; partial: boolean };
      region: { code: string; name: string } | null;
    }>;
    cells: Array<{
      measureId: string;
      policyId: string;
      status: CoverageStatus;
      clauses: Array<{ id: string; label: string; title: string }>;
    }>;
  } | null;
};

export type GapsQueryVariables = Exact<{
  policyId: string | number;
  regionCode: string | number;
}>;

export type GapsQuery = {
  gaps: {
    share: number;
    superior: { id: string; title: string; docNumber: string | null };
    locality: { id: string; title: string } | null;
    region: { code: string; name: string };
    gaps: Array<{
      id: string;
      label: string;
      title: string;
      ordinal: number;
      section: { label: string; title: string } | null;
    }>;
  } | null;
};

export type GapsExportQueryVariables = Exact<{
  policyId: string | number;
}>;

export type GapsExportQuery = {
  coverage: {
    policy: { id: string; title: string; docNumber: string | null };
    measures: Array<{
      id: string;
      label: string;
      title: string;
      ordinal: number;
      inferred: boolean;
      section: { label: string; title: string } | null;
    }>;
    localities: Array<{ policy: { id: string; title: string }; region: { code: string; name: string } | null }>;
    cells: Array<{
      measureId: string;
      policyId: string;
      status: CoverageStatus;
      clauses: Array<{
        id: string;
        label: string;
        title: string;
        implements: Array<{
          score: number;
          merged: boolean;
          clause: { id: string; implements: Array<{ clause: { id: string } }> };
        }>;
      }>;
      candidate: { score: number; clause: { id: string; label: string; title: string } } | null;
    }>;
  } | null;
};

export type SuperiorPoliciesQueryVariables = Exact<{ [key: string]: never }>;

export type SuperiorPoliciesQuery = {
  policies: {
    edges: Array<{
      node: {
        id: string;
        title: string;
        docNumber: string | null;
        stub: boolean;
        region: { code: string; name: string; level: RegionLevel } | null;
        implementedBy: Array<{ id: string }>;
      };
    }>;
  };
};

export type RegionsQueryVariables = Exact<{ [key: string]: never }>;

export type RegionsQuery = {
  regions: Array<{ code: string; name: string; level: RegionLevel; parent: { code: string } | null }>;
};

export type RegionPoliciesQueryVariables = Exact<{
  code: string | number;
}>;

export type RegionPoliciesQuery = {
  region: {
    policies: Array<{ id: string; title: string; year: number | null; status: PolicyStatus | null; stub: boolean }>;
  } | null;
};

export type DepartmentClauseFragment = {
  id: string;
  label: string;
  title: string;
  ordinal: number;
  policy: { id: string; title: string; year: number | null; status: PolicyStatus | null };
};

export type DepartmentsQueryVariables = Exact<{
  regionCode?: string | number | null | undefined;
  policyId?: string | number | null | undefined;
}>;

export type DepartmentsQuery = {
  departments: Array<{
    id: string;
    name: string;
    canonicalName: string;
    functions: Array<string>;
    asWritten: Array<string>;
    mergedIds: Array<string>;
    leadCount: number;
    supportCount: number;
    sectionLeadCount: number;
    requestCount: number;
    policies: Array<{ id: string; title: string; year: number | null; status: PolicyStatus | null }>;
    lead: Array<{
      id: string;
      label: string;
      title: string;
      ordinal: number;
      policy: { id: string; title: string; year: number | null; status: PolicyStatus | null };
    }>;
    support: Array<{
      id: string;
      label: string;
      title: string;
      ordinal: number;
      policy: { id: string; title: string; year: number | null; status: PolicyStatus | null };
    }>;
  }>;
};

export type DepartmentFunctionsQueryVariables = Exact<{ [key: string]: never }>;

export type DepartmentFunctionsQuery = { departmentFunctions: Array<{ key: string; name: string }> };

export type DepartmentFunctionQueryVariables = Exact<{
  key: string;
  year?: number | null | undefined;
}>;

export type DepartmentFunctionQuery = {
  departmentFunction: {
    year: number | null;
    function: { key: string; name: string };
    localities: Array<{
      leadCount: number;
      supportCount: number;
      sectionLeadCount: number;
      clauseCount: number;
      region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null };
      policies: Array<{ id: string; title: string; year: number | null; status: PolicyStatus | null }>;
      departments: Array<{ id: string; name: string; asWritten: Array<string> }>;
      lead: Array<{ id: string; label: string; title: string; ordinal: number }>;
      support: Array<{ id: string; label: string; title: string; ordinal: number }>;
    }>;
  };
};

export type ImportDiagnosticFragment = { severity: string; code: string; message: string; file: string; line: number };

export type ImportPolicyRefFragment = { id: string; title: string; docNumber: string | null };

export type ImportPolicyMutationVariables = Exact<{
  text: string;
  sourceName: string;
  replace?: boolean | null | undefined;
}>;

export type ImportPolicyMutation = {
  importPolicy:
    | {
        __typename: 'ImportRejected';
        code: string;
        message: string;
        diagnostics: Array<{ severity: string; code: string; message: string; file: string; line: number }>;
        existing: {
          clauseCount: number;
          id: string;
          title: string;
          docNumber: string | null;
          region: { code: string; name: string } | null;
        } | null;
      }
    | {
        __typename: 'ImportedPolicy';
        replaced: boolean;
        filledStub: boolean;
        policy: {
          year: number | null;
          status: PolicyStatus | null;
          id: string;
          title: string;
          docNumber: string | null;
          region: { code: string; name: string } | null;
          clauses: Array<{
            id: string;
            label: string;
            title: string;
            sourceLine: number | null;
            localAddition: boolean;
            implements: Array<{
              merged: boolean;
              score: number;
              clause: {
                id: string;
                label: string;
                title: string;
                policy: { id: string; title: string; docNumber: string | null };
              };
            }>;
          }>;
        };
        alignment: {
          clauseCount: number;
          alignedCount: number;
          superiors: Array<{ id: string; title: string; docNumber: string | null }>;
          localAdditions: Array<{ id: string }>;
          gaps: Array<{
            id: string;
            label: string;
            title: string;
            policy: { id: string; title: string; docNumber: string | null };
          }>;
        };
        warnings: Array<{ severity: string; code: string; message: string; file: string; line: number }>;
      };
};

export type ReviewQueueCoverageQueryVariables = Exact<{
  policyId: string | number;
}>;

export type ReviewQueueCoverageQuery = {
  coverage: {
    localities: Array<{ carried: number; total: number; policy: { id: string }; region: { name: string } | null }>;
  } | null;
};

export type ReviewAccessQueryVariables = Exact<{ [key: string]: never }>;

export type ReviewAccessQuery = { reviewAccess: { enabled: boolean; granted: boolean } };

export type ReviewAlignmentMutationVariables = Exact<{
  from: string | number;
  to: string | number;
  type: AlignmentType;
  decision: ReviewDecision;
  note?: string | null | undefined;
}>;

export type ReviewAlignmentMutation = {
  reviewAlignment: { id: string; decision: ReviewDecision; note: string | null; at: string };
};

export type ReviewQueueQueryVariables = Exact<{
  policyId: string | number;
  first?: number | null | undefined;
}>;

export type ReviewQueueQuery = {
  reviewQueue: Array<{
    id: string;
    kind: ReviewQueueKind;
    type: AlignmentType;
    score: number;
    evidence: Array<string>;
    acceptDecision: ReviewDecision;
    coverageChange: number;
    locality: { id: string; title: string; region: { name: string } | null };
    from: { id: string; label: string; title: string };
    to: { id: string; label: string; title: string };
  }>;
};

export type ReviewClauseSearchQueryVariables = Exact<{
  text: string;
}>;

export type ReviewClauseSearchQuery = {
  search: Array<{
    clause: {
      id: string;
      label: string;
      title: string;
      policy: { id: string; title: string; year: number | null; region: { name: string } | null };
    };
  }>;
};

export type FacetCountFragment = { value: string; label: string; count: number };

export type SearchResultsQueryVariables = Exact<{
  text: string;
  filter?: ClauseFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type SearchResultsQuery = {
  searchResults: {
    totalCount: number;
    edges: Array<{
      cursor: string;
      node: {
        kind: SearchHitKind;
        rank: number;
        titleMatch: boolean;
        snippet: string;
        highlights: Array<{ start: number; length: number }>;
        policy: {
          id: string;
          title: string;
          docNumber: string | null;
          year: number | null;
          status: PolicyStatus | null;
          stub: boolean;
          region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
        };
        clause: {
          id: string;
          label: string;
          title: string;
          inferred: boolean;
          policy: {
            id: string;
            title: string;
            docNumber: string | null;
            year: number | null;
            status: PolicyStatus | null;
            stub: boolean;
            region: { code: string; name: string; level: RegionLevel; parent: { code: string } | null } | null;
          };
        } | null;
        request: { id: string; ordinal: number; area: string; item: string } | null;
      };
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    facets: {
      localities: Array<{ value: string; label: string; count: number }>;
      levels: Array<{ value: string; label: string; count: number }>;
      years: Array<{ value: string; label: string; count: number }>;
      statuses: Array<{ value: string; label: string; count: number }>;
      departments: Array<{ value: string; label: string; count: number }>;
      programs: Array<{ value: string; label: string; count: number }>;
    };
  };
};

export type SearchCursorsQueryVariables = Exact<{
  text: string;
  filter?: ClauseFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type SearchCursorsQuery = {
  searchResults: { edges: Array<{ cursor: string }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const QuantityFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment QuantityFields on Quantity {
  id
  kind
  role
  approximate
  from
  metric
  value
  unit
  qualifier
  normalizedValue
  normalizedUnit
  text
}
    `,
  { fragmentName: 'QuantityFields' },
) as unknown as TypedDocumentString<QuantityFieldsFragment, unknown>;
export const RegionFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment RegionFields on Region {
  code
  name
  level
  parent {
    code
  }
}
    `,
  { fragmentName: 'RegionFields' },
) as unknown as TypedDocumentString<RegionFieldsFragment, unknown>;
export const PolicyRefFragmentDoc = new TypedDocumentString(
  `
    fragment PolicyRef on Policy {
  id
  title
  docNumber
  year
  status
  stub
  region {
    ...RegionFields
  }
}
    fragment RegionFields on Region {
  code
  name
  level
  parent {
    code
  }
}`,
  { fragmentName: 'PolicyRef' },
) as unknown as TypedDocumentString<PolicyRefFragment, unknown>;
export const ClauseCardFragmentDoc = new TypedDocumentString(
  `
    fragment ClauseCard on Clause {
  id
  label
  title
  inferred
  policy {
    ...PolicyRef
  }
}
    fragment RegionFields on Region {
  code
  name
  level
  parent {
    code
  }
}
fragment PolicyRef on Policy {
  id
  title
  docNumber
  year
  status
  stub
  region {
    ...RegionFields
  }
}`,
  { fragmentName: 'ClauseCard' },
) as unknown as TypedDocumentString<ClauseCardFragment, unknown>;
export const EdgeReviewFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment EdgeReviewFields on Review {
  decision
  note
  at
}
    `,
  { fragmentName: 'EdgeReviewFields' },
) as unknown as TypedDocumentString<EdgeReviewFieldsFragment, unknown>;
export const QuantityChangeFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment QuantityChangeFields on QuantityChange {
  kind
  metric
  unit
  before
  after
}
    `,
  { fragmentName: 'QuantityChangeFields' },
) as unknown as TypedDocumentString<QuantityChangeFieldsFragment, unknown>;
export const AlignmentFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment AlignmentFields on Alignment {
  type
  score
  method
  evidence
  reproduction
  merged
  candidate
  inheritedFrom {
    ...ClauseCard
  }
  origin
  review {
    ...EdgeReviewFields
  }
  changedQuantities {
    ...QuantityChangeFields
  }
  againstOffers {
    quantity {
      id
      text
      normalizedValue
      normalizedUnit
    }
    offer {
      metric
      median
      unit
    }
    position
  }
  clause {
    ...ClauseCard
  }
}
    fragment RegionFields on Region {
  code
  name
  level
  parent {
    code
  }
}
fragment PolicyRef on Policy {
  id
  title
  docNumber
  year
  status
  stub
  region {
    ...RegionFields
  }
}
fragment EdgeReviewFields on Review {
  decision
  note
  at
}
fragment ClauseCard on Clause {
  id
  label
  title
  inferred
  policy {
    ...PolicyRef
  }
}
fragment QuantityChangeFields on QuantityChange {
  kind
  metric
  unit
  before
  after
}`,
  { fragmentName: 'AlignmentFields' },
) as unknown as TypedDocumentString<AlignmentFieldsFragment, unknown>;
export const DepartmentClauseFragmentDoc = new TypedDocumentString(
  `
    fragment DepartmentClause on Clause {
  id
  label
  title
  ordinal
  policy {
    id
    title
    year
    status
  }
}
    `,
  { fragmentName: 'DepartmentClause' },
) as unknown as TypedDocumentString<DepartmentClauseFragment, unknown>;
export const ImportDiagnosticFragmentDoc = new TypedDocumentString(
  `
    fragment ImportDiagnostic on Diagnostic {
  severity
  code
  message
  file
  line
}
    `,
  { fragmentName: 'ImportDiagnostic' },
) as unknown as TypedDocumentString<ImportDiagnosticFragment, unknown>;
export const ImportPolicyRefFragmentDoc = new TypedDocumentString(
  `
    fragment ImportPolicyRef on Policy {
  id
  title
  docNumber
}
    `,
  { fragmentName: 'ImportPolicyRef' },
) as unknown as TypedDocumentString<ImportPolicyRefFragment, unknown>;
export const FacetCountFragmentDoc = new TypedDocumentString(
  `
    fragment FacetCount on FacetCount {
  value
  label
  count
}
    `,
  { fragmentName: 'FacetCount' },
) as unknown as TypedDocumentString<FacetCountFragment, unknown>;
export const CascadeDocument = new TypedDocumentString(`
    query Cascade($clauseId: ID!, $direction: CascadeDirection!, $depth: Int!) {
  cascade(clauseId: $clauseId, direction: $direction, depth: $depth) {
    root {
      ...ClauseCard
    }
    direction
    depth
    nodes {
      distance
      clause {
        ...ClauseCard
      }
    }
    edges {
      id
      type
      from
      to
      score
      method
      evidence
      merged
      candidate
      inheritedFrom
      origin
      review {
        ...EdgeReviewFields
      }
    }
  }
}
    fragment RegionFields on Region {
  code
  name
  level
  parent {
    code
  }
}
fragment PolicyRef on Policy {
  id
  title
  docNumber
  year
  status
  stub
  region {
    ...RegionFields
  }
}
fragment EdgeReviewFields on Review {
  decision
  note
  at
}
fragment ClauseCard on Clause {
  id
  label
  title
  inferred
  policy {
    ...PolicyRef
  }
}`) as unknown as TypedDocumentString<CascadeQuery, CascadeQueryVariables>;
export const ProvincialMeasuresDocument = new TypedDocumentString(`
    query ProvincialMeasures {
  policies(filter: {level: PROVINCE}, first: 5) {
    edges {
      node {
        id
        title
        docNumber
        clauses {
          ...ClauseCard
        }
      }
    }
  }
}
    fragment RegionFields on Region {
  code
  name
  level
  parent {
    code
  }
}
fragment PolicyRef on Policy {
  id
  title
  docNumber
  year
  status
  stub
  region {
    ...RegionFields
  }
}
fragment ClauseCard on Clause {
  id
  label
  title
  inferred
  policy {
    ...PolicyRef
  }
}`) as unknown as TypedDocumentString<ProvincialMeasuresQuery, ProvincialMeasuresQueryVariables>;
export const ClauseDetailsDocument = new TypedDocumentString(`
    query ClauseDetails($id: ID!) {
  clause(id: $id) {
    id
    label
    title
    inferred
    text
    textSimplified
    sourceLine
    localAddition
    support
    inferredFrom {
      weight
      clause {
        ...ClauseCard
      }
    }
    offers {
      metric
      unit
      role
      min
      median
      max
      count
    }
    policy {
      ...PolicyRef
      sourceFile
    }
    section {
      id
      label
      title
    }
    departments {
      role
      rank
      department {
        id
        name
        canonicalName
      }
    }
    programs {
      id
      name
      kind
    }
    amounts {
      ...QuantityFields
    }
    targets {
      ...QuantityFields
    }
    implements {
      ...AlignmentFields
    }
    implementedBy {
      ...AlignmentFields
    }
    correspondsTo {
      ...AlignmentFields
    }
    succeeds {
      ...AlignmentFields
    }
    succeededBy {
      ...AlignmentFields
    }
  }
}
    fragment RegionFields on Region {
  code
  name
  level
  parent {
    code
  }
}
fragment PolicyRef on Policy {
  id
  title
  docNumber
  year
  status
  stub
  region {
    ...RegionFields
  }
}
fragment EdgeReviewFields on Review {
  decision
  note
  at
}
fragment ClauseCard on Clause {
  id
  label
  title
  inferred
  policy {
    ...PolicyRef
  }
}
fragment QuantityFields on Quantity {
  id
  kind
  role
  approximate
  from
  metric
  value
  unit
  qualifier
  normalizedValue
  normalizedUnit
  text
}
fragment QuantityChangeFields on QuantityChange {
  kind
  metric
  unit
  before
  after
}
fragment AlignmentFields on Alignment {
  type
  score
  method
  evidence
  reproduction
  merged
  candidate
  inheritedFrom {
    ...ClauseCard
  }
  origin
  review {
    ...EdgeReviewFields
  }
  changedQuantities {
    ...QuantityChangeFields
  }
  againstOffers {
    quantity {
      id
      text
      normalizedValue
      normalizedUnit
    }
    offer {
      metric
      median
      unit
    }
    position
  }
  clause {
    ...ClauseCard
  }
}`) as unknown as TypedDocumentString<ClauseDetailsQuery, ClauseDetailsQueryVariables>;
export const PolicyDocumentDocument = new TypedDocumentString(`
    query PolicyDocument($id: ID!) {
  policy(id: $id) {
    ...PolicyRef
    issuer
    publishedOn
    script
    sourceFile
    validity
    totalBudget {
      text
    }
    implements {
      id
      title
      docNumber
    }
    sections {
      id
      label
      title
      inferred
      clauses {
        ...ClauseCard
      }
    }
    requests {
      id
      ordinal
      area
      item
      goal
      departments {
        role
        rank
        department {
          id
          name
        }
      }
    }
  }
}
    fragment RegionFields on Region {
  code
  name
  level
  parent {
    code
  }
}
fragment PolicyRef on Policy {
  id
  title
  docNumber
  year
  status
  stub
  region {
    ...RegionFields
  }
}
fragment ClauseCard on Clause {
  id
  label
  title
  inferred
  policy {
    ...PolicyRef
  }
}`) as unknown as TypedDocumentString<PolicyDocumentQuery, PolicyDocumentQueryVariables>;
export const CompareDocument = new TypedDocumentString(`
    query Compare($clauseId: ID!) {
  compare(clauseId: $clauseId) {
    clause {
      ...ClauseCard
    }
    measure {
      ...ClauseCard
    }
    rows {
      clause {
        id
        label
        title
      }
      policy {
        ...PolicyRef
      }
      region {
        ...RegionFields
      }
      year
      quantities {
        quantity {
          ...QuantityFields
        }
        comparableKey
        peerMedian
        ratioToMedian
        outlier
      }
    }
    successions {
      older {
        ...ClauseCard
      }
      newer {
        ...ClauseCard
      }
      changes {
        ...QuantityChangeFields
      }
    }
  }
}
    fragment RegionFields on Region {
  code
  name
  level
  parent {
    code
  }
}
fragment PolicyRef on Policy {
  id
  title
  docNumber
  year
  status
  stub
  region {
    ...RegionFields
  }
}
fragment ClauseCard on Clause {
  id
  label
  title
  inferred
  policy {
    ...PolicyRef
  }
}
fragment QuantityFields on Quantity {
  id
  kind
  role
  approximate
  from
  metric
  value
  unit
  qualifier
  normalizedValue
  normalizedUnit
  text
}
fragment QuantityChangeFields on QuantityChange {
  kind
  metric
  unit
  before
  after
}`) as unknown as TypedDocumentString<CompareQuery, CompareQueryVariables>;
export const MeasuresDocument = new TypedDocumentString(`
    query Measures($policyId: ID!) {
  policy(id: $policyId) {
    id
    clauses {
      id
      label
      title
      ordinal
      section {
        id
        label
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeasuresQuery, MeasuresQueryVariables>;
export const CoverageDocument = new TypedDocumentString(`
    query Coverage($policyId: ID!) {
  coverage(policyId: $policyId) {
    policy {
      id
      title
      docNumber
    }
    measures {
      id
      label
      title
      ordinal
      inferred
      section {
        id
        label
        title
      }
    }
    localities {
      policy {
        id
        title
        year
        partial
      }
      region {
        code
        name
      }
      carried
      total
      share
    }
    cells {
      measureId
      policyId
      status
      clauses {
        id
        label
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CoverageQuery, CoverageQueryVariables>;
export const GapsDocument = new TypedDocumentString(`
    query Gaps($policyId: ID!, $regionCode: ID!) {
  gaps(policyId: $policyId, regionCode: $regionCode) {
    superior {
      id
      title
      docNumber
    }
    locality {
      id
      title
    }
    region {
      code
      name
    }
    share
    gaps {
      id
      label
      title
      ordinal
      section {
        label
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GapsQuery, GapsQueryVariables>;
export const GapsExportDocument = new TypedDocumentString(`
    query GapsExport($policyId: ID!) {
  coverage(policyId: $policyId) {
    policy {
      id
      title
      docNumber
    }
    measures {
      id
      label
      title
      ordinal
      inferred
      section {
        label
        title
      }
    }
    localities {
      policy {
        id
        title
      }
      region {
        code
        name
      }
    }
    cells {
      measureId
      policyId
      status
      clauses {
        id
        label
        title
        implements {
          score
          merged
          clause {
            id
            implements {
              clause {
                id
              }
            }
          }
        }
      }
      candidate {
        score
        clause {
          id
          label
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GapsExportQuery, GapsExportQueryVariables>;
export const SuperiorPoliciesDocument = new TypedDocumentString(`
    query SuperiorPolicies {
  policies(first: 50, filter: {includeStubs: true}) {
    edges {
      node {
        id
        title
        docNumber
        stub
        region {
          code
          name
          level
        }
        implementedBy {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SuperiorPoliciesQuery, SuperiorPoliciesQueryVariables>;
export const RegionsDocument = new TypedDocumentString(`
    query Regions {
  regions {
    ...RegionFields
  }
}
    fragment RegionFields on Region {
  code
  name
  level
  parent {
    code
  }
}`) as unknown as TypedDocumentString<RegionsQuery, RegionsQueryVariables>;
export const RegionPoliciesDocument = new TypedDocumentString(`
    query RegionPolicies($code: ID!) {
  region(code: $code) {
    policies {
      id
      title
      year
      status
      stub
    }
  }
}
    `) as unknown as TypedDocumentString<RegionPoliciesQuery, RegionPoliciesQueryVariables>;
export const DepartmentsDocument = new TypedDocumentString(`
    query Departments($regionCode: ID, $policyId: ID) {
  departments(regionCode: $regionCode, policyId: $policyId) {
    id
    name
    canonicalName
    functions
    asWritten
    mergedIds
    leadCount
    supportCount
    sectionLeadCount
    requestCount
    policies {
      id
      title
      year
      status
    }
    lead: clauses(role: LEAD) {
      ...DepartmentClause
    }
    support: clauses(role: SUPPORT) {
      ...DepartmentClause
    }
  }
}
    fragment DepartmentClause on Clause {
  id
  label
  title
  ordinal
  policy {
    id
    title
    year
    status
  }
}`) as unknown as TypedDocumentString<DepartmentsQuery, DepartmentsQueryVariables>;
export const DepartmentFunctionsDocument = new TypedDocumentString(`
    query DepartmentFunctions {
  departmentFunctions {
    key
    name
  }
}
    `) as unknown as TypedDocumentString<DepartmentFunctionsQuery, DepartmentFunctionsQueryVariables>;
export const DepartmentFunctionDocument = new TypedDocumentString(`
    query DepartmentFunction($key: String!, $year: Int) {
  departmentFunction(key: $key, year: $year) {
    function {
      key
      name
    }
    year
    localities {
      region {
        ...RegionFields
      }
      policies {
        id
        title
        year
        status
      }
      departments {
        id
        name
        asWritten
      }
      leadCount
      supportCount
      sectionLeadCount
      clauseCount
      lead {
        id
        label
        title
        ordinal
      }
      support {
        id
        label
        title
        ordinal
      }
    }
  }
}
    fragment RegionFields on Region {
  code
  name
  level
  parent {
    code
  }
}`) as unknown as TypedDocumentString<DepartmentFunctionQuery, DepartmentFunctionQueryVariables>;
export const ImportPolicyDocument = new TypedDocumentString(`
    mutation ImportPolicy($text: String!, $sourceName: String!, $replace: Boolean) {
  importPolicy(text: $text, sourceName: $sourceName, replace: $replace) {
    __typename
    ... on ImportedPolicy {
      replaced
      filledStub
      policy {
        ...ImportPolicyRef
        year
        status
        region {
          code
          name
        }
        clauses {
          id
          label
          title
          sourceLine
          localAddition
          implements {
            merged
            score
            clause {
              id
              label
              title
              policy {
                ...ImportPolicyRef
              }
            }
          }
        }
      }
      alignment {
        superiors {
          ...ImportPolicyRef
        }
        clauseCount
        alignedCount
        localAdditions {
          id
        }
        gaps {
          id
          label
          title
          policy {
            ...ImportPolicyRef
          }
        }
      }
      warnings {
        ...ImportDiagnostic
      }
    }
    ... on ImportRejected {
      code
      message
      diagnostics {
        ...ImportDiagnostic
      }
      existing {
        ...ImportPolicyRef
        clauseCount
        region {
          code
          name
        }
      }
    }
  }
}
    fragment ImportDiagnostic on Diagnostic {
  severity
  code
  message
  file
  line
}
fragment ImportPolicyRef on Policy {
  id
  title
  docNumber
}`) as unknown as TypedDocumentString<ImportPolicyMutation, ImportPolicyMutationVariables>;
export const ReviewQueueCoverageDocument = new TypedDocumentString(`
    query ReviewQueueCoverage($policyId: ID!) {
  coverage(policyId: $policyId) {
    localities {
      policy {
        id
      }
      region {
        name
      }
      carried
      total
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewQueueCoverageQuery, ReviewQueueCoverageQueryVariables>;
export const ReviewAccessDocument = new TypedDocumentString(`
    query ReviewAccess {
  reviewAccess {
    enabled
    granted
  }
}
    `) as unknown as TypedDocumentString<ReviewAccessQuery, ReviewAccessQueryVariables>;
export const ReviewAlignmentDocument = new TypedDocumentString(`
    mutation ReviewAlignment($from: ID!, $to: ID!, $type: AlignmentType!, $decision: ReviewDecision!, $note: String) {
  reviewAlignment(
    from: $from
    to: $to
    type: $type
    decision: $decision
    note: $note
  ) {
    id
    decision
    note
    at
  }
}
    `) as unknown as TypedDocumentString<ReviewAlignmentMutation, ReviewAlignmentMutationVariables>;
export const ReviewQueueDocument = new TypedDocumentString(`
    query ReviewQueue($policyId: ID!, $first: Int) {
  reviewQueue(policyId: $policyId, first: $first) {
    id
    kind
    type
    score
    evidence
    acceptDecision
    coverageChange
    locality {
      id
      title
      region {
        name
      }
    }
    from {
      id
      label
      title
    }
    to {
      id
      label
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ReviewClauseSearchDocument = new TypedDocumentString(`
    query ReviewClauseSearch($text: String!) {
  search(text: $text, first: 8) {
    clause {
      id
      label
      title
      policy {
        id
        title
        year
        region {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewClauseSearchQuery, ReviewClauseSearchQueryVariables>;
export const SearchResultsDocument = new TypedDocumentString(`
    query SearchResults($text: String!, $filter: ClauseFilter, $first: Int!, $after: String) {
  searchResults(text: $text, filter: $filter, first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        kind
        rank
        titleMatch
        snippet
        highlights {
          start
          length
        }
        policy {
          ...PolicyRef
        }
        clause {
          ...ClauseCard
        }
        request {
          id
          ordinal
          area
          item
        }
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
    facets {
      localities {
        ...FacetCount
      }
      levels {
        ...FacetCount
      }
      years {
        ...FacetCount
      }
      statuses {
        ...FacetCount
      }
      departments {
        ...FacetCount
      }
      programs {
        ...FacetCount
      }
    }
  }
}
    fragment RegionFields on Region {
  code
  name
  level
  parent {
    code
  }
}
fragment PolicyRef on Policy {
  id
  title
  docNumber
  year
  status
  stub
  region {
    ...RegionFields
  }
}
fragment ClauseCard on Clause {
  id
  label
  title
  inferred
  policy {
    ...PolicyRef
  }
}
fragment FacetCount on FacetCount {
  value
  label
  count
}`) as unknown as TypedDocumentString<SearchResultsQuery, SearchResultsQueryVariables>;
export const SearchCursorsDocument = new TypedDocumentString(`
    query SearchCursors($text: String!, $filter: ClauseFilter, $first: Int!, $after: String) {
  searchResults(text: $text, filter: $filter, first: $first, after: $after) {
    edges {
      cursor
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<SearchCursorsQuery, SearchCursorsQueryVariables>;
