/**
 * `CASCADE_DATA_DIR/inferred-ids.json` (issues 10 and 16): the assignment of inferred ids itself — each inferred
 * clause's id with the implementing clauses it stands for, each inferred section's with its clauses — and the highest
 * number ever given under each prefix; with them the documents the alignment measured against (the reference
 * documents and each family's core: graph-seed's reference.ts), kept for the same reason. It is the one record of
 * which measure has which id: a start or an import continues from it, so a store that is emptied or replaced (the
 * data directory kept) and a full rebuild give every measure the id it had, and reviews of inferred clauses (keyed by
 * those ids) keep applying. It is kept apart from
 * the graph fingerprint, which a full rebuild removes.
 *
 * A file written before the assignment was kept holds only `highest`: the ids are then read from the store once
 * (load/storedIds.ts) and the file is completed at the next write.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { InferredIds } from '@policy-cascade/graph-seed';

export const INFERRED_IDS_FILE = 'inferred-ids.json';

/** What the file holds: the assignment (null when it holds only the highest numbers, or there is no file). */
export interface KeptInferredIds {
  assignment: InferredIds | null;
  highest: ReadonlyMap<string, number>;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function membersOf(value: unknown): Map<string, readonly string[]> | null {
  if (!isObject(value)) return null;
  const entries = Object.entries(value).filter(
    (e): e is [string, string[]] => Array.isArray(e[1]) && e[1].every((m) => typeof m === 'string'),
  );
  return new Map(entries);
}

function highestOf(value: unknown): Map<string, number> {
  if (!isObject(value)) return new Map();
  return new Map(Object.entries(value).filter((e): e is [string, number] => Number.isInteger(e[1])));
}

/** The kept assignment of a data directory; nothing kept when there is no file or it cannot be read as JSON. */
export async function readInferredIds(dataDir: string): Promise<KeptInferredIds> {
  let stored: unknown;
  try {
    stored = JSON.parse(await readFile(join(dataDir, INFERRED_IDS_FILE), 'utf8'));
  } catch {
    return { assignment: null, highest: new Map() };
  }
  const json = isObject(stored) ? stored : {};
  const highest = highestOf(json.highest);
  const [clauses, sections] = [membersOf(json.clauses), membersOf(json.sections)];
  // The reference documents and the families' cores (graph-seed's reference.ts): absent from a file written before
  // they were kept, and then chosen afresh.
  const reference = Array.isArray(json.reference) ? json.reference.filter((id) => typeof id === 'string') : undefined;
  const cores = membersOf(json.cores) ?? undefined;
  const assignment = clauses && sections ? { clauses, sections, highest, reference, cores } : null;
  return { assignment, highest };
}

/** The larger number per prefix of two sets of highest inferred numbers. */
export function maxima(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map(a);
  for (const [prefix, n] of b) out.set(prefix, Math.max(n, out.get(prefix) ?? 0));
  return out;
}

/**
 * Writes `inferred` (its highest numbers at least `given`) beside the file, then renames it into place; an unknown
 * assignment is left unknown (only the numbers are written). Returns what was written.
 */
export async function writeInferredIds(
  dataDir: string,
  inferred: KeptInferredIds,
  given: ReadonlyMap<string, number>,
): Promise<KeptInferredIds> {
  const highest = maxima(maxima(given, inferred.highest), inferred.assignment?.highest ?? new Map());
  const assignment = inferred.assignment && { ...inferred.assignment, highest };
  const file = join(dataDir, INFERRED_IDS_FILE);
  const json = {
    ...(assignment && {
      clauses: Object.fromEntries(assignment.clauses),
      sections: Object.fromEntries(assignment.sections),
      reference: assignment.reference,
      cores: assignment.cores && Object.fromEntries(assignment.cores),
    }),
    highest: Object.fromEntries(highest),
    writtenAt: new Date().toISOString(),
  };
  await writeFile(`${file}.staged`, JSON.stringify(json), 'utf8');
  await rename(`${file}.staged`, file);
  return { assignment, highest };
}
