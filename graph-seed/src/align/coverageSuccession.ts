/**
 * Succession-propagated coverage (issue 16): a locality's own history as evidence that a clause still carries a
 * measure. When a locality's newer document leaves a measure uncovered, its older document had a clause headed
 * exactly as the measure is (drafters copy the superior's heading: titleClaims.ts), and a newer clause firmly
 * succeeds that clause, the successor whose sentences say the measure best carries it on (秀洲 2024 draft
 * (九) 促进高等教育高质量发展 → 2025 (三十三) 支持融入长三角一体化发展, 做强北京理工大学长三角研究院(嘉兴)办学能级、中外合作办学).
 * The link is inferred, and says so: method `succession`, its evidence the older heading and the successor's
 * sentence, its score the succession's (the path's weakest link).
 */
import type { Clause, PolicyDocument } from '../model/document';
import type { ClauseLookup } from './clauseLookup';
import type { GraphEdge } from '../model/graph';
import { coverageShare } from './coverage';
import { keptImplementsSteps, unitedSteps, type ImplementsSteps } from './coverageCandidates';
import { inheritedEdge, reproductionProperties } from './coverageSuccessionEdge';
import { forEachMember } from './measureMembers';
import { keptPool } from './measurePool';
import { sentencesOf } from './measureWords';
import { cosineWithPool, matchText, type TermVector } from './ngrams';
import { bodyVector, profileClauses, simplifiedTitle, type ClauseProfile } from './profiles';
import type { CoverageEntry, Measure } from './types';

/** A measure's words are pooled from at most this many of its clauses (the first policies by id): linear. */
const POOL_MEMBERS = 12;

interface Inheritance {
  newer: PolicyDocument;
  older: PolicyDocument;
  /** The firm SUCCEEDS edges from `newer`'s clauses to `older`'s. */
  succeeds: GraphEdge[];
}

interface Context {
  measures: Measure[];
  /** The measures a clause is an implementing member of (none for a clause in none). */
  measuresOf: (clauseId: string) => readonly Measure[];
  clauseById: ClauseLookup;
  idf: Map<string, number>;
}

/** What every inheritance reads, made once: the measures by heading and by superior, the IMPLEMENTS edges. */
interface Indexed extends Context {
  byTitle: Map<string, Measure | null>;
  bySuperior: Map<string, Measure[]>;
  /** Every IMPLEMENTS edge by its source clause, indexed when first asked (only when a measure is inherited). */
  steps: () => ImplementsSteps;
}

const folded = (title: string) => matchText(title);

// Each older clause's folded heading, once: every alignment looks up every older clause of every succession.
const foldedTitles = new WeakMap<Clause, string>();

function foldedTitle(clause: Clause): string {
  let title = foldedTitles.get(clause);
  if (title === undefined) foldedTitles.set(clause, (title = folded(simplifiedTitle(clause))));
  return title;
}

/** Each measure by its folded heading; a heading two measures share names neither. */
function measuresByTitle(measures: Measure[]): Map<string, Measure | null> {
  const byTitle = new Map<string, Measure | null>();
  for (const m of measures) {
    const title = folded(m.title);
    if (title.length > 0) byTitle.set(title, byTitle.has(title) ? null : m);
  }
  return byTitle;
}

// Each measure's first policies by id and their clauses, once: every newer document with a succession asks for the
// measures it lacks.
const firstPolicies = new WeakMap<Measure, FirstPolicies>();

interface FirstPolicies {
  /** The measure's first POOL_MEMBERS + 1 policies by id (code units, as sort()): all a pool may read. */
  policies: string[];
  /** Their clauses in the measure, as `Measure.clauses` lists them. */
  clauses: Map<string, string[]>;
}

/**
 * The measure's first policies and their clauses, read through its members (measureMembers.ts), not through
 * `Measure.clauses`: a record of a thousand policies made for each measure asked, on every import.
 */
function policiesOf(measure: Measure): FirstPolicies {
  let first = firstPolicies.get(measure);
  if (first) return first;
  const policies: string[] = [];
  // Kept in order by insertion rather than by sorting every policy: a province's measure has a thousand.
  forEachMember(measure, (id) => {
    if (policies.length > POOL_MEMBERS && id >= policies[POOL_MEMBERS]!) return;
    if (policies.includes(id)) return; // a policy with several members is listed once
    let at = policies.length;
    while (at > 0 && policies[at - 1]! > id) at -= 1;
    policies.splice(at, 0, id);
    if (policies.length > POOL_MEMBERS + 1) policies.pop();
  });
  const clauses = new Map(policies.map((id) => [id, [] as string[]]));
  forEachMember(measure, (policyId, id) => clauses.get(policyId)?.push(id));
  firstPolicies.set(measure, (first = { policies, clauses }));
  return first;
}

/** The measure's clauses in other localities than `except` (those of its first policies by id). */
function measureClauses(measure: Measure, except: string, { clauseById }: Context): Clause[] {
  const { policies, clauses } = policiesOf(measure);
  return policies
    .filter((policyId) => policyId !== except)
    .slice(0, POOL_MEMBERS)
    .flatMap((policyId) => clauses.get(policyId) ?? [])
    .flatMap((id) => clauseById.get(id) ?? []);
}

