/**
 * Texts that reached importPolicy in the wrong encoding (issue 17): a GBK or Big5 file pasted or sent as if it were
 * UTF-8 was refused as "no recognizable structure". Two shapes arrive through a JSON string:
 * - its bytes read one per character (Latin-1): nothing is lost, so the bytes are decoded again with graph-seed's
 *   decoder (the one `cascade parse` uses), which converts GB18030/GBK and Big5, and the import goes on with a warning;
 * - its bytes read as UTF-8: every Chinese character became U+FFFD, so the text is gone; the refusal names the
 *   likely encoding and says how to send it.
 */
import { decodeBytes } from '@policy-cascade/graph-seed';
import type { Diagnostic } from '@policy-cascade/graph-seed';
import { rejection } from './checkText';
import type { Rejection } from './checkText';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const HIGH_LATIN1 = /[\u0080-\u00ff]/g;

/** Share of U+FFFD above which the text was decoded with the wrong encoding (GBK read as UTF-8 gives ~50%). */
const MAX_REPLACEMENT_SHARE = 0.01;

export interface RecoveredText {
  text: string;
  diagnostics: Diagnostic[];
}

/** Only Latin-1 code points, a good share of them above 0x7F, no Chinese: bytes that were read one per character. */
function looksLikeBytes(text: string): boolean {
  if (CJK.test(text)) return false;
  const high = text.match(HIGH_LATIN1)?.length ?? 0;
  if (high < 8 || high / text.length < 0.2) return false;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
  return true;
}

/**
 * The text to parse: as sent, or decoded again from its bytes when it came as Latin-1 characters; a rejection when
 * it was decoded with the wrong encoding and cannot be recovered.
 */
export function recoverEncoding(text: string, file: string): RecoveredText | Rejection {
  const replacements = text.match(/\uFFFD/g)?.length ?? 0;
  if (replacements > 0 && replacements / text.length > MAX_REPLACEMENT_SHARE) {
    const message =
      `The text holds ${replacements} replacement characters (U+FFFD): it was read with the wrong encoding, most ` +
      'likely a GBK (GB18030) or Big5 file read as UTF-8, and its Chinese characters are lost. Upload the file ' +
      'itself (the Import view detects GBK and Big5) or save it as UTF-8.';
    return rejection('INVALID_INPUT', message, [{ file, line: 0, severity: 'error', code: 'ENCODING', message }]);
  }
  if (!looksLikeBytes(text)) return { text, diagnostics: [] };
  const decoded = decodeBytes(
    Uint8Array.from(text, (c) => c.charCodeAt(0)),
    file,
  );
  if (decoded.text === null || !CJK.test(decoded.text)) return { text, diagnostics: [] };
  const from = decoded.diagnostics.find((d) => d.code === 'ENCODING')?.message.replace(/^not UTF-8: decoded as /, '');
  const message = `The text came as Latin-1 characters; its bytes were decoded as ${from ?? 'UTF-8'}.`;
  return { text: decoded.text, diagnostics: [{ file, line: 1, severity: 'warning', code: 'ENCODING', message }] };
}
