/**
 * What the implementers of an inferred superior clause offer (issue 12): no single locality's amount stands for the
 * superior's, so a comparable figure is given as the range its implementers write — per metric, the least, the
 * median and the most, with how many localities give it. Only what a recipient gets (caps and fixed sums, rates) and
 * goals are compared (comparableRoleGroup); a figure only one locality gives is none of the superior's.
 */
import { comparableRoleGroup } from '../extract/quantityRole';
import type { Clause, Quantity } from '../model/document';
import { metricSimilarity } from './quantityChanges';

/** One comparable figure across the implementers of an inferred clause. */
export interface Offer {
  /** What is measured, as most implementers word it (Simplified). */
  metric: string;
  /** Normalized unit (元, %, 家 …). */
  unit: string;
  /** Role group compared: what a recipient gets (CAP, FIXED), a RATE, or a GOAL. */
  role: string;
  min: number;
  median: number;
  max: number;
  /** Localities (implementing documents) that give it. */
  count: number;
  /** The implementing clauses that give it. */
  clauses: string[];
  /** Each figure counted: the id of its Target node (`{clause}/t{n}`, documentNodes.ts) and its value. */
  figures: { id: string; value: number }[];
}

/** A comparable figure of an implementing clause, with what it is grouped by (offersUpdate.ts keeps them). */
export interface Given {
  quantity: Quantity;
  clause: Clause;
  policyId: string;
  /** Unit and role group: only figures of one kind are compared. */
  kind: string;
}

const policyOf = (clauseId: string) => clauseId.slice(0, clauseId.lastIndexOf('/'));

// Each figure's Target id, once: an import infers every measure of the family again, and a measure's offers name
// every figure its hundreds of implementers give.
const targetIds = new WeakMap<Quantity, string>();

