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

/** The bigram of an id. */
export function gramText(id: number): string {
  return texts[id] ?? '';
}

/** How many ids have been assigned (every id is below this). */
export function gramCount(): number {
  return texts.length;
}
