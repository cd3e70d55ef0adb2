/**
 * An inferred clause's offers (offers.ts `offersJson`) brought up to date from the previous alignment's instead of
 * grouped again (issue 11): an import adds one document's clauses to each measure it joins, and a province measure's
 * offers group the figures of a thousand implementers. The text is always the one `offersJson(sources, neutral)`
 * writes; what is kept is only what lets an addition be placed without regrouping.
 *
 * Why an addition can be placed alone: `groups` reads the figures in order, and each joins the first group of its
 * kind, in creation order, whose FIRST figure's metric agrees with its own (else starts a group). A group's first
 * figure and the groups' creation order (the order of their first figures) therefore decide everything. Put one
 * figure x into a sequence whose grouping is known:
 * - if a group whose first comes before x agrees with x, x joins the first such group (the groups existing when x is
 *   read are exactly those), becomes no group's first and creates none, so every other figure still meets the same
 *   groups with the same first figures and joins the group it joined;
 * - else x starts a group, placed in creation order before every group whose first comes after x. A figure before x
 *   is untouched; one after x in a group whose first comes before x still finds that group earlier than x's; one in a
 *   group whose first comes after x would now meet x's group first, so it stays only if x's metric disagrees with
 *   its metric — checked for every metric of those groups, else the whole grouping is made again.
 * The new clauses' figures are put in one at a time, in the new order, each against the grouping so far. Then only
 * the groups that changed are written again; the others' text is the previous text's (same members, same JSON).
 * Sources removed or reordered, or a neutralizer of its own, make the offers again from the start.
 */
import type { Clause } from '../model/document';
import { summaryJson, summaryOf, withMember, type OfferSummary } from './offerSummary';
import { givenOf, groups, offerJson, type Given } from './offers';
import { metricSimilarity } from './quantityChanges';

/** The offers of one inferred clause and what they were made of. Never changed once made. */
export interface KeptOffers {
  /** The text `offersJson(sources, neutral)` writes. */
  readonly text: string;
  readonly sources: readonly Clause[];
  readonly neutral: (text: string) => string;
  /** The groups of `groups` over the sources' figures, in creation order: the same Given objects. */
  readonly groups: readonly Group[];
  /** Each group's offer in `text`: start and end, or -1 for a group fewer than two localities give. */
  readonly spans: Int32Array;
}

/**
 * A group of figures, with the summary its offer is written from when it is large or an addition changed it
 * (offerSummary.ts: the groups additions reach are the large ones, and are reached again). A group in a KeptOffers is
 * never changed: an update changes its own copies.
 */
interface Group {
  members: readonly Given[];
  summary: OfferSummary | undefined;
}

// A group this large is summarized when made, not when an addition first reaches it: the large groups are those
// imports add to, and summarizing one costs what writing it from its members does (ten imports at 1,000 documents
// reach most of them only once or twice). A smaller one is written from its members until then.
const SUMMARIZED = 8;

/** How offers were made since the process started: the unit test checks that additions are placed in place. */
export const offersUpdates = { unchanged: 0, placed: 0, regrouped: 0 };

/** The offers of `sources`, from `previous` (the same clause's last offers) when only clauses were added to it. */
export function updatedOffers(
  previous: KeptOffers | undefined,
  sources: readonly Clause[],
  neutral: (text: string) => string,
): KeptOffers {
  if (previous && previous.neutral === neutral) {
    const added = addedClauses(previous.sources, sources);
    if (added?.length === 0) {
      offersUpdates.unchanged += 1;
      return previous;
    }
    const placed = added && withAdded(previous, sources, added);
    if (placed) {
      offersUpdates.placed += 1;
      return placed;
    }
  }
  offersUpdates.regrouped += 1;
  return freshOffers(sources, neutral);
}

/** The offers made from the start: `groups` over every figure, each shared group written. */
export function freshOffers(sources: readonly Clause[], neutral: (text: string) => string): KeptOffers {
  const made = groups(sources.flatMap(givenOf)).map((members): Group => ({
    members,
    summary: members.length >= SUMMARIZED ? summaryOf(members) : undefined,
  }));
  return written({ sources: [...sources], neutral, groups: made }, new Set(made), undefined);
}

/**
 * The clauses of `next` that `previous` lacks, when `previous` is `next` with those taken out (the same objects in
 * the same order, none twice); else null.
 */
function addedClauses(previous: readonly Clause[], next: readonly Clause[]): Clause[] | null {
  const added: Clause[] = [];
  let kept = 0;
  for (const clause of next) {
    if (kept < previous.length && previous[kept] === clause) kept += 1;
    else added.push(clause);
  }
  if (kept !== previous.length) return null;
  return new Set(next).size === next.length ? added : null;
}

