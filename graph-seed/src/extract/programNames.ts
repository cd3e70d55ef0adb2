/**
 * The known program names (graph-seed/data/known-programs.json): the name each program is shown under, the other
 * spellings merged into it, the forms recognised without quotes and the parts of joint quote groups.
 */
import table from '../../data/known-programs.json';
import type { ProgramRef } from '../model/document';

export type ProgramKind = ProgramRef['kind'];

/** A program as the data file names it. */
export interface KnownProgram {
  name: string;
  key: string;
  kind: ProgramKind;
}

interface Entry {
  name: string;
  kind: string;
  aliases?: string[];
  unquoted?: string[];
  parts?: string[];
}

const KINDS: readonly ProgramKind[] = ['工程', '行动', '计划', '项目', '体系', '机制', '政策', '其他'];

/** Stable key of a program name: Simplified, quotes and spaces removed (“尖兵”“领雁”科技计划 → 尖兵领雁科技计划). */
export function programKey(name: string): string {
  return name.replace(/[“”"'‘’\s]/g, '');
}

function known(entry: Entry): KnownProgram {
  const kind = KINDS.find((k) => k === entry.kind);
  if (!kind) throw new Error(`known-programs.json: ${entry.name}: kind ${entry.kind} is not one of ${KINDS.join(' ')}`);
  return { name: entry.name, key: programKey(entry.name), kind };
}

const entries = (table as { programs: Entry[] }).programs;
const byKey = new Map<string, KnownProgram>();
/** Unquoted forms, longest first so 千项万亿工程 wins over a shorter form inside it. */
const unquoted: Array<{ form: string; program: KnownProgram }> = [];
const parts = new Map<string, KnownProgram>();
for (const entry of entries) {
  const program = known(entry);
  for (const name of [entry.name, ...(entry.aliases ?? [])]) byKey.set(programKey(name), program);
  for (const form of entry.unquoted ?? []) unquoted.push({ form, program });
  for (const part of entry.parts ?? []) parts.set(part, program);
}
unquoted.sort((a, b) => b.form.length - a.form.length);

/** The known program a key (of a name or an alias) belongs to. */
export function knownProgram(key: string): KnownProgram | undefined {
  return byKey.get(key);
}

/** The known program one quote of a joint group names (“雄鹰”“凤凰”行动: 雄鹰 → “雄鹰行动”), if any. */
export function programOfPart(part: string): KnownProgram | undefined {
  return parts.get(part);
}

/** Forms found without quotes (尖兵领雁), longest first. */
export function unquotedForms(): ReadonlyArray<{ form: string; program: KnownProgram }> {
  return unquoted;
}
