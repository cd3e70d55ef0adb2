/** Quantity roles through the real yoga app over the real corpus: what each number does, 约, 由…扩至, and compare. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiFixture } from './apiFixture';
import { data, startApi } from './apiFixture';

let api: ApiFixture;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.store.close());

interface QuantityView {
  text: string;
  role: string;
  kind: string;
  qualifier: string | null;
  approximate: boolean;
  from: number | null;
  value: number;
}

const FIELDS = 'text role kind qualifier approximate from value';

describe('quantity roles', () => {
  it('carries 最高 across 分别给予 lists (平湖 c1: 分別給予最高150萬元、100萬元)', async () => {
    const { clause } = await data(api.yoga, `{ clause(id: "330482-2025/c1") { amounts { ${FIELDS} } } }`);
    const amounts: QuantityView[] = clause.amounts;
    expect(amounts.find((q) => q.text === '100萬元')).toMatchObject({
      role: 'CAP',
      kind: 'SUBSIDY',
      qualifier: '最高',
    });
    expect(amounts.every((q) => q.role === 'CAP')).toBe(true);
  });

  it('reads thresholds as conditions and rates as rates (秀洲 c6: 研發費用達到100萬元以上…按研發費增量的10%)', async () => {
    const { clause } = await data(
      api.yoga,
      `{ clause(id: "330411-2025/c6") { amounts { ${FIELDS} } targets { ${FIELDS} } } }`,
    );
    expect(clause.amounts.find((q: QuantityView) => q.text === '100萬元以上')).toMatchObject({ role: 'THRESHOLD' });
    const rates = clause.targets.filter((q: QuantityView) => q.text === '10%');
    expect(rates.map((q: QuantityView) => [q.role, q.kind])).toEqual([
      ['RATE', 'SUBSIDY'],
      ['RATE', 'SUBSIDY'],
    ]);
  });

  it('keeps 由8类扩围至12类 as one goal growing from 8, and 约26亿元 as approximate', async () => {
    const { clause, policy } = await data(
      api.yoga,
      `{ clause(id: "330482-2025/c16") { targets { ${FIELDS} } }
         policy(id: "330411-2024-draft") { totalBudget { ${FIELDS} } } }`,
    );
    const classes = clause.targets.filter((q: QuantityView) => q.text.includes('類'));
    expect(classes.filter((q: QuantityView) => q.text.includes('12類'))).toEqual([
      expect.objectContaining({ text: '由8類擴圍至12類', value: 12, from: 8, role: 'GOAL' }),
    ]);
    expect(classes.some((q: QuantityView) => q.value === 8)).toBe(false);
    expect(policy.totalBudget).toMatchObject({ text: '约26亿元', approximate: true, role: 'BUDGET', qualifier: '约' });
  });

  it('reads 持续优化3亿元以上项目 as a project size, not a section budget', async () => {
    const { policy } = await data(
      api.yoga,
      `{ policy(id: "330500-2025") { sections { id quantities { ${FIELDS} } } } }`,
    );
    const s6 = policy.sections.find((s: { id: string }) => s.id === '330500-2025/s6');
    expect(s6.quantities.find((q: QuantityView) => q.text === '3億元以上')).toMatchObject({
      role: 'PROJECT_SIZE',
      kind: 'GOAL',
    });
    const budgets = s6.quantities.filter((q: QuantityView) => q.kind === 'BUDGET');
    expect(budgets.map((q: QuantityView) => q.text)).toEqual(['94.17億元']);
  });

  it('compares only what a recipient gets, rates and goals: thresholds get no key, median or outlier mark', async () => {
    const { compare } = await data(
      api.yoga,
      `{ compare(clauseId: "330411-2025/c6") { rows { quantities { quantity { text role }
          comparableKey peerMedian outlier } } } }`,
    );
    const quantities = compare.rows.flatMap(
      (r: { quantities: { quantity: QuantityView; comparableKey: string | null; outlier: boolean }[] }) => r.quantities,
    );
    const uncompared = quantities.filter((q: { quantity: QuantityView }) =>
      ['THRESHOLD', 'BUDGET', 'PROJECT_SIZE'].includes(q.quantity.role),
    );
    expect(uncompared.length).toBeGreaterThan(0);
    expect(
      uncompared.filter((q: { comparableKey: string | null; peerMedian: number | null; outlier: boolean }) => {
        return q.comparableKey !== null || q.peerMedian !== null || q.outlier;
      }),
    ).toEqual([]);
  });
});
