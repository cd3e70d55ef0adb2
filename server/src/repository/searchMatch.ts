/**
 * Matching a query in the search index (searchIndex.ts). A term matches a text when one of its spellings occurs in
 * the text's key — what the old `=~` pattern meant (the spelling's characters with punctuation and spaces allowed
 * between them, case ignored). A spelling's candidates are the texts in the lists of its two rarest trigrams
 * (searchPostings.ts), or of its two rarest code units when it is shorter; each is checked with `includes` against
 * that spelling only, and a spelling of one code unit or one trigram needs no check (its candidates hold it): a
 * department's 20,000 hits at 1,000 documents are found without reading their keys, only their titles' (18–30 ms
 * of CPU a search before). The term with the fewest candidates drives; the other terms are checked on its matches.
 */
import { INFERRED, REQUEST } from './searchIndex';
import type { IndexedText, SearchIndex } from './searchIndex';
import { holdersAt } from './searchPostings';
import { searchKey } from './searchQuery';
import type { SearchQuery } from './searchQuery';
import type { Matches } from './searchTables';

type Positions = ArrayLike<number>;

/** Positions in both ascending lists, ascending. */
function intersect(a: Positions, b: Positions): number[] {
  const both: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const [x, y] = [a[i] as number, b[j] as number];
    if (x === y) both.push(x);
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return both;
}

/** A spelling's candidates, ascending, and whether each holds it (then its key need not be searched). */
interface Candidates {
  positions: Positions;
  exact: boolean;
}

/**
 * The texts that may hold `spelling`, ascending: of three code units or more, those in the lists of its two rarest
 * trigrams (exactly its holders when it has one trigram); shorter, those holding its two rarest code units (exactly
 * its holders when it is one). Two lists, not all: each further one removes few and costs a pass.
 */
function candidatesOf(index: SearchIndex, spelling: string): Candidates {
  const lists: Positions[] = [];
  if (spelling.length >= 3) {
    for (let i = 0; i + 2 < spelling.length; i++) lists.push(holdersAt(index.trigrams, spelling, i));
  } else {
    for (const unit of new Set(spelling)) lists.push(holdersAt(index.units, unit, 0));
  }
  lists.sort((a, b) => a.length - b.length);
  const [rarest, next] = lists;
  if (!rarest) return { positions: [], exact: true };
  const exact = spelling.length === 3 || spelling.length === 1;
  return { positions: next ? intersect(rarest, next) : rarest, exact };
}

/** Not held (0), held in the text only (1), or held in the title (2). */
type Holding = 0 | 1 | 2;

/**
 * How the text holds `spelling`, given how it holds the term's other spellings so far (`known`): one search of the
 * key when the title starts it; once the term is held, only the (short) title is searched, for a title match. When
 * the text is known to hold the spelling (`held`, an exact candidate), only the title is searched.
 */
function holdingOf(text: IndexedText, spelling: string, known: Holding, held: boolean): Holding {
  if (known === 2) return 2;
  if (known === 1 || held) return text.titleKey.includes(spelling) ? 2 : 1;
  const at = text.key.indexOf(spelling);
  if (at < 0) return 0;
  const inTitle = text.titleStartsKey ? at + spelling.length <= text.titleKey.length : text.titleKey.includes(spelling);
  return inTitle ? 2 : 1;
}

/**
 * How the text holds the term: the best of the spellings whose candidates hold `position` (bit s of `maybe` for
 * spelling s; a text outside a spelling's candidates cannot hold it).
 */
function termHolding(text: IndexedText, spellings: readonly Spelling[], maybe: number): Holding {
  let best: Holding = 0;
  for (let s = 0; s < spellings.length && best < 2; s++) {
    if ((maybe & (1 << s)) === 0) continue;
    const { spelling, exact } = spellings[s] as Spelling;
    // A term of more than 31 spellings marks every position for all (candidateBits): none is known to be held.
    best = holdingOf(text, spelling, best, exact && spellings.length <= 31);
  }
  return best;
}