// The pool every locality outside a measure's first policies reads, once per measure (and idf).
const sharedPools = new WeakMap<Measure, { idf: Map<string, number>; pool: TermVector }>();

/** The measure's words: its clauses in other localities, pooled. */
function measurePool(measure: Measure, except: string, context: Context): TermVector {
  const own = policiesOf(measure).policies.indexOf(except);
  if (own >= 0 && own < POOL_MEMBERS)
    return keptPool(measureClauses(measure, except, context).map((c) => bodyVector(c, context.idf)));
  const shared = sharedPools.get(measure);
  if (shared?.idf === context.idf) return shared.pool;
  const pool = keptPool(measureClauses(measure, except, context).map((c) => bodyVector(c, context.idf)));
  sharedPools.set(measure, { idf: context.idf, pool });
  return pool;
}

/**
 * The successor's sentence that says both the older clause (what went over) and the measure, and how well: the
 * lesser of its likeness to each. A sentence that names the measure's topic but nothing of the older clause (秀洲
 * 2025 (五)'s 平台+高校+企业) does not carry the older clause's measure on.
 */
function bestSentence(profile: ClauseProfile, older: TermVector, pool: TermVector, idf: Map<string, number>) {
  let best = { raw: '', vector: pool, score: 0 };
  for (const sentence of sentencesOf(profile, idf)) {
    const score = Math.min(cosineWithPool(sentence.vector, older), cosineWithPool(sentence.vector, pool));
    if (score > best.score) best = { raw: sentence.raw, vector: sentence.vector, score };
  }
  return best;
}

/** The measures of one superior document (the top superior clause's), by that document's id. */
function measuresBySuperior(measures: Measure[]): Map<string, Measure[]> {
  const bySuperior = new Map<string, Measure[]>();
  for (const m of measures) {
    const superior = m.id.slice(0, m.id.lastIndexOf('/'));
    const measures = bySuperior.get(superior);
    if (measures) measures.push(m);
    else bySuperior.set(superior, [m]);
  }
  return bySuperior;
}

/** The lowest superior clause of the measure the newer document leaves as a gap (its direct superior's first). */
function gapClause(measure: Measure, gaps: Set<string>): string | undefined {
  return [...measure.superiorClauses].reverse().find((id) => gaps.has(id));
}

// The newer document's profiles by clause id, once per document and idf: every alignment asks again for every newer
// document with a measure to inherit, and only the clauses (their sentences) are read.
const profilesKept = new WeakMap<PolicyDocument, { idf: Map<string, number>; profiles: Map<string, ClauseProfile> }>();

function profilesOf(newer: PolicyDocument, idf: Map<string, number>): Map<string, ClauseProfile> {
  const kept = profilesKept.get(newer);
  if (kept?.idf === idf) return kept.profiles;
  const profiles = new Map((profileClauses([newer], idf)[0] ?? []).map((p) => [p.clause.id, p]));
  profilesKept.set(newer, { idf, profiles });
  return profiles;
}

/** The rules every inheritance of one newer document reads: its clauses, pools and the measures' words. */
function inheritanceRules(newer: PolicyDocument, context: Indexed) {
  const { bySuperior } = context;
  const profiles = profilesOf(newer, context.idf);
  const pools = new Map<Measure, TermVector>();
  const poolOf = (m: Measure) => pools.get(m) ?? pools.set(m, measurePool(m, newer.policy.id, context)).get(m)!;
  // The sentence says the measure more than any other measure of its superior document (its locality's own
  // clauses left out of every pool: a clause's own measure would otherwise always win).
  const saysBest = (vector: TermVector, measure: Measure) => {
    const own = cosineWithPool(vector, poolOf(measure));
    const rivals = bySuperior.get(measure.id.slice(0, measure.id.lastIndexOf('/'))) ?? [];
    return rivals.every((m) => m === measure || cosineWithPool(vector, poolOf(m)) < own);
  };
  return { profiles, poolOf, saysBest };
}

/**
 * The successor of `old` that carries `measure` on: its sentence says `old` and the measure best, uniquely ahead of
 * the other successors, and says this measure more than any other. Undefined when none does.
 */
function carrier(
  old: Clause,
  measure: Measure,
  succeeds: GraphEdge[],
  { profiles, poolOf, saysBest }: ReturnType<typeof inheritanceRules>,
  idf: Map<string, number>,
) {
  const said = bodyVector(old, idf);
  const ranked = succeeds
    .filter((e) => e.to === old.id)
    .flatMap((e) => {
      const profile = profiles.get(e.from);
      return profile ? [{ edge: e, ...bestSentence(profile, said, poolOf(measure), idf) }] : [];
    })
    .sort((x, y) => y.score - x.score);
  const [first, second] = ranked;
  if (!first || first.score <= 0 || (second && second.score === first.score)) return undefined;
  return saysBest(first.vector, measure) ? first : undefined;
}

