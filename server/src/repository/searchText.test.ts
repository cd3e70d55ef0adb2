import { describe, expect, it } from 'vitest';
import { snippetOf, snippetStart } from './searchText';

const TEXT =
  '加快建设创新浙江，推动科技创新和产业创新深度融合，全力争取国家重大科技项目落地，对承担项目的企业给予最高1000万元奖励。';

function snippetFor(term: string, text = TEXT) {
  const start = text.indexOf(term);
  return snippetOf(text, text, [{ start, end: start + term.length }]);
}

describe('snippets', () => {
  it('start after the phrase end before the match, not on it', () => {
    const { snippet, highlights } = snippetFor('国家重大');
    expect(snippet.startsWith('全力争取国家重大')).toBe(true);
    expect(snippet.slice(highlights[0]!.start, highlights[0]!.end)).toBe('国家重大');
  });

  it('start at the text when the match is near it', () => {
    expect(snippetFor('创新浙江').snippet.startsWith('加快建设')).toBe(true);
  });

  it('start mid-phrase only when the phrase begins too far back, keeping the match whole', () => {
    const long = `推动${'产业'.repeat(30)}发展的区级财政专项资金`;
    const { snippet, highlights } = snippetFor('专项资金', long);
    expect(snippet.length).toBeLessThan(long.length);
    expect(snippet.slice(highlights[0]!.start, highlights[0]!.end)).toBe('专项资金');
  });

  it('never begins with punctuation or spaces', () => {
    for (let first = 0; first < TEXT.length; first++) {
      const start = snippetStart(TEXT, first);
      expect(start).toBeLessThanOrEqual(first);
      if (start < first) expect('。；，, ').not.toContain(TEXT[start]);
    }
  });
});
