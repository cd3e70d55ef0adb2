/**
 * What importPolicy refuses before parsing: texts over 2 MB, empty or binary texts, bad source names, and — after
 * parsing — documents without clauses or whose region or year the parser had to guess (a guessed 浙江省 document
 * would silently replace the provincial one).
 */
import type { Diagnostic, PolicyDocument } from '@policy-cascade/graph-seed';

export const MAX_TEXT_BYTES = 2 * 1024 * 1024;
const MAX_SOURCE_NAME = 200;

export type RejectCode = 'PARSE_ERROR' | 'TOO_LARGE' | 'INVALID_INPUT' | 'ALREADY_EXISTS' | 'STORE_ERROR';

export interface Rejection {
  ok: false;
  code: RejectCode;
  message: string;
  diagnostics: Diagnostic[];
  /** ALREADY_EXISTS: the document the import would replace. */
  existingId?: string;
}

export function rejection(code: RejectCode, message: string, diagnostics: Diagnostic[] = []): Rejection {
  return { ok: false, code, message, diagnostics };
}

function diagnostic(file: string, code: string, message: string, line = 0): Diagnostic {
  return { file, line, severity: 'error', code, message };
}

/** Control characters other than tab, newline, carriage return and form feed: binary data, not text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/** NUL or more than 1% control characters. (U+FFFD, text decoded with the wrong encoding: textEncoding.ts.) */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const controls = text.match(CONTROLS)?.length ?? 0;
  return controls / text.length > 0.01;
}

/** A rejection for text that cannot be a policy document, or null when it may be parsed. */
export function checkText(text: string, sourceName: string): Rejection | null {
  const name = sourceName.trim();
  if (name === '' || name.length > MAX_SOURCE_NAME || CONTROL.test(name)) {
    return rejection('INVALID_INPUT', `sourceName must be a file name of 1 to ${MAX_SOURCE_NAME} printable characters`);
  }
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_TEXT_BYTES) {
    const size = (bytes / 1024 / 1024).toFixed(1);
    const message = `The text is ${size} MB; importPolicy takes texts up to 2 MB. Leave out annexes or split it.`;
    return rejection('TOO_LARGE', message, [diagnostic(name, 'TOO_LARGE', message)]);
  }
  if (text.trim() === '') {
    const message = 'The text is empty: paste the whole policy document.';
    return rejection('INVALID_INPUT', message, [diagnostic(name, 'EMPTY_FILE', message, 1)]);
  }
  if (looksBinary(text)) {
    const message = 'The text holds binary data (control characters): send the document as plain UTF-8 text.';
    return rejection('INVALID_INPUT', message, [diagnostic(name, 'BINARY_FILE', message)]);
  }
  return null;
}

/** A rejection for a parsed document that must not be loaded, or null when it may be. */
export function checkDocument(document: PolicyDocument, sourceName: string): Rejection | null {
  const guesses = document.warnings.filter((d) => d.code === 'NO_REGION' || d.code === 'NO_YEAR');
  if (guesses.length > 0) {
    const message =
      'The document names no Zhejiang region or no year in its title or issuer, so it cannot be placed in the cascade.';
    return rejection(
      'PARSE_ERROR',
      message,
      guesses.map((d) => ({ ...d, severity: 'error' })),
    );
  }
  if (document.clauses.length === 0) {
    const first = document.sections[0]?.sourceLine ?? 1;
    const message = 'No clause found: clauses start with (一)/（一） or 1./1． under an area heading 一、.';
    return rejection('PARSE_ERROR', message, [diagnostic(sourceName, 'NO_CLAUSES', message, first)]);
  }
  return null;
}
