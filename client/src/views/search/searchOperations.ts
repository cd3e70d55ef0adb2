/** The search's GraphQL operations (schema/search.graphql); their types are generated (`npm run codegen`). */
import { graphql } from '../../api/generated';
import type { SearchResultsQuery } from '../../api/generated/graphql';

export const FACET_COUNT = graphql(`
  fragment FacetCount on FacetCount {
    value
    label
    count
  }
`);

/** One page of ranked hits with the total and the facets of all hits (the API ranks: issued, newer, title first). */
export const SEARCH_RESULTS = graphql(`
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
`);

export type SearchPage = SearchResultsQuery['searchResults'];
/** A clause or an annex row (积极争取上级政策事项清单) that matched. */
export type SearchResult = SearchPage['edges'][number]['node'];
export type SearchFacets = SearchPage['facets'];
export type { FacetCountFragment as FacetCount } from '../../api/generated/graphql';

/** Only the cursors of a stretch of hits: how a direct link to page 4 finds where page 3 ended. */
export const SEARCH_CURSORS = graphql(`
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
`);
