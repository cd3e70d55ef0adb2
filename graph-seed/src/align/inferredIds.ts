/**
 * Stable ids of inferred clauses and sections (issue 10, item 5): a measure keeps its id however many documents are
 * added, removed or re-imported, so a link to `330000-2025/c1` keeps showing 推动高能级科创平台提质增效.
 *
 * An inferred clause is known by the implementing clauses it was inferred from, an inferred section by its inferred
 * clauses. A rebuild is given the previous assignment (kept by the alignment in memory; the server keeps it whole,
 * `highest` included, in its data directory, so a new store or a full rebuild starts from it too) and each new
 * clause takes the id of the previous one it shares most members with, one to one; the others take the numbers
 * after the highest ever given under the same prefix — kept in `highest`, so an id whose measure disappeared is never
 * given to another one, across restarts too. Without a previous assignment, ids follow the skeleton's order (c1, c2,
 * …), as they always did. The assignment is plain data (maps of id lists): it crosses a worker's postMessage and is
 * written as JSON.
 */

/** The ids of inferred clauses and sections, and what each stands for. */
export interface InferredIds {
  /** Inferred clause id → ids of the implementing clauses it was inferred from. */
  clauses: ReadonlyMap<string, readonly string[]>;
  /** Inferred section id → ids of its inferred clauses. */
  sections: ReadonlyMap<string, readonly string[]>;
  /**
   * The highest number ever given under each prefix (`{stubId}/c`, `{stubId}/s`), ids that no longer exist
   * included: new ids are numbered above it. Absent: the highest of `clauses` and `sections`.
   */
  highest?: ReadonlyMap<string, number> | undefined;
  /**
   * The reference documents' policy ids (reference.ts), kept like the ids: the next import or rebuild measures
   * against the same documents while they are there. Absent: chosen afresh.
   */
  reference?: readonly string[] | undefined;
  /** By family root id, the policy ids of the implementers in the family's core (reference.ts), kept the same way. */
  cores?: ReadonlyMap<string, readonly string[]> | undefined;
}

export const NO_INFERRED_IDS: InferredIds = { clauses: new Map(), sections: new Map() };

/** An assignment being gathered (per family, then for the corpus). */
export interface InferredIdsBuilder {
  clauses: Map<string, readonly string[]>;
  sections: Map<string, readonly string[]>;
  highest: Map<string, number>;
  /** Set once for the corpus (alignCorpus), as are the cores. */
  reference: readonly string[];
  cores: Map<string, readonly string[]>;
}

export function inferredIdsBuilder(highest: ReadonlyMap<string, number> = new Map()): InferredIdsBuilder {
  return { clauses: new Map(), sections: new Map(), highest: new Map(highest), reference: [], cores: new Map() };
}

/** Adds `ids` to `target`; the highest numbers are the larger of both. */
export function mergeInferredIds(target: InferredIdsBuilder, ids: InferredIds): void {
  for (const [id, members] of ids.clauses) target.clauses.set(id, members);
  for (const [id, members] of ids.sections) target.sections.set(id, members);
  for (const [prefix, n] of ids.highest ?? []) target.highest.set(prefix, Math.max(n, target.highest.get(prefix) ?? 0));
}

/** The number of an id `{prefix}{n}`, or null for an id of another shape or prefix. */
function numberOf(id: string, prefix: string): number | null {
  if (!id.startsWith(prefix)) return null;
  const rest = id.slice(prefix.length);
  return /^[1-9]\d*$/.test(rest) ? Number(rest) : null;
}

/**
 * Ids `{prefix}{n}` for `groups` (each a list of member ids, in the skeleton's order): a group takes the id of the
 * previous group it shares most members with (largest overlaps first, then the older id), one to one; the others
 * take fresh numbers above every previous one and above `given` (the highest ever given), in order. Returns the ids
 * and the highest number given so far.
 */
export function stableIds(
  prefix: string,
  groups: readonly string[][],
  previous: ReadonlyMap<string, readonly string[]>,
  given = 0,
): { ids: string[]; highest: number } {
  // Appended in place, and each id's number read once: a province's measure stands for a thousand clauses, and
  // every import asks again for each stub of the family it realigns.
  const owners = new Map<string, string[]>();
  const numbers = new Map<string, number>();
  let highest = given;
  for (const [id, members] of previous) {
    const n = numberOf(id, prefix);
    if (n === null) continue;
    numbers.set(id, n);
    highest = Math.max(highest, n);
    for (const member of members) {
      const ids = owners.get(member);
      if (ids) ids.push(id);
      else owners.set(member, [id]);
    }
  }
  const candidates: Array<{ group: number; id: string; overlap: number; n: number }> = [];
  groups.forEach((members, group) => {
    const overlap = new Map<string, number>();
    for (const member of members)
      for (const id of owners.get(member) ?? []) overlap.set(id, (overlap.get(id) ?? 0) + 1);
    for (const [id, count] of overlap) candidates.push({ group, id, overlap: count, n: numbers.get(id)! });
  });
  candidates.sort((a, b) => b.overlap - a.overlap || a.n - b.n || a.group - b.group);
  const assigned: Array<string | undefined> = groups.map(() => undefined);
  const taken = new Set<string>();
  for (const { group, id } of candidates) {
    if (assigned[group] !== undefined || taken.has(id)) continue;
    assigned[group] = id;
    taken.add(id);
  }
  const ids = assigned.map((id) => id ?? `${prefix}${++highest}`);
  return { ids, highest };
}
