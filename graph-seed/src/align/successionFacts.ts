/**
 * Structured facts as a second signal of succession (issue 16), for pairs whose wording is only loosely alike: what a
 * target figure counts (its `metric`: 重点展会, 国家级体育赛事, 引导民间投资项目占出让工业用地比重) is the object of a
 * policy, and a drafter who rewrites a clause keeps its object even when the sentence and the target change (2024
 * 支持重点展会70个以上 → 2025 积极争取…国内重点展会稀缺展位资源). Measured against the labels over all 467
 * candidate pairs of 秀洲 2025 → 2024 draft (succession.ts's floor; 58 labelled, 409 not) before being used
 * (successionSignals.ts; bench/alignment.ts prints `alignment.succession.fact.*`):
 * - the object of a target figure (4 characters of its metric or more) named in the other text: 25 labelled, 20 not
 *   (not usable alone); on the newer clause's best counterpart by the texts: 17 labelled, 0 not;
 * - a target figure carried over, its value and unit as written, with its object named: 6 labelled, 0 not.
 * Two of each were missed by the wording (2025 c17, c30; c36 ← draft c4, c5). Money amounts are left out: rewards in
 * 万元 follow one formula for many objects (对经认定的国家级、省级…分别给予), so a shared tier says nothing of the
 * policy. The other facts separate nothing among the pairs the wording misses: the same lead department 36 labelled,
 * 114 not; departments in common weighted by rarity no better (the eight missed pairs share the least); a program
 * in common 1 and 2; the same value and unit 9 and 60; a related metric in a comparable role 14 and 9, every one of
 * the 14 already found by the wording; a cited document in common, none.
 */
import type { Clause } from '../model/document';
import { matchText } from './ngrams';
import { MIN_PASSAGE } from './passages';
import type { ClauseProfile } from './profiles';

/** The longest run of `metric` found in `text` (both matchable text), whatever its length. */
function longestRunIn(metric: string, text: string): number {
  let longest = 0;
  for (let start = 0; start + longest < metric.length; start++) {
    let end = start + longest + 1;
    while (end <= metric.length && text.includes(metric.slice(start, end))) end++;
    longest = Math.max(longest, end - 1 - start);
  }
  return longest;
}

/** A target as compared here: its object in matchable text and its figure as written (不低于70% → 70%). */
interface TargetFact {
  object: string;
  figure: string | null;
}

/** A clause's targets and its text in half-width form, kept per clause: every candidate pair asks for them. */
interface ClauseFacts {
  targets: TargetFact[];
  written: string;
}

const factsByClause = new WeakMap<Clause, ClauseFacts>();

function factsOf(clause: Clause): ClauseFacts {
  let facts = factsByClause.get(clause);
  if (!facts) {
    const targets = clause.targets.map((t) => {
      const number = /[0-9]+(?:\.[0-9]+)?/.exec(t.text.normalize('NFKC'))?.[0];
      return { object: matchText(t.metric), figure: number ? `${number}${t.unit.normalize('NFKC')}` : null };
    });
    factsByClause.set(clause, (facts = { targets, written: clause.textSimplified.normalize('NFKC') }));
  }
  return facts;
}

/** Whether `text` (matchable) names the object a target counts: a run of MIN_PASSAGE characters of it. */
function namesObject(target: TargetFact, text: string): boolean {
  return target.object.length >= MIN_PASSAGE && longestRunIn(target.object, text) >= MIN_PASSAGE;
}

/** Whether `text` (Simplified, half-width) states `figure` as a whole number, not the tail of a longer one. */
function statesFigure(figure: string, text: string): boolean {
  for (let at = text.indexOf(figure); at >= 0; at = text.indexOf(figure, at + 1))
    if (!/[0-9.]/.test(text[at - 1] ?? '')) return true;
  return false;
}

/** A target of one clause whose object the other's text names (either way round). */
export function sharesTargetObject(a: ClauseProfile, b: ClauseProfile): boolean {
  const named = (from: ClauseProfile, to: ClauseProfile) =>
    factsOf(from.clause).targets.some((t) => namesObject(t, to.text));
  return named(a, b) || named(b, a);
}

/**
 * A target figure of one clause restated in the other with its object (引导民间投资项目占出让工业用地比重不低于70% →
 * 用地…要素保障在“3个70%”的基础上…民间投资): the same share or count of the same thing carried over.
 */
export function carriesTarget(a: ClauseProfile, b: ClauseProfile): boolean {
  const carried = (from: ClauseProfile, to: ClauseProfile) =>
    factsOf(from.clause).targets.some(
      (t) => t.figure !== null && statesFigure(t.figure, factsOf(to.clause).written) && namesObject(t, to.text),
    );
  return carried(a, b) || carried(b, a);
}
