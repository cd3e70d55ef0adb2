import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';

describe('logger', () => {
  const collect = (secrets: string[] = []) => {
    const lines: string[] = [];
    return { lines, logger: createLogger({ write: (line) => lines.push(line), secrets }) };
  };

  it('masks the secrets it is given and strips credentials from URIs, in messages, fields and errors', () => {
    const { lines, logger } = collect(['s3cret-password', 'write-token-0123456789']);
    logger.error('graph store unavailable', {
      store: 'neo4j at neo4j://db:7687',
      error: new Error('cannot reach neo4j://neo4j:s3cret-password@db:7687 as neo4j'),
    });
    logger.info('request', { authorization: 'Bearer write-token-0123456789' });
    const text = lines.join('\n');
    expect(text).not.toContain('s3cret-password');
    expect(text).not.toContain('write-token-0123456789');
    expect(text).toContain('neo4j://db:7687 as neo4j');
    expect(text).toContain('Bearer ***');
  });

  it('writes at most 100 characters of any run of text a request sent', () => {
    const { lines, logger } = collect();
    logger.info('import rejected', { sourceName: 'x'.repeat(1_000_000) });
    expect(lines[0]!.length).toBeLessThan(300);
    expect(JSON.parse(lines[0]!).sourceName).toBe(`${'x'.repeat(99)}… (1,000,000 characters)`);
  });
});
