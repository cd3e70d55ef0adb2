/**
 * Search across scripts (DESIGN.md §4): the query is converted to Simplified and matched with CONTAINS against
 * the clauses' textSimplified (and title), so 發改局 and 发改局 find the same clauses. Every term must occur.
 */
import { toSimplified } from '@policy-cascade/graph-seed';
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { clauseCards } from './clauseCards';
import { toClauseSummary } from './clauseSummaries';
import { RepositoryError, checkInt } from './errors';
import { reader } from './rows';
import { occurrences, searchTerms, snippetOf } from './searchText';
import type { SearchHit } from './types';

// No full-text index is shared by both engines (DESIGN.md §6), so this is a scan with CONTAINS; the title test
// catches Simplified titles whose text was cut differently. Inferred clauses repeat an implementer's text and
// are left out.
const searchStatement = defineStatement({
  name: 'repository.search',
  cypher: `
    MATCH (c:Clause)
    WHERE coalesce(c.inferred, false) = false
      AND all(term IN $terms WHERE c.textSimplified CONTAINS term OR c.title CONTAINS term)
    RETURN c.id AS id, c.title AS title, c.text AS text, c.textSimplified AS textSimplified`,
  params: ['terms'],
});

const read = reader('search');

export const MAX_SEARCH_RESULTS = 100;

/**
 * The title in Simplified script. The title is the text's first sentence and conversion keeps lengths, so the
 * Simplified text's prefix is the converted title; converting again only when that does not hold saves most of
 * the search time.
 */
function simplifiedTitle(title: string, text: string, simplified: string): string {
  return text.startsWith(title) && text.length === simplified.length
    ? simplified.slice(0, title.length)
    : toSimplified(title);
}

interface Candidate {
  id: string;
  titleHits: number;
  textHits: number;
  snippet: string;
  highlights: SearchHit['highlights'];
}

function rank(a: Candidate, b: Candidate): number {
  const titled = Number(b.titleHits > 0) - Number(a.titleHits > 0);
  const hits = b.titleHits + b.textHits - (a.titleHits + a.textHits);
  return titled || hits || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Clauses containing every term of `text`, ranked: a title hit first, then more hits, then by id. Scores are
 * 1000 × (title hit) + number of hits, so the order can be read off them.
 */
export async function search(runner: CypherRunner, text: string, first: number): Promise<SearchHit[]> {
  const limit = checkInt('search', 'first', first, 1, MAX_SEARCH_RESULTS);
  const terms = searchTerms(toSimplified(typeof text === 'string' ? text : ''));
  if (terms.length === 0) throw new RepositoryError('BAD_INPUT', 'search: text must contain at least one term');
  const rows = await runStatement(runner, searchStatement, { terms });
  const candidates = rows.map((row): Candidate => {
    const simplified = read.optStr(row, 'textSimplified') ?? '';
    const text = read.optStr(row, 'text') ?? simplified;
    const title = simplifiedTitle(read.optStr(row, 'title') ?? '', text, simplified);
    const { snippet, highlights } = snippetOf(text, simplified, terms);
    const titleHits = occurrences(title, terms).length;
    return { id: read.str(row, 'id'), titleHits, textHits: occurrences(simplified, terms).length, snippet, highlights };
  });
  const top = candidates.sort(rank).slice(0, limit);
  const found = await clauseCards(
    runner,
    top.map((candidate) => candidate.id),
  );
  const cards = new Map(found.map((card) => [card.clause.id, card]));
  return top.flatMap((candidate) => {
    const card = cards.get(candidate.id);
    if (!card) return [];
    const score = (candidate.titleHits > 0 ? 1000 : 0) + candidate.titleHits + candidate.textHits;
    const { titleHits, textHits, snippet, highlights } = candidate;
    return [{ clause: toClauseSummary(card), card, score, titleHits, textHits, snippet, highlights }];
  });
}
