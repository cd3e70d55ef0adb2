/**
 * Probe 1 of issue 17 against the real server process: two large imports once held every read for 21 minutes.
 * Now two large texts are imported at once — one at the clause bound (200 clauses, parsed and aligned in the
 * import worker, then written), one of ~2 MB (3,600 clauses, parsed in the worker and refused TOO_LARGE) — while
 * a reader asks cascades of every corpus clause, one after another, and times each answer.
 *
 * The acceptance check is a latency: reads answer within 100 ms meanwhile. Timings live in bench/
 * (bench/apiSoak.ts prints the same figures); this test asserts the one the issue names, generously for a loaded
 * 2-core machine: 90% of the reads during the imports under 100 ms, and 20 or more of them (a blocked server answers
 * none).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { largePolicyText } from '../support/largeText';
import { spawnServer, stopAllServers } from '../support/serverProcess';
import { percentile, readsDuring } from '../support/http';
import { importText } from './probe';

afterAll(stopAllServers);

describe('reads while two large texts are imported', () => {
  it('keeps answering reads within 100 ms', async () => {
    const server = await spawnServer({ env: { LOG_LEVEL: 'warn' } });
    let imports: Promise<Awaited<ReturnType<typeof importText>>[]> = Promise.resolve([]);
    const latencies = await readsDuring(server.url, () => {
      imports = Promise.all([
        importText(server.url, largePolicyText({ clauses: 200, region: '嘉善县' }), '330421-jiashan-2025.txt'),
        importText(server.url, largePolicyText({ clauses: 3600, region: '海盐县', offset: 7 }), '330424-haiyan.txt'),
      ]);
      return imports;
    });
    const [accepted, refused] = await imports;
    expect(accepted).toMatchObject({ __typename: 'ImportedPolicy' });
    expect(refused).toMatchObject({ __typename: 'ImportRejected', code: 'TOO_LARGE' });
    expect(refused?.message).toMatch(/^The document has 3600 clauses; an import takes up to 200/);
    const p90 = percentile(latencies, 0.9);
    process.stdout.write(
      `reads during the imports: ${latencies.length}, p50 ${percentile(latencies, 0.5).toFixed(1)} ms, ` +
        `p90 ${p90.toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms\n`,
    );
    expect(latencies.length).toBeGreaterThanOrEqual(20);
    expect(p90).toBeLessThan(100);
    expect(await server.stop()).toBe(0);
  }, 180_000);
});
