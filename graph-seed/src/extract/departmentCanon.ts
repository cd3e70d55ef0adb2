import aliasTable from '../../data/department-aliases.json';
import { localityPrefixes } from './regions';
import { matchText } from './normalize';

/** Canonical identity of a department within its region (DESIGN.md §3: Department id `{regionCode}/{canonicalName}`). */
export interface CanonicalDepartment {
  canonicalName: string;
  functions: string[];
}

type AliasSpec = string | string[];

// Alias (stripped, Simplified) → canonical identity, and canonical name → every name of its entry. Built once from
// the data table so the table stays editable without code changes.
const aliasIndex = new Map<string, CanonicalDepartment>();
const namesOfEntry = new Map<string, string[]>();
for (const entry of aliasTable.departments) {
  const own = { canonicalName: entry.canonicalName, functions: entry.functions };
  aliasIndex.set(entry.canonicalName, own);
  const names = [entry.canonicalName];
  for (const alias of entry.aliases as AliasSpec[]) {
    if (typeof alias === 'string') aliasIndex.set(alias, own);
    else {
      const [name, ...functions] = alias;
      if (name) aliasIndex.set(name, { canonicalName: entry.canonicalName, functions });
    }
    const name = typeof alias === 'string' ? alias : alias[0];
    if (name) names.push(name);
  }
  namesOfEntry.set(entry.canonicalName, names);
}

const openers = '(（〔[<《';

/** Split 区财政局(区国资办) into the outer name and the names given in brackets. */
function splitNested(name: string): { outer: string; inner: string[] } {
  const at = [...name].findIndex((ch) => openers.includes(ch));
  if (at <= 0) return { outer: name, inner: [] };
  const inner = name
    .slice(at)
    .split(/[()（）〔〕[\]<>《》、]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return { outer: name.slice(0, at), inner };
}

function stripLocality(name: string, regionCode: string): string {
  let stripped = name;
  for (let changed = true; changed;) {
    changed = false;
    for (const prefix of localityPrefixes(regionCode)) {
      if (stripped.startsWith(prefix) && stripped.length > prefix.length + 1) {
        stripped = stripped.slice(prefix.length);
        changed = true;
      }
    }
  }
  return stripped;
}

/**
 * Candidate core names, most literal first: 区委组织部 → 区委组织部, 委组织部, 组织部. A leading 市 is kept when it
 * begins 市场 (市场监管局 has no locality prefix).
 */
function candidates(name: string): string[] {
  const list = [name];
  const level = /^[省市区县](?!场)/;
  if (level.test(name) && name.length > 2) list.push(name.slice(1));
  const party = /^[省市区县]?委(?!员会)/;
  if (party.test(name) && name.length > 3) list.push(name.replace(party, ''));
  return list;
}

function resolveOne(name: string, regionCode: string): CanonicalDepartment {
  const core = stripLocality(name, regionCode);
  const options = candidates(core);
  for (const option of options) {
    const hit = aliasIndex.get(option);
    if (hit) return { canonicalName: hit.canonicalName, functions: [...hit.functions] };
  }
  // Unknown department: keep its name without the locality so the same unit in two clauses still meets.
  return { canonicalName: options[1] ?? core, functions: [] };
}

/**
 * Canonical name and function keys of a department as written in a document of region `regionCode`:
 * 區人社局 / 区人力社保局 / 人力资源和社会保障局 → 人力社保局 [human-resources]; 区经商局 → [economy, commerce].
 * A nested name (区财政局(区国资办)) is one department named by its outer part, covering the functions of both.
 */
export function canonicalizeDepartment(name: string, regionCode: string): CanonicalDepartment {
  const normalized = matchText(name).replace(/\s+/g, '');
  const { outer, inner } = splitNested(normalized);
  const main = resolveOne(outer, regionCode);
  const functions = new Set(main.functions);
  for (const part of inner) for (const fn of resolveOne(part, regionCode).functions) functions.add(fn);
  return { canonicalName: main.canonicalName, functions: [...functions] };
}

/**
 * Every name the alias table knows for the department a name denotes (any script, with or without a locality or
 * level prefix): 发展和改革局 → [发改局, 发改委, 发展改革委, …, 发展和改革局]; [] for a name the table does not know.
 * Search uses it so a full name finds the short one and the reverse.
 */
export function departmentNames(name: string, regionCode = '330000'): string[] {
  const core = stripLocality(matchText(name).replace(/\s+/g, ''), regionCode);
  for (const option of candidates(core)) {
    const hit = aliasIndex.get(option);
    if (hit) return [...(namesOfEntry.get(hit.canonicalName) ?? [hit.canonicalName])];
  }
  return [];
}

/**
 * Canonical names of the departments a nested name gives in brackets: 区委组织部（区委人才办） → [人才办]. The
 * department is one unit known by both names, so a list of a region's departments merges 人才办 into it.
 */
export function nestedDepartmentNames(name: string, regionCode: string): string[] {
  const { inner } = splitNested(matchText(name).replace(/\s+/g, ''));
  return inner.map((part) => resolveOne(part, regionCode).canonicalName);
}

/**
 * Function keys of the alias table with the canonical name of the department that owns each (development-reform →
 * 发改局, commerce → 商务局: a department of that function alone when there is one), in table order of the owners;
 * keys only an alias covers (sports) are named by that alias (教体局).
 */
export function departmentFunctions(): { key: string; name: string }[] {
  const named = new Map<string, string>();
  // A department of that one function first (商务局 for commerce, not 经商局, which also covers economy).
  for (const entry of aliasTable.departments) {
    const [only] = entry.functions;
    if (entry.functions.length === 1 && only !== undefined && !named.has(only)) named.set(only, entry.canonicalName);
  }
  for (const entry of aliasTable.departments) {
    for (const key of entry.functions) if (!named.has(key)) named.set(key, entry.canonicalName);
  }
  for (const entry of aliasTable.departments) {
    for (const alias of entry.aliases as AliasSpec[]) {
      if (typeof alias === 'string') continue;
      const [name, ...functions] = alias;
      for (const key of functions) if (name && !named.has(key)) named.set(key, name);
    }
  }
  return [...named].map(([key, name]) => ({ key, name }));
}
