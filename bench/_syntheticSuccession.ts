/**
 * Succession on a synthetic corpus (issue 16), where the truth is known: a synthetic text copies a corpus text line
 * by line (SyntheticText.baseLines), so a SUCCEEDS edge between a copy of 秀洲 2025 and a copy of 秀洲's 2024 draft
 * of one locality is right when the corpus clauses it copies are a labelled succession
 * (test/fixtures/alignment-labels.json). Edges between copies of other texts (海宁 2025 over 秀洲's draft) have no
 * known truth and are only counted. Helper of bench/alignment.ts: a check that a succession signal is not fitted
 * to the five texts' wording (the copies are renamed, reordered and their amounts changed).
 */
import {
  alignCorpus,
  createPolicyIdIndex,
  distinctPolicyIds,
  loadCorpus,
  parsePolicyText,
  successions,
  SUCCESSION_METHOD,
  syntheticCorpus,
} from '@policy-cascade/graph-seed';
import type { AlignmentLabels, AlignmentResult, PolicyDocument, SyntheticText } from '@policy-cascade/graph-seed';

const NEWER_BASE = '330411-xiuzhou-2025.txt';
const OLDER_BASE = '330411-xiuzhou-2024-draft.txt';

export interface SyntheticSuccession {
  precision: number;
  recall: number;
  /** Locality pairs (copy of 秀洲 2025, copy of its draft) the benchmark scores. */
  pairs: number;
  /** Firm SUCCEEDS edges between copies of other texts: no truth, only counted. */
  unscored: number;
  /**
   * IMPLEMENTS edges inherited through a succession (coverageSuccession.ts), right when the corpus clause the newer
   * clause copies is labelled with the measure the edge reaches (the labelled measure most of its members copy).
   */
  inherited: { right: number; wrong: number; errors: string[] };
}

const fileOf = (path: string) => path.split('/').pop() ?? path;
const documentOf = (clauseId: string) => clauseId.slice(0, clauseId.lastIndexOf('/'));

/** The corpus clause each synthetic clause copies, and the corpus file each synthetic document copies. */
function origins(texts: SyntheticText[], docs: PolicyDocument[]) {
  const corpusClause = new Map<string, string>();
  for (const base of loadCorpus().documents)
    for (const clause of base.clauses)
      corpusClause.set(`${fileOf(base.policy.sourceFile)}:${clause.sourceLine}`, clause.id);
  const byName = new Map(texts.map((t) => [t.name, t]));
  const clauseOrigin = new Map<string, string>();
  const documentBase = new Map<string, string>();
  for (const doc of docs) {
    const text = byName.get(fileOf(doc.policy.sourceFile));
    if (!text) continue;
    documentBase.set(doc.policy.id, text.base);
    for (const clause of doc.clauses) {
      const origin = corpusClause.get(`${text.base}:${text.baseLines[clause.sourceLine - 1]}`);
      if (origin) clauseOrigin.set(clause.id, origin);
    }
  }
  return { clauseOrigin, documentBase };
}

/** Precision and recall of the firm SUCCEEDS edges of `n` synthetic documents (seed 1) against the labels. */
export function syntheticSuccession(n: number, labels: AlignmentLabels): SyntheticSuccession {
  const texts = syntheticCorpus(n, 1);
  const parsed = texts.map((t) => parsePolicyText(t.text, t.name).document);
  const docs = distinctPolicyIds(parsed.filter((d): d is PolicyDocument => d !== null));
  const { clauseOrigin, documentBase } = origins(texts, docs);
  const gold = new Set(labels.successions.map(([newer, older]) => `${newer}|${older}`));
  const scored = (from: string, to: string) =>
    documentBase.get(documentOf(from)) === NEWER_BASE && documentBase.get(documentOf(to)) === OLDER_BASE;
  // The locality pairs succession compares (each document and the latest earlier one of its region) that are copies.
  const pairs = successions(docs).filter(
    ([newer, older]) =>
      documentBase.get(newer.policy.id) === NEWER_BASE && documentBase.get(older.policy.id) === OLDER_BASE,
  ).length;
  let [right, wrong, unscored] = [0, 0, 0];
  const result = alignCorpus(docs, createPolicyIdIndex(docs));
  for (const e of result.edges) {
    if (e.type !== 'SUCCEEDS' || e.properties.candidate === true) continue;
    if (!scored(e.from, e.to)) {
      unscored++;
      continue;
    }
    if (gold.has(`${clauseOrigin.get(e.from)}|${clauseOrigin.get(e.to)}`)) right++;
    else wrong++;
  }
  const found = right + wrong;
  return {
    precision: found === 0 ? 0 : right / found,
    recall: pairs === 0 ? 0 : right / (pairs * gold.size),
    pairs,
    unscored,
    inherited: inheritedScore(result, clauseOrigin, labels),
  };
}

/** The labelled measure key a synthetic measure stands for: the one most of its members' corpus clauses are in. */
function labelledKey(members: string[], labels: AlignmentLabels): string | undefined {
  let best: { key: string; overlap: number } | undefined;
  for (const m of labels.measures) {
    const labelled = new Set(Object.values(m.clauses).flat());
    const overlap = members.filter((id) => labelled.has(id)).length;
    if (overlap > 0 && (!best || overlap > best.overlap)) best = { key: m.key, overlap };
  }
  return best?.key;
}

function inheritedScore(result: AlignmentResult, clauseOrigin: Map<string, string>, labels: AlignmentLabels) {
  const score = { right: 0, wrong: 0, errors: [] as string[] };
  for (const e of result.edges) {
    if (e.type !== 'IMPLEMENTS' || e.properties.method !== SUCCESSION_METHOD) continue;
    const measure = result.measures.find((m) => m.superiorClauses.includes(e.to));
    const members = Object.values(measure?.clauses ?? {}).flat();
    const key = labelledKey(
      members.flatMap((id) => clauseOrigin.get(id) ?? []),
      labels,
    );
    const labelled = labels.measures.find((m) => m.key === key);
    const origin = clauseOrigin.get(e.from);
    const carried = !!origin && !!labelled && Object.values(labelled.clauses).flat().includes(origin);
    score[carried ? 'right' : 'wrong']++;
    if (!carried) score.errors.push(`${e.from} (${origin ?? 'no corpus clause'}) → ${key ?? 'no labelled measure'}`);
  }
  return score;
}