/** The previous groups with the added clauses' figures placed (above), or null when they would regroup others. */
function withAdded(previous: KeptOffers, sources: readonly Clause[], added: Clause[]): KeptOffers | null {
  const order = figureOrder(sources);
  const made = [...previous.groups];
  const changed = new Set<Group>();
  for (const clause of added)
    for (const figure of givenOf(clause)) if (!place(made, changed, figure, order)) return null;
  return written({ sources: [...sources], neutral: previous.neutral, groups: made }, changed, previous);
}

/** Whether figure a comes before figure b in the sources' figures (sources' order, then the clause's own). */
type FigureOrder = (a: Given, b: Given) => boolean;

function figureOrder(sources: readonly Clause[]): FigureOrder {
  const rank = new Map<Clause, number>();
  sources.forEach((clause, i) => rank.set(clause, i));
  return (a, b) => {
    if (a.clause !== b.clause) return rank.get(a.clause)! < rank.get(b.clause)!;
    const given = givenOf(a.clause);
    return given.indexOf(a) < given.indexOf(b);
  };
}

/** `groups`' rule (offers.ts): a first figure's metric agrees with a figure's. */
const agrees = (first: Given, figure: Given) => metricSimilarity(first.quantity.metric, figure.quantity.metric) >= 0.5;

/**
 * Puts `figure` into `made` (groups in creation order) as `groups` would have it; a group changed is replaced by a
 * copy, listed in `changed`. False when the figure would start a group that takes figures of later groups.
 */
function place(made: Group[], changed: Set<Group>, figure: Given, before: FigureOrder): boolean {
  let firstAfter = made.length;
  for (let i = 0; i < made.length; i++) {
    const first = made[i]!.members[0]!;
    if (!before(first, figure)) {
      firstAfter = i;
      break;
    }
    if (first.kind === figure.kind && agrees(first, figure)) {
      made[i] = joined(made[i]!, changed, figure, before);
      return true;
    }
  }
  const tested = new Set<string>();
  for (let i = firstAfter; i < made.length; i++) {
    if (made[i]!.members[0]!.kind !== figure.kind) continue;
    for (const other of made[i]!.members) {
      if (tested.has(other.quantity.metric)) continue;
      tested.add(other.quantity.metric);
      if (agrees(figure, other)) return false;
    }
  }
  const started: Group = { members: [figure], summary: summaryOf([figure]) };
  made.splice(firstAfter, 0, started);
  changed.add(started);
  return true;
}

/**
 * `group` with `figure` among its members in the figures' order: a copy, the first time this update changes it (the
 * members and the summary are new lists of exactly their length: offerSummary.ts says why).
 */
function joined(group: Group, changed: Set<Group>, figure: Given, before: FigureOrder): Group {
  const at = firstLater(group.members, figure, before);
  const members = group.members.toSpliced(at, 0, figure);
  if (changed.has(group)) {
    group.summary = group.summary && withMember(group.summary, group.members, figure, at);
    group.members = members;
    return group;
  }
  const summary = group.summary ? withMember(group.summary, group.members, figure, at) : summaryOf(members);
  const copy = { members, summary };
  changed.add(copy);
  return copy;
}

/** The index of the first member of `group` (in the figures' order) that comes after `figure`. */
function firstLater(group: readonly Given[], figure: Given, before: FigureOrder): number {
  let [low, high] = [0, group.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (before(figure, group[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * The offers text of `made`'s groups: those in `changed` written (offers.ts `offerJson`, when at least two localities
 * give them), the others copied from `previous`'s text, where they were written from the same members.
 */
function written(
  made: Pick<KeptOffers, 'sources' | 'neutral' | 'groups'>,
  changed: ReadonlySet<Group>,
  previous: KeptOffers | undefined,
): KeptOffers {
  const previousIndex = new Map<Group, number>();
  if (previous) previous.groups.forEach((group, i) => previousIndex.set(group, i));
  const spans = new Int32Array(made.groups.length * 2).fill(-1);
  const offers: string[] = [];
  let length = 1;
  made.groups.forEach((group, i) => {
    const offer = changed.has(group) ? offerOf(group, made.neutral) : copied(previous, previousIndex.get(group));
    if (offer === null) return;
    if (offers.length > 0) length += 1;
    spans[2 * i] = length;
    spans[2 * i + 1] = length += offer.length;
    offers.push(offer);
  });
  return { ...made, text: `[${offers.join(',')}]`, spans };
}

function offerOf({ members, summary }: Group, neutral: (text: string) => string): string | null {
  if (summary) return summaryJson(members, summary, neutral);
  const localities = new Set(members.map((g) => g.policyId));
  return localities.size >= 2 ? offerJson(members, localities, neutral) : null;
}

function copied(previous: KeptOffers | undefined, index: number | undefined): string | null {
  if (!previous || index === undefined) throw new Error('offersUpdate: an unchanged group has no previous text');
  const start = previous.spans[2 * index]!;
  return start < 0 ? null : previous.text.slice(start, previous.spans[2 * index + 1]);
}
