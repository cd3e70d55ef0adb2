import { gql } from '../../api/gql';
import { CLAUSE_CARD_FIELDS } from '../../api/fragments';
import type { ClauseCard } from '../../api/fragments';

export interface SearchHit {
  clause: ClauseCard;
  score: number;
  snippet: string;
  highlights: { start: number; length: number }[];
}

/** Clauses whose title or text contains the words, in either script (科创 finds 科創). */
export const SEARCH_CLAUSES = gql<{ search: SearchHit[] }, { text: string; first: number }>`
  query SearchClauses($text: String!, $first: Int!) {
    search(text: $text, first: $first) {
      clause { ${CLAUSE_CARD_FIELDS} }
      score
      snippet
      highlights { start length }
    }
  }
`;