/**
 * The IMPLEMENTS edges a newer document inherits from its older one for the measures it leaves as gaps: one per
 * measure at most, from the carrier of the older clause headed as the measure, when that clause has no link to the
 * measure yet (a candidate one included).
 */
function inherited({ newer, older, succeeds }: Inheritance, gaps: Set<string>, context: Indexed): GraphEdge[] {
  // The newer document's profiles and the pools are made only for an older clause headed as a measure left out.
  let rules: ReturnType<typeof inheritanceRules> | undefined;
  const edges: GraphEdge[] = [];
  // Two older clauses headed alike (a draft that repeats a heading) name one measure: it is inherited once, through
  // the first, so that the graph never holds two IMPLEMENTS edges between the same clauses.
  const carried = new Set<Measure>();
  // The measures the newer text carries, read through its clauses: not `measure.clauses`, a record of every policy
  // made for each measure asked (measureMembers.ts).
  let carriedByNewer: Set<Measure> | undefined;
  const newerCarries = (measure: Measure) =>
    (carriedByNewer ??= new Set(newer.clauses.flatMap((c) => context.measuresOf(c.id)))).has(measure);
  for (const old of older.clauses) {
    const measure = context.byTitle.get(foldedTitle(old));
    if (measure && carried.has(measure)) continue;
    const target = measure && !newerCarries(measure) ? gapClause(measure, gaps) : undefined;
    const found =
      measure && target
        ? carrier(old, measure, succeeds, (rules ??= inheritanceRules(newer, context)), context.idf)
        : undefined;
    const source = found && context.clauseById.get(found.edge.from);
    if (!measure || !target || !found || !source) continue;
    const links = context.steps().get(source.id) ?? [];
    if (links.some((l) => l.to === target) || edges.some((e) => e.from === source.id && e.to === target)) continue;
    const peers = measureClauses(measure, newer.policy.id, context);
    const reproduction = reproductionProperties(source, target, peers, context);
    const evidence = [simplifiedTitle(old), found.raw];
    edges.push(inheritedEdge(found.edge, target, evidence, reproduction, links.length > 0));
    carried.add(measure);
  }
  return edges;
}

/**
 * Coverage after inherited edges: each locality's gaps that an inherited edge reaches (by IMPLEMENTS*1..2) are
 * covered, and their candidate clauses dropped.
 */
function coverageWith(entries: CoverageEntry[], added: GraphEdge[], steps: ImplementsSteps): CoverageEntry[] {
  const reachedBy = new Map<string, Set<string>>();
  for (const e of added) {
    const policyId = e.from.slice(0, e.from.lastIndexOf('/'));
    const reached = reachedBy.get(policyId) ?? new Set<string>();
    reached.add(e.to);
    for (const next of steps.get(e.to) ?? []) if (!next.candidate) reached.add(next.to);
    reachedBy.set(policyId, reached);
  }
  return entries.map((entry) => {
    const reached = reachedBy.get(entry.policyId);
    if (!reached || !entry.gaps.some((g) => reached.has(g))) return entry;
    const gaps = entry.gaps.filter((g) => !reached.has(g));
    const covered = entry.total - gaps.length;
    const share = coverageShare(covered, entry.total);
    const candidates = entry.candidates.filter((c) => !reached.has(c.measureId));
    return { ...entry, covered, share, gaps, candidates };
  });
}

/**
 * The IMPLEMENTS edges inherited through each succession (newer document, older one, its firm SUCCEEDS edges), and
 * the coverage with them.
 * @param familyEdges each family's aligned edges: every IMPLEMENTS edge of the alignment (an inherited link leads on
 *   to the province by them), each list never changed once made.
 */
export function inheritCoverage(
  inheritances: Inheritance[],
  coverage: CoverageEntry[],
  familyEdges: ReadonlyArray<readonly GraphEdge[]>,
  context: Context,
): { edges: GraphEdge[]; coverage: CoverageEntry[] } {
  let steps: ImplementsSteps | undefined;
  const indexed: Indexed = {
    ...context,
    byTitle: measuresByTitle(context.measures),
    bySuperior: measuresBySuperior(context.measures),
    steps: () => (steps ??= unitedSteps(familyEdges.map(keptImplementsSteps))),
  };
  const gapsOf = new Map<string, Set<string>>();
  for (const c of coverage)
    for (const gap of c.gaps) gapsOf.set(c.policyId, (gapsOf.get(c.policyId) ?? new Set()).add(gap));
  const added: GraphEdge[] = [];
  const ends = new Set<string>();
  for (const inheritance of inheritances) {
    const gaps = gapsOf.get(inheritance.newer.policy.id);
    // A document that succeeds two older ones may inherit a measure through each: the first inheritance keeps it.
    for (const edge of gaps ? inherited(inheritance, gaps, indexed) : []) {
      const end = `${edge.from}->${edge.to}`;
      if (ends.has(end)) continue;
      ends.add(end);
      added.push(edge);
    }
  }
  return added.length === 0
    ? { edges: [], coverage }
    : { edges: added, coverage: coverageWith(coverage, added, indexed.steps()) };
}
