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
// and building a string per position to look its id up was most of their cost. An open-addressing table in typed
// arrays (first code point + 1 as the mark of a used slot): a Map keyed by a number past the small integers hashed
// and boxed a double for every bigram of every text, 4 of the 90 s of CPU of a 1,000-document build.
let firsts = new Int32Array(1 << 16);
let seconds = new Int32Array(1 << 16);
let pairIds = new Int32Array(1 << 16);
let pairCount = 0;

function pairSlot(first: number, second: number, mask: number): number {
  return ((Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 0x7f4a7c15, 0x85ebca6b)) >>> 7) & mask;
}

/** gramId of the bigram of two code points, without building its string once it has an id. */
export function pairId(first: number, second: number): number {
  const mask = firsts.length - 1;
  let slot = pairSlot(first, second, mask);
  for (let mark = firsts[slot]!; mark !== 0; mark = firsts[slot]!) {
    if (mark === first + 1 && seconds[slot] === second) return pairIds[slot]!;
    slot = (slot + 1) & mask;
  }
  const id = gramId(String.fromCodePoint(first) + String.fromCodePoint(second));
  firsts[slot] = first + 1;
  seconds[slot] = second;
  pairIds[slot] = id;
  if (++pairCount * 2 > firsts.length) growPairs();
  return id;
}

/** The pair table at twice its size, every pair placed again (kept at most half full). */
function growPairs(): void {
  const [oldFirsts, oldSeconds, oldIds] = [firsts, seconds, pairIds];
  firsts = new Int32Array(oldFirsts.length * 2);
  seconds = new Int32Array(oldFirsts.length * 2);
  pairIds = new Int32Array(oldFirsts.length * 2);
  const mask = firsts.length - 1;
  for (let k = 0; k < oldFirsts.length; k++) {
    if (oldFirsts[k] === 0) continue;
    let slot = pairSlot(oldFirsts[k]! - 1, oldSeconds[k]!, mask);
    while (firsts[slot] !== 0) slot = (slot + 1) & mask;
    firsts[slot] = oldFirsts[k]!;
    seconds[slot] = oldSeconds[k]!;
    pairIds[slot] = oldIds[k]!;
  }
}

/** The bigram of an id. */
export function gramText(id: number): string {
  return texts[id] ?? '';
}

/** How many ids have been assigned (every id is below this). */
export function gramCount(): number {
  return texts.length;
}
