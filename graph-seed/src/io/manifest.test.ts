import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from './readPolicy';

// A partial text, as sometimes published: areas and clauses only, no notice, issuer, date or year.
const PARTIAL = [
  '一、推进教育科技人才一体发展',
  '(一)支持企业加大研发投入。对企业研发投入给予补助。(责任单位:区科技局、区财政局)',
  '(二)推动高能级科创平台提质增效。对新认定的省级科技企业孵化器给予30万元奖励。(责任单位:区科技局)',
].join('\n');

let dir: string | undefined;
function corpus(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'cascade-manifest-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('corpus manifest', () => {
  it('fills in what a partial text does not state', () => {
    const manifest = {
      'nanhu.txt': {
        regionCode: '330402',
        year: 2025,
        docNumber: '南政发[2025]1號',
        status: 'DRAFT',
        title: '南湖区推动经济高质量发展若干政策(2025年版)',
      },
    };
    const { documents, diagnostics } = loadCorpus(
      corpus({ 'nanhu.txt': PARTIAL, 'manifest.json': JSON.stringify(manifest) }),
    );
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(diagnostics.map((d) => d.code)).not.toContain('NO_REGION');
    expect(documents[0]?.policy).toMatchObject({
      id: '330402-2025-draft',
      title: '南湖区推动经济高质量发展若干政策(2025年版)',
      region: { code: '330402', name: '南湖区' },
      year: 2025,
      docNumber: '南政发〔2025〕1号',
      status: 'DRAFT',
    });
    expect(documents[0]?.clauses.map((c) => c.id)).toEqual(['330402-2025-draft/c1', '330402-2025-draft/c2']);
  });

  it('lets the text win where it states a fact, and says so', () => {
    const text = `嘉兴市秀洲区人民政府\n2025年6月1日\n秀洲区推动经济高质量发展若干政策(2025年版)\n${PARTIAL}`;
    const { documents, diagnostics } = loadCorpus(
      corpus({ 'x.txt': text, 'manifest.json': JSON.stringify({ 'x.txt': { regionCode: '330402' } }) }),
    );
    expect(documents[0]?.policy.region.code).toBe('330411');
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: 'MANIFEST_OVERRULED', message: expect.stringContaining('330402') }),
    );
  });

  it('refuses a bad manifest as a whole, naming the entry and field', () => {
    const manifest = { 'nanhu.txt': { regionCode: '110101', year: '2025', color: 'red' }, 'gone.txt': {} };
    const { documents, diagnostics } = loadCorpus(
      corpus({ 'nanhu.txt': PARTIAL, 'manifest.json': JSON.stringify(manifest) }),
    );
    const errors = diagnostics.filter((d) => d.code === 'BAD_MANIFEST').map((d) => d.message);
    expect(errors).toEqual([
      expect.stringMatching(/^"nanhu.txt".regionCode: must be the GB\/T 2260 code/),
      expect.stringMatching(/^"nanhu.txt".year: must be a year/),
      expect.stringMatching(/^"nanhu.txt".color: unknown field/),
      '"gone.txt": no such file in the corpus',
    ]);
    expect(diagnostics.find((d) => d.severity === 'error')?.file).toMatch(/manifest\.json$/);
    // No hint applied: the text says neither region nor year, so it is refused rather than placed anywhere.
    expect(documents).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['NO_REGION', 'NO_YEAR']));
  });

  it('reports a manifest that is not JSON', () => {
    const { diagnostics } = loadCorpus(corpus({ 'nanhu.txt': PARTIAL, 'manifest.json': '{ "nanhu.txt": ' }));
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'BAD_MANIFEST', severity: 'error' }));
  });
});
