/**
 * searchResults answers shaped like schema/search.graphql, cut down from what the real corpus gives for 科创平台
 * and 發改局: clause hits of 海宁 and 平湖, a 2024 draft of 秀洲, and an annex row of 平湖's request table.
 */
import type { PolicyRef } from '../../api/fragments';
import { card } from '../cascade/cascadeFixtures';
import type { SearchFacets, SearchPage, SearchResult } from './searchOperations';

const clauseHit = (id: string, title: string, rank: number, snippet: string): SearchResult => {
  const clause = card(id, title);
  return {
    kind: 'CLAUSE',
    rank,
    clause,
    request: null,
    policy: clause.policy,
    titleMatch: true,
    snippet,
    highlights: [{ start: 5, length: 4 }],
  };
};

const xiuzhouDraft: PolicyRef = {
  id: '330411-2024-draft',
  title: '秀洲区推动经济高质量发展若干政策(征求意见稿)',
  docNumber: null,
  year: 2024,
  status: 'DRAFT',
  stub: false,
  region: { code: '330411', name: '秀洲区', level: 'COUNTY', parent: { code: '330400' } },
};

export const kechuangHits: SearchResult[] = [
  clauseHit(
    '330481-2025/c1',
    '推动高能级科创平台提质增效',
    1,
    '推动高能级科创平台提质增效。实施高能级科创平台提能造峰行动',
  ),
  clauseHit('330482-2025/c1', '推動高能級科創平臺提質增效', 2, '推動高能級科創平臺提質增效。建立重大科創平臺考核評價'),
  {
    ...clauseHit('330411-2024-draft/c1', '推动科创平台建设', 3, '推动科创平台建设。支持'),
    clause: { ...card('330411-2024-draft/c1', '推动科创平台建设'), policy: xiuzhouDraft },
    policy: xiuzhouDraft,
  },
  {
    kind: 'REQUEST',
    rank: 4,
    clause: null,
    request: { id: '330482-2025/r3', ordinal: 3, area: '科技创新', item: '争取省级科创平台布局' },
    policy: card('330482-2025/c1', '').policy,
    titleMatch: false,
    snippet: '争取省级科创平台布局\n平湖市科技局',
    highlights: [{ start: 4, length: 4 }],
  },
];

export const noFacets: SearchFacets = {
  localities: [],
  levels: [],
  years: [],
  statuses: [],
  departments: [],
  programs: [],
};

export function searchPage(hits: SearchResult[], totalCount: number, facets: SearchFacets = noFacets): SearchPage {
  return {
    totalCount,
    edges: hits.map((node) => ({ cursor: `cursor-${node.rank}`, node })),
    pageInfo: {
      endCursor: hits.length ? `cursor-${hits[hits.length - 1]!.rank}` : null,
      hasNextPage: hits.length < totalCount,
    },
    facets,
  };
}
