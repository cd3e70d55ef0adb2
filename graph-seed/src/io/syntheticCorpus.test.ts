// The synthetic corpus is deterministic, really perturbed, and parses into documents of the renamed localities.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePolicyText } from '../parse/parsePolicy';
import { loadCorpus } from './readPolicy';
import { syntheticCorpus, syntheticDocuments } from './syntheticCorpus';

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

  it('read back from files, is as many documents as texts, those syntheticDocuments gives', () => {
    // Two texts of one county perturbed from one base share title, locality and year: their own 文号 tells them apart.
    const many = syntheticCorpus(80, 7);
    const dir = mkdtempSync(join(tmpdir(), 'cascade-synthetic-'));
    try {
      for (const { name, text } of many) writeFileSync(join(dir, name), text);
      const loaded = loadCorpus(dir);
      expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const ids = (docs: { policy: { id: string; sourceFile: string } }[]) =>
        docs.map((d) => `${d.policy.sourceFile.split('/').pop()} ${d.policy.id}`).sort();
      expect(ids(loaded.documents)).toEqual(ids(syntheticDocuments(80, 7)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
