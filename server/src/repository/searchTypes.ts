/** What search returns (search.ts): pages of ranked hits with snippets and facets. */
import type { ClauseCard, ClauseSummary, RegionLevel, RequestInfo } from './types';

export type SearchHitKind = 'CLAUSE' | 'REQUEST';

/** One hit as the store found it: where it sits, for ranking and facets (searchHits.ts). */
export interface FoundHit {
  kind: SearchHitKind;
  id: string;
  policyId: string;
  status: string | null;
  year: number | null;
  regionCode: string | null;
  regionName: string | null;
  level: RegionLevel | null;
  sectionOrdinal: number;
  ordinal: number;
  titleMatch: boolean;
  /** Canonical names of the departments it names. */
  departments: string[];
  programs: { id: string; name: string }[];
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

/** A range of characters, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** One hit of a search page: a clause (with its card) or an annex row. */
export interface SearchResult {
  kind: SearchHitKind;
  id: string;
  policyId: string;
  /** 1-based position in the whole ranked result. */
  rank: number;
  cursor: string;
  /** A term matched in the clause's title. */
  titleMatch: boolean;
  /** Original-script text around the first match. */
  snippet: string;
  /** Ranges of the matches inside `snippet`. */
  highlights: TextRange[];
  card: ClauseCard | null;
  request: RequestInfo | null;
}

export interface SearchPage {
  items: SearchResult[];
  /** Hits over all pages. */
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
  /** Counts over all hits, not only the page. */
  facets: SearchFacets;
}

/** A clause hit of the original `search` entry point. */
export interface SearchHit {
  clause: ClauseSummary;
  /** The full record behind `clause`. */
  card: ClauseCard;
  /** Higher ranks first: the number of hits from this one to the last. */
  score: number;
  titleMatch: boolean;
  snippet: string;
  highlights: TextRange[];
}
