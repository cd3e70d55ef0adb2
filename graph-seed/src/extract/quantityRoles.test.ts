import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../io/readPolicy';
import { extractQuantities } from './quantities';
import { checkHeldOut, checkRoleLabels, quantitiesByOwner, scoreHeldOut, scoreRoles, share } from './roleLabels';

const file = join(import.meta.dirname, '../../../test/fixtures/quantity-roles.json');
const labels = checkRoleLabels(JSON.parse(readFileSync(file, 'utf8')), file);
const results = scoreRoles(loadCorpus().documents, labels);
const describeResult = (r: (typeof results)[number]) =>
  `${r.label.owner} ${r.label.text}: expected ${r.label.role}, got ${r.found?.role ?? 'nothing'}`;

describe('the hand-labelled quantity roles (test/fixtures/quantity-roles.json)', () => {
  it('holds at least 60 labels, every one found in the corpus', () => {
    expect(labels.length).toBeGreaterThanOrEqual(60);
    expect(results.filter((r) => r.found === null).map((r) => `${r.label.owner} ${r.label.text}`)).toEqual([]);
  });

  it('gets every case the issue names exactly right: role, 约, from and unit', () => {
    const cases = results.filter((r) => r.label.issue !== undefined);
    expect(cases.length).toBeGreaterThanOrEqual(15);
    const wrong = cases.filter((r) => !(r.roleCorrect && r.approximateCorrect && r.fromCorrect && r.unitCorrect));
    expect(wrong.map(describeResult)).toEqual([]);
  });

  it('reads at least 95% of roles right, and every approximation, earlier value and unit', () => {
    expect(
      share(results, (r) => r.roleCorrect),
      results
        .filter((r) => !r.roleCorrect)
        .map(describeResult)
        .join('\n'),
    ).toBeGreaterThanOrEqual(0.95);
    expect(results.filter((r) => !r.approximateCorrect).map(describeResult)).toEqual([]);
    expect(results.filter((r) => !r.fromCorrect).map(describeResult)).toEqual([]);
    expect(
      results.filter((r) => !r.unitCorrect).map((r) => `${r.label.owner} ${r.label.text}: ${r.found?.unit}`),
    ).toEqual([]);
  });

  it('keeps kind consistent with role on every quantity of the corpus', () => {
    const allowed: Record<string, string[]> = {
      BUDGET: ['BUDGET'],
      CAP: ['SUBSIDY'],
      FIXED: ['SUBSIDY'],
      RATE: ['SUBSIDY'],
      GOAL: ['GOAL'],
      THRESHOLD: ['SUBSIDY', 'GOAL'],
      PROJECT_SIZE: ['SUBSIDY', 'GOAL'],
    };
    const quantities = [...quantitiesByOwner(loadCorpus().documents).values()].flat();
    expect(quantities.length).toBeGreaterThan(700);
    expect(
      quantities.filter((q) => !allowed[q.role]?.includes(q.kind)).map((q) => `${q.text} ${q.role} ${q.kind}`),
    ).toEqual([]);
  });

  it('labels every role at least twice', () => {
    const roles = new Map<string, number>();
    for (const label of labels) roles.set(label.role, (roles.get(label.role) ?? 0) + 1);
    for (const role of ['CAP', 'FIXED', 'RATE', 'THRESHOLD', 'GOAL', 'BUDGET', 'PROJECT_SIZE'])
      expect(roles.get(role) ?? 0, role).toBeGreaterThanOrEqual(2);
  });
});

describe('the held-out quantity roles (test/fixtures/quantity-roles-heldout.json)', () => {
  const heldOutFile = join(import.meta.dirname, '../../../test/fixtures/quantity-roles-heldout.json');
  const heldOut = scoreHeldOut(
    checkHeldOut(JSON.parse(readFileSync(heldOutFile, 'utf8')), heldOutFile),
    extractQuantities,
  );

  it('reads sentences written in other localities’ shapes at least 95% right, 约 and 由…提高到 included', () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(40);
    expect(heldOut.filter((r) => r.found === null).map((r) => r.label.text)).toEqual([]);
    const right = (r: (typeof heldOut)[number]) => r.roleCorrect && r.approximateCorrect && r.fromCorrect;
    expect(
      share(heldOut, right),
      heldOut
        .filter((r) => !right(r))
        .map(describeResult)
        .join('\n'),
    ).toBeGreaterThanOrEqual(0.95);
  });
});
