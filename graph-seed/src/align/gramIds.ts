/**
 * Bigrams interned as small integers, so term vectors are typed arrays and a dense row indexed by id can stand in
 * for a hash lookup. One table for the process: the bigrams of policy texts are a bounded vocabulary (tens of
 * thousands), and sharing ids lets vectors built against different idf tables be compared.
 */
const ids = new Map<string, number>();
const texts: string[] = [];

/** The id of a bigram, assigned on first sight. */
export function gramId(gram: string): number {
  let id = ids.get(gram);
  if (id === undefined) {
    id = texts.length;
    ids.set(gram, id);
    texts.push(gram);
  }
  return id;
}

// Ids by the two code points of a bigram: term vectors are built for every clause under each family's idf table,
// and building a string per position to look its id up was most of their cost.
const pairs = new Map<number, number>();

/** gramId of the bigram of two code points, without building its string once it has an id. */
export function pairId(first: number, second: number): number {
  const key = first * 0x110000 + second;
  let id = pairs.get(key);
  if (id === undefined) {
    id = gramId(String.fromCodePoint(first) + String.fromCodePoint(second));
    pairs.set(key, id);
  }
  return id;
}

/** The bigram of an id. */
export function gramText(id: number): string {
  return texts[id] ?? '';
}

/** How many ids have been assigned (every id is below this). */
export function gramCount(): number {
  return texts.length;
}