/**
 * Per position, bit s set when the position is a candidate of spelling s (up to 31 spellings; a term with more
 * marks every position for the spellings past 31, which are then searched in every text).
 */
function candidateBits(length: number, candidates: readonly Candidates[]): Int32Array {
  const bits = new Int32Array(length);
  candidates.forEach(({ positions }, s) => {
    if (s >= 31) {
      bits.fill(-1);
      return;
    }
    for (let i = 0; i < positions.length; i++) {
      const position = positions[i] as number;
      bits[position] = (bits[position] as number) | (1 << s);
    }
  });
  return bits;
}

/** A spelling's key, its candidates, and whether they all hold it. */
interface Spelling {
  spelling: string;
  exact: boolean;
  candidates: Candidates;
}

interface Include {
  inferred: boolean;
  requests: boolean;
}

/** The kinds bits (searchIndex.ts) a search leaves out. */
const excludedBits = (include: Include) => (include.inferred ? 0 : INFERRED) | (include.requests ? 0 : REQUEST);

/**
 * Marks the holders of a spelling of one trigram: its candidates hold it in their keys (1), those in its title list
 * in their titles (2), read from the postings without the texts' objects.
 */
function markTrigramHolders(
  index: SearchIndex,
  spelling: string,
  positions: Positions,
  marks: Uint8Array,
  leave: number,
) {
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i] as number;
    if (marks[position] === 0 && index.texts[position] && ((index.kinds[position] as number) & leave) === 0)
      marks[position] = 1;
  }
  const titled = holdersAt(index.titleTrigrams, spelling, 0);
  for (let i = 0; i < titled.length; i++) {
    const position = titled[i] as number;
    // A title that holds the spelling counts when the key holds the term (as holdingOf: never marks a text alone).
    if (marks[position] === 1 && index.texts[position]) marks[position] = 2;
  }
}

/**
 * How each included text holds the term (by position), from the spellings' candidates: each candidate searched for
 * that spelling only, until one is found in the title.
 */
function termHolders(index: SearchIndex, spellings: readonly Spelling[], include: Include): Uint8Array {
  const marks = new Uint8Array(index.texts.length);
  const leave = excludedBits(include);
  for (const { spelling, exact, candidates } of spellings) {
    const { positions } = candidates;
    if (exact && spelling.length === 3) {
      markTrigramHolders(index, spelling, positions, marks, leave);
      continue;
    }
    for (let i = 0; i < positions.length; i++) {
      const position = positions[i] as number;
      const text = index.texts[position];
      const known = marks[position] as Holding;
      if (!text || known === 2 || ((index.kinds[position] as number) & leave) !== 0) continue;
      marks[position] = holdingOf(text, spelling, known, exact);
    }
  }
  return marks;
}

/**
 * The texts matching every term of the query, ascending, each with whether a term is in its title. Inferred clauses
 * only when `inferred` says so, annex rows only when `requests` does.
 */
export function matchIndex(index: SearchIndex, query: SearchQuery, include: Include): Matches {
  const terms = query.spellings.map((spellings) =>
    spellings
      .map(searchKey)
      .filter((key) => key !== '')
      .map((spelling): Spelling => {
        const candidates = candidatesOf(index, spelling);
        return { spelling, exact: candidates.exact, candidates };
      }),
  );
  const count = (spellings: readonly Spelling[] | undefined) =>
    (spellings ?? []).reduce((total, { candidates }) => total + candidates.positions.length, 0);
  let driver = 0;
  terms.forEach((spellings, term) => {
    if (count(spellings) < count(terms[driver])) driver = term;
  });
  const marks = termHolders(index, terms[driver] ?? [], include);
  const others = terms.flatMap((spellings, term) =>
    term === driver
      ? []
      : [
          {
            spellings,
            bits: candidateBits(
              marks.length,
              spellings.map(({ candidates }) => candidates),
            ),
          },
        ],
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
