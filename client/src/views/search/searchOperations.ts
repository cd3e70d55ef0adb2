/** The search's GraphQL operation and the shapes it returns (schema/search.graphql). */
import { gql } from '../../api/gql';
import { CLAUSE_CARD_FIELDS, POLICY_REF_FIELDS } from '../../api/fragments';
import type { ClauseCard, PolicyRef } from '../../api/fragments';
import type { SearchFilter } from '../../state/route';

export interface SearchRequestRow {
  id: string;
  ordinal: number;
  area: string;
  item: string;
}

/** A clause or an annex row (积极争取上级政策事项清单) that matched. */
export interface SearchResult {
  kind: 'CLAUSE' | 'REQUEST';
  rank: number;
  clause: ClauseCard | null;
  request: SearchRequestRow | null;
  policy: PolicyRef;
  titleMatch: boolean;
  snippet: string;
  highlights: { start: number; length: number }[];
}

export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

export interface SearchFacets {
  localities: FacetCount[];
  levels: FacetCount[];
  years: FacetCount[];
  statuses: FacetCount[];
  departments: FacetCount[];
  programs: FacetCount[];
}

export interface SearchPage {
  totalCount: number;
  edges: { cursor: string; node: SearchResult }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  facets: SearchFacets;
}

export interface SearchVariables extends Record<string, unknown> {
  text: string;
  filter: SearchFilter | null;
  first: number;
  after: string | null;
}

const FACET = 'value label count';

/** One page of ranked hits with the total and the facets of all hits (the API ranks: issued, newer, title first). */
export const SEARCH_RESULTS = gql<{ searchResults: SearchPage }, SearchVariables>`
  query SearchResults($text: String!, $filter: ClauseFilter, $first: Int!, $after: String) {
    searchResults(text: $text, filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          kind rank titleMatch snippet
          highlights { start length }
          policy { ${POLICY_REF_FIELDS} }
          clause { ${CLAUSE_CARD_FIELDS} }
          request { id ordinal area item }
        }
      }
      pageInfo { endCursor hasNextPage }
      facets {
        localities { ${FACET} } levels { ${FACET} } years { ${FACET} }
        statuses { ${FACET} } departments { ${FACET} } programs { ${FACET} }
      }
    }
  }
`;

/** Only the cursors of a stretch of hits: how a direct link to page 4 finds where page 3 ended. */
export const SEARCH_CURSORS = gql<
  { searchResults: { edges: { cursor: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } },
  SearchVariables
>`
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
`;
