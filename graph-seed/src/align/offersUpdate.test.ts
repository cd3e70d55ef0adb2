import { describe, expect, it } from 'vitest';
import { syntheticDocuments } from '../io/syntheticCorpus';
import { seededRandom } from '../io/seededRandom';
import type { Clause, Quantity, QuantityRole } from '../model/document';
import { offersJson } from './offers';
import { fixtureQuantity } from './quantityFixture';
import { offersUpdates, updatedOffers, type KeptOffers } from './offersUpdate';

type Figure = [metric: string, unit: string, role: QuantityRole, value: number];

function clause(id: string, figures: Figure[]): Clause {
  const quantity = ([metric, unit, role, value]: Figure, i: number): Quantity =>
    fixtureQuantity({ metric, value, unit, role, text: `${metric}${value}${unit}`, offset: 10 * i });
  const quantities = figures.map(quantity);
  return {
    ...{ id, ordinal: 1, label: '(一)', sectionOrdinal: 1, title: id, text: id, textSimplified: id, sourceLine: 1 },
    ...{ departments: [], programs: [], references: [] },
    amounts: quantities.filter((q) => q.unit === '万元'),
    targets: quantities.filter((q) => q.unit !== '万元'),
  };
}

// Metrics that agree in pairs (one contains the other, or most bigrams shared) and some that agree with nothing.
const metrics = [
  '省级科技企业孵化器奖励',
  '省级科技企业孵化器',
  '国家级科技企业孵化器奖励',
  '高新技术企业',
  '新认定高新技术企业奖励',
  '研发费用',
  '亩均税收',
  // Agrees with 研发费用, and localeCompare finds the two equal: a tie for the most common only order breaks.
  '研发\u200b费用',
  '',
];
// Values a sort by a - b cannot order (NaN, infinities) and the two zeros JSON writes alike, now and then.
const oddValues = [NaN, Infinity, -Infinity, -0, 0];
const units = ['万元', '万元', '%', '家'];
const roles: QuantityRole[] = ['CAP', 'FIXED', 'RATE', 'GOAL', 'THRESHOLD'];

function randomClauses(random: () => number, count: number): Clause[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, (_, n) => {
    const figures = Array.from({ length: 1 + Math.floor(random() * 3) }, (): Figure => {
      const value = random() < 0.1 ? pick(oddValues) : Math.round(random() * 40) / 2;
      return [pick(metrics), pick(units), pick(roles), value];
    });
    return clause(`33${String(Math.floor(random() * 9)).padStart(4, '0')}-2025/c${n + 1}`, figures);
  });
}

const neutralA = (text: string) => text.replace(/省级/g, '市级');
const neutralB = (text: string) => text;

/** A walk through source lists: mostly clauses added where they stand in `universe`, sometimes removed or swapped. */
function walk(random: () => number, universe: Clause[], steps: number): void {
  let present = universe.map(() => random() < 0.3);
  let kept: KeptOffers | undefined;
  let neutral = neutralA;
  for (let step = 0; step < steps; step++) {
    const draw = random();
    let sources = universe.filter((_, i) => present[i]);
    if (draw < 0.65) {
      present = present.map((p) => p || random() < 0.08);
      sources = universe.filter((_, i) => present[i]);
    } else if (draw < 0.75) {
      present = present.map((p) => p && random() > 0.1);
      sources = universe.filter((_, i) => present[i]);
    } else if (draw < 0.85 && sources.length > 1) {
      const i = Math.floor(random() * (sources.length - 1));
      [sources[i], sources[i + 1]] = [sources[i + 1]!, sources[i]!];
    } else if (draw < 0.9) neutral = neutral === neutralA ? neutralB : neutralA;
    kept = updatedOffers(kept, sources, neutral);
    expect(kept.text).toBe(offersJson(sources, neutral));
  }
}

describe('updatedOffers', () => {
  it('writes the very text offersJson writes, through random additions, removals and reorderings', () => {
    const before = { ...offersUpdates };
    for (let seed = 1; seed <= 60; seed++) {
      const random = seededRandom(seed);
      walk(random, randomClauses(random, 40), 25);
    }
    // Synthetic documents' clauses: the real texts' figures and metrics, a measure's clauses across localities.
    const documents = syntheticDocuments(24, 7);
    for (let ordinal = 0; ordinal < 40; ordinal++) {
      const universe = documents.flatMap((d) => d.clauses.slice(ordinal, ordinal + 3));
      walk(seededRandom(ordinal), universe, 12);
    }
    expect(offersUpdates.placed - before.placed).toBeGreaterThan(300);
    expect(offersUpdates.regrouped - before.regrouped).toBeGreaterThan(300);
    expect(offersUpdates.unchanged - before.unchanged).toBeGreaterThan(100);
  });

  it('places a figure that joins an earlier group or starts one of its own, and regroups for one that takes figures', () => {
    const rewards = (id: string) => clause(id, [['省级科技企业孵化器奖励', '万元', 'CAP', 50]]);
    const [a, b, c] = [rewards('330411-2025/c1'), rewards('330481-2025/c1'), rewards('330482-2025/c1')];
    const taxes = clause('330500-2025/c2', [['亩均税收', '万元', 'CAP', 5]]);
    const research = clause('330100-2025/c3', [['研发费用', '万元', 'FIXED', 8]]);
    const early = rewards('330100-2025/c1');
    const steps: Array<[Clause[], keyof typeof offersUpdates]> = [
      [[a, b], 'regrouped'],
      [[a, b, c], 'placed'], // joins the group a starts
      [[a, b, c, taxes], 'placed'], // starts a group after every other
      [[research, a, b, c, taxes], 'placed'], // starts a group before the others, agreeing with none of them
      [[research, a, b, c, taxes], 'unchanged'],
      [[early, research, a, b, c, taxes], 'regrouped'], // would start the group a's figure then joins
      [[early, research, a, c, taxes], 'regrouped'], // b removed
    ];
    let kept: KeptOffers | undefined;
    for (const [sources, how] of steps) {
      const before = offersUpdates[how];
      kept = updatedOffers(kept, sources, neutralA);
      expect(offersUpdates[how]).toBe(before + 1);
      expect(kept.text).toBe(offersJson(sources, neutralA));
    }
    expect(JSON.parse(kept!.text)).toHaveLength(1);
  });

  it('breaks a tie of metrics localeCompare finds equal by first occurrence, as offersJson does', () => {
    const figure = (id: string, metric: string) => clause(id, [[metric, '万元', 'CAP', 10]]);
    // Both agree with 研发费用 and compare equal: the most common of the two is the one the members name first.
    const [m1, m2] = ['研发\u200b费用', '研\u200b发费用'];
    const first = figure('330001-2025/c1', '研发费用');
    const [e, e2] = [figure('330002-2025/c1', m2), figure('330003-2025/c1', m2)];
    const [l1, x] = [figure('330005-2025/c1', m1), figure('330006-2025/c1', m1)];
    let kept: KeptOffers | undefined;
    for (const sources of [
      [first, l1],
      [first, l1, x],
      [first, e, l1, x],
      [first, e, e2, l1, x],
    ]) {
      const placed = offersUpdates.placed;
      kept = updatedOffers(kept, sources, neutralA);
      expect(kept.text).toBe(offersJson(sources, neutralA));
      if (sources.length > 2) expect(offersUpdates.placed).toBe(placed + 1);
    }
    expect(JSON.parse(kept!.text)[0].metric).toBe(m2);
  });
});
