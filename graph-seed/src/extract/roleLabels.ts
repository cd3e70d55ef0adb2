/**
 * The hand-labelled quantity-role set (test/fixtures/quantity-roles.json, see QUANTITY-ROLES.md) and how the
 * extraction scores against it, shared by the test and bench/quantityRoles.ts. Pure: callers read the file.
 */
import type { PolicyDocument, Quantity, QuantityRole } from '../model/document';

/** One labelled quantity: where it is, its matched text, and what a person reading the source says it does. */
export interface RoleLabel {
  /** Clause or section id, or a policy id for the closing paragraph's total budget. */
  owner: string;
  /** The quantity's matched text in the original script (最高可給予50萬元). */
  text: string;
  /** 1-based occurrence among the owner's quantities with this text (default 1). */
  nth?: number;
  role: QuantityRole;
  approximate: boolean;
  from: number | null;
  /** Expected unit as written, when the label checks it (元/亩, 万名). */
  unit?: string;
  /** The source around the figure, for the reviewer. */
  context?: string;
  /** The issue case this label stands for, when it is one. */
  issue?: string;
}

export interface RoleResult {
  label: RoleLabel;
  /** The extracted quantity, or null when the extraction no longer finds it. */
  found: Quantity | null;
  roleCorrect: boolean;
  approximateCorrect: boolean;
  fromCorrect: boolean;
  unitCorrect: boolean;
}

const ROLES: ReadonlySet<string> = new Set(['CAP', 'FIXED', 'RATE', 'THRESHOLD', 'GOAL', 'BUDGET', 'PROJECT_SIZE']);

/** Checks the parsed JSON of a label file; errors name the file and the field at fault. */
export function checkRoleLabels(data: unknown, file: string): RoleLabel[] {
  const list = (data as { quantities?: unknown } | null)?.quantities;
  if (!Array.isArray(list)) throw new Error(`${file}: quantities: expected an array`);
  return list.map((entry: Partial<RoleLabel>, i): RoleLabel => {
    const where = `${file}: quantities[${i}]`;
    if (typeof entry.owner !== 'string' || typeof entry.text !== 'string') throw new Error(`${where}: owner and text`);
    if (typeof entry.role !== 'string' || !ROLES.has(entry.role)) throw new Error(`${where}: role ${entry.role}`);
    if (typeof entry.approximate !== 'boolean') throw new Error(`${where}: approximate: expected a boolean`);
    if (entry.from !== null && typeof entry.from !== 'number') throw new Error(`${where}: from: number or null`);
    return entry as RoleLabel;
  });
}

/** Every extracted quantity by owner id: sections, clauses, and each policy's total budget. */
export function quantitiesByOwner(documents: PolicyDocument[]): Map<string, Quantity[]> {
  const owners = new Map<string, Quantity[]>();
  for (const document of documents) {
    if (document.policy.totalBudget) owners.set(document.policy.id, [document.policy.totalBudget]);
    for (const section of document.sections) owners.set(section.id, section.quantities);
    for (const clause of document.clauses) {
      owners.set(
        clause.id,
        [...clause.amounts, ...clause.targets].sort((a, b) => a.offset - b.offset),
      );
    }
  }
  return owners;
}

/** Each label with the quantity it names (by owner, text and occurrence) and whether its reading agrees. */
export function scoreRoles(documents: PolicyDocument[], labels: RoleLabel[]): RoleResult[] {
  const owners = quantitiesByOwner(documents);
  return labels.map((label) => {
    // A range (10-20万元) gives two quantities with one text and offset: occurrences count places, not values.
    const places = new Map<number, Quantity>();
    for (const q of owners.get(label.owner) ?? [])
      if (q.text === label.text && !places.has(q.offset)) places.set(q.offset, q);
    return judge(label, [...places.values()][(label.nth ?? 1) - 1] ?? null);
  });
}

function judge(label: RoleLabel, found: Quantity | null): RoleResult {
  return {
    label,
    found,
    roleCorrect: found?.role === label.role,
    approximateCorrect: found?.approximate === label.approximate,
    fromCorrect: found !== null && found.from === label.from,
    unitCorrect: found !== null && (label.unit === undefined || found.unit === label.unit),
  };
}

/** A sentence written for the held-out set with the quantities a reader labels in it. */
export interface HeldOutSentence {
  text: string;
  quantities: Array<{ text: string; role: QuantityRole; approximate?: boolean; from?: number | null }>;
}

/** Checks the parsed JSON of the held-out file (quantity-roles-heldout.json). */
export function checkHeldOut(data: unknown, file: string): HeldOutSentence[] {
  const list = (data as { sentences?: unknown } | null)?.sentences;
  if (!Array.isArray(list)) throw new Error(`${file}: sentences: expected an array`);
  list.forEach((entry: Partial<HeldOutSentence>, i) => {
    if (typeof entry.text !== 'string' || !Array.isArray(entry.quantities)) {
      throw new Error(`${file}: sentences[${i}]: expected { text, quantities }`);
    }
    entry.quantities.forEach((q, k) => {
      if (!ROLES.has(q.role)) throw new Error(`${file}: sentences[${i}].quantities[${k}]: role ${q.role}`);
    });
  });
  return list as HeldOutSentence[];
}

/** Scores `extract` on the held-out sentences: each labelled quantity found by its text in its sentence. */
export function scoreHeldOut(sentences: HeldOutSentence[], extract: (text: string) => Quantity[]): RoleResult[] {
  return sentences.flatMap((sentence) => {
    const found = extract(sentence.text);
    return sentence.quantities.map((q) => {
      const label = {
        owner: sentence.text,
        text: q.text,
        role: q.role,
        approximate: q.approximate ?? false,
        from: q.from ?? null,
      };
      return judge(label, found.find((candidate) => candidate.text === q.text) ?? null);
    });
  });
}

/** Share of results for which `pick` holds (0 for none). */
export function share(results: RoleResult[], pick: (result: RoleResult) => boolean): number {
  return results.length === 0 ? 0 : results.filter(pick).length / results.length;
}
