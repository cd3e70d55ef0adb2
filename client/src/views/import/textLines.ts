/** Where line `line` (1-based) of `text` starts and ends, to select it in the textarea a diagnostic points at. */
export function lineRange(text: string, line: number): [number, number] | undefined {
  if (line < 1) return undefined;
  let start = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', start);
    if (next < 0) return undefined;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return [start, end < 0 ? text.length : end];
}

/** UTF-8 size of a text, as the server counts it against its 2 MB limit. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Lines as an editor numbers them: a final line break does not start another line. */
export function lineCount(text: string): number {
  return text === '' ? 0 : text.replace(/\r?\n$/, '').split('\n').length;
}
