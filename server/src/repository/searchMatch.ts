/**
 * Matching a query in the search index (searchIndex.ts). A term matches a text when one of its spellings occurs in
 * the text's key — what the old `=~` pattern meant (the spelling's characters with punctuation and spaces allowed
 * between them, case ignored). A spelling's candidates are the texts holding its two rarest code units; each is
 * checked with `includes` against that spelling only, and a spelling of one code unit needs no check. The term with
 * the fewest candidates drives; the other terms are checked on its matches.
 */
import type { IndexedText, SearchIndex } from './searchIndex';
import { searchKey } from './searchQuery';
import type { SearchQuery } from './searchQuery';
import type { Matches } from './searchTables';

/** Positions in both ascending lists, ascending. */
function intersect(a: readonly number[], b: readonly number[]): number[] {
  const both: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const [x, y] = [a[i] as number, b[j] as number];
    if (x === y) both.push(x);
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return both;
}

/**
 * The texts that may hold `spelling`, ascending: those holding both of its two rarest code units (a text holding the
 * spelling holds all of them). Two lists, not all: each further one removes few and costs a pass.
 */
function candidatesOf(index: SearchIndex, spelling: string): readonly number[] {
  const lists = [...new Set(spelling)].map((unit) => index.holding.get(unit.charCodeAt(0)) ?? []);
  lists.sort((a, b) => a.length - b.length);
  const [rarest, next] = lists;
  if (!rarest) return [];
  return next ? intersect(rarest, next) : rarest;
}

/** Not held (0), held in the text only (1), or held in the title (2). */
type Holding = 0 | 1 | 2;

/**
 * How the text holds `spelling`, given how it holds the term's other spellings so far (`known`): one search of the
 * key when the title starts it; once the term is held, only the (short) title is searched, for a title match.
 */
function holdingOf(text: IndexedText, spelling: string, known: Holding): Holding {
  if (known === 2) return 2;
  if (known === 1) return text.titleKey.includes(spelling) ? 2 : 1;
  const at = text.key.indexOf(spelling);
  if (at < 0) return 0;
  const inTitle = text.titleStartsKey ? at + spelling.length <= text.titleKey.length : text.titleKey.includes(spelling);
  return inTitle ? 2 : 1;
}

/**
 * How the text holds the term: the best of the spellings whose candidates hold `position` (bit s of `maybe` for
 * spelling s; a text outside a spelling's candidates cannot hold it).
 */
function termHolding(text: IndexedText, spellings: readonly string[], maybe: number): Holding {
  let best: Holding = 0;
  for (let s = 0; s < spellings.length && best < 2; s++) {
    if ((maybe & (1 << s)) === 0) continue;
    best = holdingOf(text, spellings[s] as string, best);
  }
  return best;
}

/**
 * Per position, bit s set when the position is a candidate of spelling s (up to 31 spellings; a term with more
 * marks every position for the spellings past 31, which are then searched in every text).
 */
function candidateBits(length: number, candidates: readonly (readonly number[])[]): Int32Array {
  const bits = new Int32Array(length);
  candidates.forEach((list, s) => {
    if (s >= 31) {
      bits.fill(-1);
      return;
    }
    for (const position of list) bits[position] = (bits[position] as number) | (1 << s);
  });
  return bits;
}

interface Include {
  inferred: boolean;
  requests: boolean;
}

const excluded = (text: IndexedText, include: Include) =>
  (text.inferred && !include.inferred) || (text.hit.kind !== 'CLAUSE' && !include.requests);

/**
 * How each included text holds the term (by position), from the spellings' candidates: each candidate searched for
 * that spelling only, until one is found in the title.
 */
function termHolders(
  index: SearchIndex,
  spellings: readonly string[],
  candidates: readonly (readonly number[])[],
  include: Include,
): Uint8Array {
  const marks = new Uint8Array(index.texts.length);
  spellings.forEach((spelling, s) => {
    for (const position of candidates[s] ?? []) {
      const text = index.texts[position];
      const known = marks[position] as Holding;
      if (!text || known === 2 || excluded(text, include)) continue;
      marks[position] = holdingOf(text, spelling, known);
    }
  });
  return marks;
}

/**
 * The texts matching every term of the query, ascending, each with whether a term is in its title. Inferred clauses
 * only when `inferred` says so, annex rows only when `requests` does.
 */
export function matchIndex(index: SearchIndex, query: SearchQuery, include: Include): Matches {
  const keys = query.spellings.map((spellings) => spellings.map(searchKey).filter((key) => key !== ''));
  const candidates = keys.map((spellings) => spellings.map((spelling) => candidatesOf(index, spelling)));
  const count = (lists: readonly (readonly number[])[] | undefined) =>
    (lists ?? []).reduce((total, list) => total + list.length, 0);
  let driver = 0;
  candidates.forEach((lists, term) => {
    if (count(lists) < count(candidates[driver])) driver = term;
  });
  const marks = termHolders(index, keys[driver] ?? [], candidates[driver] ?? [], include);
  const others = keys.flatMap((spellings, term) =>
    term === driver ? [] : [{ spellings, bits: candidateBits(marks.length, candidates[term] ?? []) }],
  );
  const positions: number[] = [];
  const titleMatch: number[] = [];
  for (let position = 0; position < marks.length; position++) {
    let holding = marks[position] as Holding;
    const text = index.texts[position];
    if (holding === 0 || !text) continue;
    for (const { spellings, bits } of others) {
      const other = termHolding(text, spellings, bits[position] as number);
      if (other === 0) holding = 0;
      if (other === 0) break;
      if (other === 2) holding = 2;
    }
    if (holding === 0) continue;
    positions.push(position);
    titleMatch.push(holding === 2 ? 1 : 0);
  }
  return { positions: Int32Array.from(positions), titleMatch: Uint8Array.from(titleMatch) };
}
