/**
 * Bytes → text. UTF-8 (with or without BOM) is the norm; GB18030/GBK and Big5 files are detected and converted with
 * a warning; UTF-16 with a BOM is accepted; binary and empty input are refused with an error naming the line.
 */
import chardet from 'chardet';
import type { Diagnostic } from '../model/document';

export interface DecodeResult {
  /** The decoded text, or null when the bytes are refused (then `diagnostics` holds an error). */
  text: string | null;
  diagnostics: Diagnostic[];
}

/** Share of control bytes (other than tab, LF, CR, FF, ESC-free text) above which input is called binary. */
const MAX_CONTROL_RATIO = 0.01;

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Index of the first byte that makes the input look binary, or -1. */
function binaryOffset(bytes: Uint8Array): number {
  let controls = 0;
  let first = -1;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte === 0) return i;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) {
      controls++;
      if (first < 0) first = i;
    }
  }
  return controls > Math.max(2, bytes.length * MAX_CONTROL_RATIO) ? first : -1;
}

function utf16(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return tryDecode(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return tryDecode(bytes.subarray(2), 'utf-16be');
  return null;
}

/** Legacy Chinese encodings, most likely first according to chardet; the first that decodes cleanly wins. */
function legacyCandidates(guess: string): string[] {
  const big5First = guess.includes('big5') || guess.includes('euc-tw');
  return big5First ? ['big5', 'gb18030'] : ['gb18030', 'big5'];
}

/**
 * Decodes the bytes of a policy text. Never throws: unreadable input comes back as `text: null` with an error
 * diagnostic (EMPTY_FILE, BINARY_FILE or ENCODING) that names the file and line.
 */
export function decodeBytes(bytes: Uint8Array, file: string): DecodeResult {
  const error = (line: number, code: string, message: string): DecodeResult => ({
    text: null,
    diagnostics: [{ file, line, severity: 'error', code, message }],
  });
  const fromUtf16 = utf16(bytes);
  if (fromUtf16 !== null) return checkEmpty(fromUtf16, file, 'UTF-16');
  const binaryAt = binaryOffset(bytes);
  if (binaryAt >= 0) {
    return error(
      lineAt(bytes, binaryAt),
      'BINARY_FILE',
      `binary data (byte 0x${hex(bytes[binaryAt])} at offset ${binaryAt}); expected a text file`,
    );
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const utf8 = tryDecode(bytes.subarray(start), 'utf-8');
  if (utf8 !== null) return checkEmpty(utf8, file, null);
  const guess = (chardet.detect(bytes) ?? '').toLowerCase();
  for (const encoding of legacyCandidates(guess)) {
    const text = tryDecode(bytes, encoding);
    if (text !== null) return checkEmpty(text, file, encoding.toUpperCase());
  }
  // Say what the bytes look like, so a user knows what to convert from (or that the file is a mix).
  const looks = guess && !/utf-8|gb|big5/.test(guess) ? ` (they look most like ${guess.toUpperCase()})` : '';
  const message = `not valid UTF-8, GB18030 or Big5 text${looks}; save the file as UTF-8`;
  return error(firstInvalidLine(bytes), 'ENCODING', message);
}

function hex(byte: number | undefined): string {
  return (byte ?? 0).toString(16).padStart(2, '0');
}

function checkEmpty(text: string, file: string, convertedFrom: string | null): DecodeResult {
  if (text.trim() === '') {
    return {
      text: null,
      diagnostics: [{ file, line: 1, severity: 'error', code: 'EMPTY_FILE', message: 'the file is empty' }],
    };
  }
  const diagnostics: Diagnostic[] = [];
  if (convertedFrom !== null) {
    diagnostics.push({
      file,
      line: 1,
      severity: 'warning',
      code: 'ENCODING',
      message: `not UTF-8: decoded as ${convertedFrom}`,
    });
  }
  return { text, diagnostics };
}

/** Line of the first byte sequence that is not UTF-8, for the line number of an ENCODING error. */
function firstInvalidLine(bytes: Uint8Array): number {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const at = lenient.indexOf('\ufffd');
  return at < 0 ? 1 : lenient.slice(0, at).split('\n').length;
}
