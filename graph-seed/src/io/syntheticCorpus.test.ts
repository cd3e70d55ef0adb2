// The synthetic corpus is deterministic, really perturbed, and parses into documents of the renamed localities.
import { describe, expect, it } from 'vitest';
import { parsePolicyText } from '../parse/parsePolicy';
import { syntheticCorpus } from './syntheticCorpus';

describe('syntheticCorpus', () => {
  const texts = syntheticCorpus(10, 42);

  it('is deterministic by seed and differs between seeds', () => {
    expect(syntheticCorpus(10, 42)).toEqual(texts);
    expect(syntheticCorpus(10, 43).map((t) => t.text)).not.toEqual(texts.map((t) => t.text));
  });

  it('renames the locality and parses to documents of other Zhejiang regions', () => {
    expect(texts).toHaveLength(10);
    for (const { name, text } of texts) {
      expect(text).not.toMatch(/秀洲|海宁|海寧|平湖|湖州/);
      const { document } = parsePolicyText(text, name);
      expect(document?.sections.length, name).toBe(8);
      expect(document?.clauses.length, name).toBeGreaterThan(30);
      expect(document?.policy.region.code, name).not.toMatch(/^(330411|330481|330482|330500|330000)$/);
    }
  });
});
