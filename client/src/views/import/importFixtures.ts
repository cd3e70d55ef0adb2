/** importPolicy answers shaped like schema/import.graphql for the example 南湖区 document. */
import type { ImportPolicyData } from './importOperations';

const province = {
  id: '330000-2025',
  title: '浙江省关于推动经济高质量发展若干政策(2025年版)',
  docNumber: '浙政发〔2025〕3号',
};
const measure = (n: number, title: string) => ({ id: `330000-2025/c${n}`, label: '', title, policy: province });

export const importedAnswer: ImportPolicyData = {
  importPolicy: {
    __typename: 'ImportedPolicy',
    replaced: false,
    filledStub: false,
    policy: {
      id: '330402-2025',
      title: '南湖区推动经济高质量发展若干政策(2025年版)',
      docNumber: null,
      year: 2025,
      status: 'ISSUED',
      region: { code: '330402', name: '南湖区' },
      clauses: [
        {
          id: '330402-2025/c1',
          label: '(一)',
          title: '推动高能级科创平台提质增效',
          sourceLine: 6,
          localAddition: false,
          implements: [{ merged: false, score: 0.92, clause: measure(1, '推动高能级科创平台提质增效') }],
        },
        {
          id: '330402-2025/c4',
          label: '(四)',
          title: '南湖特色红船文化创意产业扶持',
          sourceLine: 10,
          localAddition: true,
          implements: [],
        },
      ],
    },
    alignment: {
      superiors: [province],
      clauseCount: 2,
      alignedCount: 1,
      localAdditions: [{ id: '330402-2025/c4' }],
      gaps: [measure(8, '促进高等教育高质量发展')],
    },
    warnings: [
      {
        severity: 'warning',
        code: 'NO_RESPONSIBILITY',
        message: 'Clause (二) names no responsible department.',
        file: '330402-nanhu-2025.txt',
        line: 7,
      },
    ],
  },
};

export const rejectedAnswer: ImportPolicyData = {
  importPolicy: {
    __typename: 'ImportRejected',
    code: 'PARSE_ERROR',
    message: 'No clause found: clauses start with (一)/（一） or 1./1． under an area heading 一、.',
    diagnostics: [
      {
        severity: 'error',
        code: 'NO_CLAUSES',
        message: 'No clause found: clauses start with (一)/（一） or 1./1． under an area heading 一、.',
        file: 'draft.txt',
        line: 3,
      },
    ],
    existing: null,
  },
};

/** The example's id already has text: the server names the document it would replace. */
export const alreadyExistsAnswer: ImportPolicyData = {
  importPolicy: {
    __typename: 'ImportRejected',
    code: 'ALREADY_EXISTS',
    message:
      '330402-2025 already exists: 南湖区推动经济高质量发展若干政策(2025年版), 4 clauses. Importing this text would ' +
      'replace it; send it again with replace: true to do so.',
    diagnostics: [],
    existing: {
      id: '330402-2025',
      title: '南湖区推动经济高质量发展若干政策(2025年版)',
      docNumber: null,
      clauseCount: 4,
      region: { code: '330402', name: '南湖区' },
    },
  },
};
