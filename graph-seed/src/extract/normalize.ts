import { toSimplified } from '../text/script';

/**
 * Fold full-width ASCII (Ｆ０１–ＦＦ５Ｅ) to half-width and the ideographic space to a plain space. One character in,
 * one character out, so offsets in the folded text are offsets in the input.
 */
export function foldWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/**
 * The copy of a text that extractors match on: Simplified script, half-width punctuation and digits.
 * Offsets into it are offsets into the original, because opencc's t→cn conversion keeps the length on our corpus;
 * when it does not (a phrase conversion changed the length), we fall back to width folding alone so offsets stay
 * true at the cost of missing some Traditional spellings.
 */
export function matchText(text: string): string {
  const simplified = toSimplified(text);
  const source = simplified.length === text.length ? simplified : text;
  return foldWidth(source);
}

/** Canonical full-width form of CJK brackets written in other widths or styles, used for keys and display. */
export function halfWidthParens(text: string): string {
  return text.replace(/（/g, '(').replace(/）/g, ')');
}
