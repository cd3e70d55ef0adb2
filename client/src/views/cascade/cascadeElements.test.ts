import { describe, expect, it } from 'vitest';
import { cascadeElements } from './cascadeElements';
import { kechuangCascade } from './cascadeFixtures';
import { mergeCascades } from './mergeCascades';

const classesOf = (edgeId: string, cascade = kechuangCascade) =>
  cascadeElements(mergeCascades(cascade, []), false).find((e) => e.data.id === edgeId)?.classes;

describe('cascade edge classes', () => {
  const edgeId = 'IMPLEMENTS:330500-2025/c1->330000-2025/c1';
  const withEdge = (change: object) => ({
    ...kechuangCascade,
    edges: kechuangCascade.edges.map((e) => (e.id === edgeId ? { ...e, ...change } : e)),
  });

  it('draws a candidate apart from a weak edge, and says it is not counted', () => {
    expect(classesOf(edgeId)).toBe('');
    const cascade = withEdge({ candidate: true, score: 0.12 });
    expect(classesOf(edgeId, cascade)).toBe('candidate');
    const edge = cascadeElements(mergeCascades(cascade, []), false).find((e) => e.data.id === edgeId);
    expect(edge?.data.tipTitle).toContain('not counted in coverage');
  });

  it("draws a reviewer's edge as reviewed even when the machine had made it a candidate", () => {
    expect(classesOf(edgeId, withEdge({ candidate: true, origin: 'REVIEWED' }))).toBe('reviewed reviewed');
    expect(classesOf(edgeId, withEdge({ score: 0.3 }))).toBe('weak');
  });

  it('says when a link was inferred through the locality’s older clause, and only then', () => {
    const tipOf = (cascade: typeof kechuangCascade) =>
      cascadeElements(mergeCascades(cascade, []), false).find((e) => e.data.id === edgeId)?.data.tipTitle;
    expect(tipOf(kechuangCascade)).not.toContain('older clause');
    expect(tipOf(withEdge({ inheritedFrom: '330500-2024/c9', method: 'succession' }))).toContain(
      "inferred 推断 through the locality's older clause",
    );
  });
});
