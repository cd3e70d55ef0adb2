/**
 * Lines that a web page decoded one byte out of step. A GBK page whose first byte of a line was lost reads every
 * following pair of bytes across a character boundary: an ideographic space and `（一）推動高能級…` (A1A1 A3A8 D2BB
 * A3A9 …) come out as `?。ㄒ唬┩苿痈吣芗…` until an ASCII byte puts the decoder back in step. Encoding the garbled
 * characters back to GBK and decoding them again with the lost byte in front recovers the line (observed on a mirror
 * of 温政发〔2025〕2号).
 */

let reverseTable: Map<string, readonly [number, number]> | null = null;

/** Character → its two GBK bytes, built once by decoding every two-byte sequence (about 24,000). */
function gbkBytesOf(): Map<string, readonly [number, number]> {
  if (reverseTable) return reverseTable;
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, readonly [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  reverseTable = table;
  return table;
}

/** The GBK bytes of `text`, or null when a character has none (the text was not GBK to begin with). */
function encodeGbk(text: string): number[] | null {
  const table = gbkBytesOf();
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = table.get(char);
    if (!pair) return null;
    bytes.push(pair[0], pair[1]);
  }
  return bytes;
}

/** Bytes a line of a policy text most often starts with: the ideographic space (A1A1) and full-width （ (A3A8). */
const LOST_LEAD_BYTES = [0xa1, 0xa3] as const;

/**
 * The line as written when `garbled` (the text after the `?` that stands for the lost byte) is GBK read one byte out
 * of step and the repair passes `accept` (say, it now starts with a clause label); null otherwise. Lines that lost
 * more than one byte do not come back whole and are left to the caller.
 */
export function repairShiftedGbk(garbled: string, accept: (repaired: string) => boolean): string | null {
  if (!/[\u3000-\u9fff]/.test(garbled)) return null;
  const bytes = encodeGbk(garbled);
  if (!bytes) return null;
  const decoder = new TextDecoder('gbk');
  for (const lead of LOST_LEAD_BYTES) {
    const repaired = decoder.decode(new Uint8Array([lead, ...bytes])).replace(/^[\u3000\s!！]+/, '');
    if (!repaired.includes('\ufffd') && accept(repaired)) return repaired;
  }
  return null;
}
