/** The import mutation and the shapes it returns (schema/import.graphql). */
import { gql } from '../../api/gql';

const DIAGNOSTIC_FIELDS = 'severity code message file line';
const POLICY_FIELDS = 'id title docNumber';

export const IMPORT_POLICY_MUTATION = gql<ImportPolicyData, ImportPolicyVariables>`
  mutation ImportPolicy($text: String!, $sourceName: String!, $replace: Boolean) {
    importPolicy(text: $text, sourceName: $sourceName, replace: $replace) {
      __typename
      ... on ImportedPolicy {
        replaced
        filledStub
        policy {
          ${POLICY_FIELDS}
          year
          status
          region { code name }
          clauses {
            id
            label
            title
            sourceLine
            localAddition
            implements {
              merged
              score
              clause { id label title policy { ${POLICY_FIELDS} } }
            }
          }
        }
        alignment {
          superiors { ${POLICY_FIELDS} }
          clauseCount
          alignedCount
          localAdditions { id }
          gaps { id label title policy { ${POLICY_FIELDS} } }
        }
        warnings { ${DIAGNOSTIC_FIELDS} }
      }
      ... on ImportRejected {
        code
        message
        diagnostics { ${DIAGNOSTIC_FIELDS} }
        existing { ${POLICY_FIELDS} clauseCount region { code name } }
      }
    }
  }
`;

export interface Diagnostic {
  severity: string;
  code: string;
  message: string;
  file: string;
  line: number;
}

interface PolicyRef {
  id: string;
  title: string;
  docNumber: string | null;
}

export interface ClauseRef {
  id: string;
  label: string;
  title: string;
  policy: PolicyRef;
}

export interface ImportedClause {
  id: string;
  label: string;
  title: string;
  sourceLine: number | null;
  localAddition: boolean;
  implements: { merged: boolean; score: number; clause: ClauseRef }[];
}

export interface ImportedPolicy {
  __typename: 'ImportedPolicy';
  /** It replaced a document with text of the same id (sent with replace: true). */
  replaced: boolean;
  /** It filled a stub: a document known until now only from references. */
  filledStub: boolean;
  policy: PolicyRef & {
    year: number | null;
    status: 'ISSUED' | 'DRAFT' | null;
    region: { code: string; name: string } | null;
    clauses: ImportedClause[];
  };
  alignment: {
    superiors: PolicyRef[];
    clauseCount: number;
    alignedCount: number;
    localAdditions: { id: string }[];
    gaps: ClauseRef[];
  };
  warnings: Diagnostic[];
}

export interface ImportRejected {
  __typename: 'ImportRejected';
  code: string;
  message: string;
  diagnostics: Diagnostic[];
  /** ALREADY_EXISTS: the document the import would replace. */
  existing: (PolicyRef & { clauseCount: number; region: { code: string; name: string } | null }) | null;
}

export interface ImportPolicyData {
  importPolicy: ImportedPolicy | ImportRejected;
}

export interface ImportPolicyVariables extends Record<string, unknown> {
  text: string;
  sourceName: string;
  /** Replace a document with text of the same id (only after the user confirmed it). */
  replace?: boolean;
}

/** The server refuses larger texts (TOO_LARGE); checking first spares the upload. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;
