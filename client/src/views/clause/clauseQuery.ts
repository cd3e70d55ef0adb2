import { gql } from '../../api/gql';
import { CLAUSE_CARD_FIELDS, POLICY_REF_FIELDS, QUANTITY_CHANGE_FIELDS, QUANTITY_FIELDS } from '../../api/fragments';
import type { ClauseCard, PolicyRef, Quantity, QuantityChange } from '../../api/fragments';

export type { Quantity };

export interface Alignment {
  type: 'IMPLEMENTS' | 'CORRESPONDS_TO' | 'SUCCEEDS';
  score: number;
  method: string;
  evidence: string[];
  reproduction: number | null;
  merged: boolean;
  changedQuantities: QuantityChange[];
  clause: ClauseCard;
}

export interface ClauseDetails extends ClauseCard {
  text: string;
  textSimplified: string;
  sourceLine: number | null;
  localAddition: boolean;
  policy: PolicyRef & { sourceFile: string | null };
  section: { id: string; label: string; title: string } | null;
  departments: {
    role: 'LEAD' | 'SUPPORT';
    rank: number;
    department: { id: string; name: string; canonicalName: string };
  }[];
  programs: { id: string; name: string; kind: string }[];
  amounts: Quantity[];
  targets: Quantity[];
  implements: Alignment[];
  implementedBy: Alignment[];
  correspondsTo: Alignment[];
  succeeds: Alignment[];
  succeededBy: Alignment[];
}

const ALIGNMENT_FIELDS = `type score method evidence reproduction merged
  changedQuantities { ${QUANTITY_CHANGE_FIELDS} }
  clause { ${CLAUSE_CARD_FIELDS} }`;

/** Everything the clause panel shows: text, quantities, programs, departments and every alignment with evidence. */
export const CLAUSE_DETAILS = gql<{ clause: ClauseDetails | null }, { id: string }>`
  query ClauseDetails($id: ID!) {
    clause(id: $id) {
      id label title inferred text textSimplified sourceLine localAddition
      policy { ${POLICY_REF_FIELDS} sourceFile }
      section { id label title }
      departments { role rank department { id name canonicalName } }
      programs { id name kind }
      amounts { ${QUANTITY_FIELDS} }
      targets { ${QUANTITY_FIELDS} }
      implements { ${ALIGNMENT_FIELDS} }
      implementedBy { ${ALIGNMENT_FIELDS} }
      correspondsTo { ${ALIGNMENT_FIELDS} }
      succeeds { ${ALIGNMENT_FIELDS} }
      succeededBy { ${ALIGNMENT_FIELDS} }
    }
  }
`;

export interface PolicyDocument extends PolicyRef {
  issuer: string | null;
  publishedOn: string | null;
  script: 'TRADITIONAL' | 'SIMPLIFIED' | null;
  sourceFile: string | null;
  validity: string | null;
  totalBudget: { text: string } | null;
  implements: { id: string; title: string; docNumber: string | null }[];
  sections: { id: string; label: string; title: string; inferred: boolean; clauses: ClauseCard[] }[];
  requests: AnnexRequest[];
}

/** A row of the annex request table (积极争取上级政策事项清单) with its departments, lead first. */
export interface AnnexRequest {
  id: string;
  ordinal: number;
  area: string;
  item: string;
  goal: string;
  departments: { role: 'LEAD' | 'SUPPORT'; rank: number; department: { id: string; name: string } }[];
}

/** A policy with its areas and clauses in document order, for the document view. */
export const POLICY_DOCUMENT = gql<{ policy: PolicyDocument | null }, { id: string }>`
  query PolicyDocument($id: ID!) {
    policy(id: $id) {
      ${POLICY_REF_FIELDS} issuer publishedOn script sourceFile validity
      totalBudget { text }
      implements { id title docNumber }
      sections { id label title inferred clauses { ${CLAUSE_CARD_FIELDS} } }
      requests { id ordinal area item goal departments { role rank department { id name } } }
    }
  }
`;
