import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../io/readPolicy';
import type { Clause } from '../model/document';
import { keptVerbatim, linkProperties } from './links';
import { linkEnd } from './peerEdges';
import { corpusIdf } from './profiles';

const { documents } = loadCorpus();
const idf = corpusIdf(documents);
const clauses = documents.flatMap((d) => d.clauses);
const withAmounts = clauses.filter((c) => c.amounts.length > 0);

describe('link properties, kept per pair of clause objects', () => {
  const [a, b] = [withAmounts[0]!, withAmounts[1]!];

  it('are computed once per pair, apart for peers and for a directed link', () => {
    const peers = linkProperties(linkEnd(a), linkEnd(b), idf, true);
    expect(linkProperties(linkEnd(a), linkEnd(b), idf, true)).toBe(peers);
    const directed = linkProperties(linkEnd(a), linkEnd(b), idf, false);
    expect(directed).not.toBe(peers);
    expect(linkProperties(linkEnd(a), linkEnd(b), idf, false)).toBe(directed);
    expect(keptVerbatim(linkEnd(a), linkEnd(b))).toBe(directed.reproduction);
  });

  it('are computed again for a target parsed again under the same id, and alike', () => {
    const before = linkProperties(linkEnd(a), linkEnd(b), idf, false);
    const parsedAgain: Clause = structuredClone(b);
    const after = linkProperties(linkEnd(a), linkEnd(parsedAgain), idf, false);
    expect(after).not.toBe(before);
    expect(after).toEqual(before);
  });

  it('stay right for a source paired with more targets than it keeps', () => {
    const source = withAmounts[2]!;
    const targets = clauses.filter((c) => c !== source).slice(0, 150);
    const first = targets.map((t) => linkProperties(linkEnd(source), linkEnd(t), idf, false));
    const again = targets.map((t) => linkProperties(linkEnd(source), linkEnd(t), idf, false));
    expect(again).toEqual(first);
    // What was just computed is kept.
    const last = targets.at(-1)!;
    expect(linkProperties(linkEnd(source), linkEnd(last), idf, false)).toBe(again.at(-1));
  });

  it('show one list of passages for two pairs of the same texts', () => {
    const [x, y] = [clauses[3]!, clauses[4]!];
    const one = linkProperties(linkEnd(x), linkEnd(y), idf, true);
    const other = linkProperties(linkEnd(structuredClone(x)), linkEnd(structuredClone(y)), idf, true);
    expect(other).not.toBe(one);
    expect(other.evidence).toBe(one.evidence);
  });
});