/** The id the graph gives a clause's figure: `{clause}/t{n}`, n its rank by offset among amounts and targets. */
function targetId(clause: Clause, quantity: Quantity): string {
  let id = targetIds.get(quantity);
  if (id === undefined) {
    const ordered = [...clause.amounts, ...clause.targets].sort((a, b) => a.offset - b.offset);
    targetIds.set(quantity, (id = `${clause.id}/t${ordered.indexOf(quantity) + 1}`));
  }
  return id;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Figures of one unit and role group whose metrics agree (metricSimilarity ≥ 0.5 with the group's first): each joins
 * the first such group, looked for among the groups of its unit and role group only. A group remembers the metrics it
 * took or refused: the implementers of a province's measure word a figure alike hundreds of times.
 */
export function groups(given: Given[]): Given[][] {
  const out: Given[][] = [];
  const byKind = new Map<string, Array<{ list: Given[]; agrees: Map<string, boolean> }>>();
  for (const g of given) {
    let candidates = byKind.get(g.kind);
    if (!candidates) byKind.set(g.kind, (candidates = []));
    const metric = g.quantity.metric;
    const group = candidates.find(({ list, agrees }) => {
      let agreed = agrees.get(metric);
      if (agreed === undefined)
        agrees.set(metric, (agreed = metricSimilarity(list[0]!.quantity.metric, metric) >= 0.5));
      return agreed;
    });
    if (group) group.list.push(g);
    else {
      const made = [g];
      out.push(made);
      candidates.push({ list: made, agrees: new Map() });
    }
  }
  return out;
}

// Each clause's comparable figures, once: an import infers every measure the new document joins again, each with
// the figures of its hundreds of implementers.
const givenOfClause = new WeakMap<Clause, Given[]>();

export function givenOf(clause: Clause): Given[] {
  let given = givenOfClause.get(clause);
  if (!given) {
    given = [...clause.amounts, ...clause.targets]
      .filter((q) => comparableRoleGroup(q.role) !== null)
      .map((quantity) => ({
        quantity,
        clause,
        policyId: policyOf(clause.id),
        kind: `${quantity.normalizedUnit}|${comparableRoleGroup(quantity.role)}`,
      }));
    givenOfClause.set(clause, given);
  }
  return given;
}

export function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

/** The groups of comparable figures that at least two localities give, with those localities. */
function sharedGroups(sources: Clause[]) {
  const given: Given[] = sources.flatMap(givenOf);
  return groups(given)
    .map((group) => ({ group, localities: new Set(group.map((g) => g.policyId)) }))
    .filter(({ localities }) => localities.size >= 2);
}

/**
 * The comparable figures the implementing clauses share, each with its range over the localities that give it (a
 * locality giving several, such as 国家级、省级 rewards of one metric wording, counts once, with each value).
 * @param neutral rewrites a metric in the superior's words (neutralText.ts).
 */
export function offersOf(sources: Clause[], neutral: (text: string) => string): Offer[] {
  return sharedGroups(sources).map(({ group, localities }) => ({
    ...offerHead(group, localities, neutral),
    clauses: [...new Set(group.map((g) => g.clause.id))].sort(),
    figures: group.map((g) => ({ id: targetId(g.clause, g.quantity), value: g.quantity.normalizedValue })),
  }));
}

/** An offer's fields before its two lists, in the order an Offer lists them (offersJson writes the same text). */
function offerHead(group: readonly Given[], localities: ReadonlySet<string>, neutral: (text: string) => string) {
  const values = group.map((g) => g.quantity.normalizedValue);
  const first = group[0]!.quantity;
  return {
    metric: neutral(mostCommon(group.map((g) => g.quantity.metric))),
    unit: first.normalizedUnit,
    role: comparableRoleGroup(first.role) ?? first.role,
    min: Math.min(...values),
    median: median(values),
    max: Math.max(...values),
    count: localities.size,
  };
}

// Each figure as the offers' JSON writes it, and each clause id as a JSON string, once: a province measure's offers
// list the figures of a thousand implementers, and an import writes again the offers of every measure it joins.
const figureJson = new WeakMap<Quantity, string>();
const clauseIdJson = new WeakMap<Clause, string>();

export function figureText(g: Given): string {
  let text = figureJson.get(g.quantity);
  if (text === undefined) {
    const figure = { id: targetId(g.clause, g.quantity), value: g.quantity.normalizedValue };
    figureJson.set(g.quantity, (text = JSON.stringify(figure)));
  }
  return text;
}

export function clauseIdText(clause: Clause): string {
  let text = clauseIdJson.get(clause);
  if (text === undefined) clauseIdJson.set(clause, (text = JSON.stringify(clause.id)));
  return text;
}

/**
 * `JSON.stringify(offersOf(sources, neutral))`, the same text, written from each figure's and clause's JSON kept
 * (above) instead of an object per figure stringified again. The alignment no longer calls it: inferred clauses take
 * their offers from offersUpdate.ts, whose tests hold them to this text (and offers.test.ts holds this one to
 * offersOf's), so the two stand as the offers' reference.
 */
export function offersJson(sources: Clause[], neutral: (text: string) => string): string {
  const offers = sharedGroups(sources).map(({ group, localities }) => offerJson(group, localities, neutral));
  return `[${offers.join(',')}]`;
}

/** One offer of offersJson: `JSON.stringify` of offersOf's object for `group`, written from the kept texts. */
export function offerJson(
  group: readonly Given[],
  localities: ReadonlySet<string>,
  neutral: (text: string) => string,
): string {
  const head = offerHead(group, localities, neutral);
  const byId = new Map<string, Clause>();
  for (const g of group) if (!byId.has(g.clause.id)) byId.set(g.clause.id, g.clause);
  const clauses = [...byId.keys()].sort().map((id) => clauseIdText(byId.get(id)!));
  const figures = group.map(figureText);
  // The head's closing brace gives way to the two lists, in the order offersOf's object lists its fields.
  return `${JSON.stringify(head).slice(0, -1)},"clauses":[${clauses.join(',')}],"figures":[${figures.join(',')}]}`;
}
