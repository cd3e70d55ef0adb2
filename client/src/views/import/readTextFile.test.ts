import { describe, expect, it } from 'vitest';
import { decodeText, readTextFile } from './readTextFile';

// The head of 秀洲's documents, encoded with iconv: GBK (Simplified) and Big5 (Traditional).
const GBK =
  'vM7Qy8rQ0OPW3sf4yMvD8dX+uK4K0OPW3sf4zca2r76tvMO439bKwb+3otW5yPS4ydX+st8oMjAyNcTqsOYpCtK7oaLNxr34vczT/b/GvLzIy7LF0rvM5bei1bko08nH+L/GvLy+1sejzbcpCg==';
const BIG5 =
  'ucW/s6WrqHGsd7DPpEilwaxGqbIKqHGsd7DPscCwyrhnwNmwqr3otnG1b65prVmkeqxGtaYoMjAyNaZ+qqkpCqRAoUKxwLZpsdCofKzsp96kSKR+pEDF6bVvrmkopdGwz6zsp96nvbJvwFkpCg==';

const bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

describe('readTextFile', () => {
  it('reads UTF-8 as it is, without a byte order mark', async () => {
    const file = new Blob(['\uFEFF嘉兴市秀洲区人民政府\n']);
    expect(await readTextFile(file)).toEqual({ text: '嘉兴市秀洲区人民政府\n', convertedFrom: null });
  });

  it('converts a GBK file and a Big5 file, each with its own encoding', () => {
    expect(decodeText(bytes(GBK))).toEqual({
      text: '嘉兴市秀洲区人民政府\n秀洲区推动经济高质量发展若干政策(2025年版)\n一、推进教育科技人才一体发展(由区科技局牵头)\n',
      convertedFrom: 'GB18030',
    });
    expect(decodeText(bytes(BIG5))).toEqual({
      text: '嘉興市秀洲區人民政府\n秀洲區推動經濟高質量發展若干政策(2025年版)\n一、推進教育科技人才一體發展(由區科技局牽頭)\n',
      convertedFrom: 'Big5',
    });
  });
});
