/**
 * The Neo4j leg never skips silently (issue 13): where Neo4j cannot run, `npm test`'s last step prints exactly one
 * line saying so and why, passes unless CASCADE_NEO4J_LEG=required (CI), and writes what happened to its report.
 * A missing Java is simulated with a JAVA_HOME that has none.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/serverProcess';

const dir = mkdtempSync(join(tmpdir(), 'cascade-neo4j-leg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function leg(env: Record<string, string>) {
  const report = join(dir, `${Object.values(env).join('-')}.json`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'neo4j/testLeg.ts', '--if-available'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, CASCADE_NEO4J_LEG_REPORT: report, CASCADE_NEO4J_LEG: '', ...env },
  });
  return {
    status: result.status,
    lines: result.stdout.split('\n').filter(Boolean),
    report: () => readFileSync(report, 'utf8'),
  };
}

describe('npm test without Neo4j', () => {
  it('prints one line saying why the Neo4j leg did not run, and passes', () => {
    const run = leg({ JAVA_HOME: join(dir, 'no-java') });
    expect(run.lines).toEqual([
      expect.stringMatching(/^Neo4j leg did not run: no Java runtime \(.*no-java\/bin\/java/),
    ]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.report())).toMatchObject({ ran: false, reason: expect.stringContaining('no Java runtime') });
  });

  it('fails when CI requires the leg', () => {
    const run = leg({ JAVA_HOME: join(dir, 'no-java'), CASCADE_NEO4J_LEG: 'required' });
    expect(run.lines).toEqual([expect.stringMatching(/^Neo4j leg did not run: .*\(required: failing\)$/)]);
    expect(run.status).toBe(1);
  });

  it('says so when it is turned off on purpose', () => {
    const run = leg({ CASCADE_NEO4J_LEG: 'off' });
    expect(run.lines).toEqual(['Neo4j leg did not run: CASCADE_NEO4J_LEG=off']);
    expect(run.status).toBe(0);
  });
});
