import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPolicyIdIndex } from '../graph/policyIds';
import { loadCorpus } from '../io/readPolicy';
import { alignCorpus, type AlignmentResult } from './alignCorpus';
import { readLabels, type LabelledMeasure } from './goldLabels';

const STUBS = ['330000-2025', '330400-2025'];
let result: AlignmentResult;
const inferredClauses = () =>
  result.nodes.filter((n) => n.label === 'Clause' && STUBS.some((s) => n.id.startsWith(`${s}/`)));
const up = (from: string) => result.edges.filter((e) => e.type === 'IMPLEMENTS' && e.from === from).map((e) => e.to);
/** Provincial clauses a clause reaches, directly or through the city's inferred clause. */
const provincial = (from: string) =>
  [...new Set(up(from).flatMap((to) => (to.startsWith('330000-2025/') ? [to] : up(to))))].sort();

beforeAll(() => {
  const { documents } = loadCorpus();
  result = alignCorpus(documents, createPolicyIdIndex(documents));
});

describe('measures of the inferred superiors', () => {
  it('gives every inferred clause its own title', () => {
    for (const stub of STUBS) {
      const clauses = inferredClauses().filter((n) => n.id.startsWith(`${stub}/`));
      expect(clauses.length).toBeGreaterThan(40);
      const titles = clauses.map((n) => n.properties.title);
      expect(new Set(titles).size).toBe(clauses.length);
    }
  });

  it('backs every inferred clause with a clause of a real document', () => {
    const inferred = new Set(inferredClauses().map((n) => n.id));
    const implementers = new Map<string, string[]>();
    for (const e of result.edges.filter((x) => x.type === 'IMPLEMENTS'))
      implementers.set(e.to, [...(implementers.get(e.to) ?? []), e.from]);
    const realBelow = (id: string): boolean =>
      (implementers.get(id) ?? []).some((from) => !inferred.has(from) || realBelow(from));
    expect([...inferred].filter((id) => !realBelow(id))).toEqual([]);
  });

  it('keeps a split in one measure: 平湖 c12 joins 平湖 c11, 湖州 c4 joins 湖州 c1', () => {
    expect(provincial('330482-2025/c12')).toEqual(provincial('330482-2025/c11'));
    expect(provincial('330500-2025/c4')).toEqual(provincial('330500-2025/c1'));
  });

  it('keeps a merge as two measures: 秀洲 c9 carries both 平湖 c9 (数智化) and 平湖 c10 (绿色化)', () => {
    const [digital, green] = [provincial('330482-2025/c9'), provincial('330482-2025/c10')];
    expect(digital).toHaveLength(1);
    expect(green).toHaveLength(1);
    expect(digital).not.toEqual(green);
    expect(provincial('330411-2025/c9')).toEqual([...digital, ...green].sort());
  });

  it('finds no labelled measure twice', () => {
    const labels = readLabels(join(import.meta.dirname, '../../../test/fixtures/alignment-labels.json'));
    const clauseSet = (clauses: Record<string, string[]>) => new Set(Object.values(clauses).flat());
    const jaccard = (a: Set<string>, b: Set<string>) =>
      [...a].filter((x) => b.has(x)).length / new Set([...a, ...b]).size;
    const closest = (found: Set<string>): LabelledMeasure | undefined =>
      [...labels.measures].sort(
        (x, y) => jaccard(found, clauseSet(y.clauses)) - jaccard(found, clauseSet(x.clauses)),
      )[0];
    const keys = result.measures.map((m) => closest(clauseSet(m.clauses))?.key);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    expect(result.measures.length).toBeLessThanOrEqual(labels.measures.length);
  });
});
