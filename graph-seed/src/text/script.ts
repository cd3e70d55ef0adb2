import * as OpenCC from 'opencc-js';
import type { Script } from '../model/document';

// One converter for the process: building it loads the dictionaries (tens of ms), converting is cheap.
// Traditional (Taiwan/HK variants included via 't') → mainland Simplified.
const traditionalToSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Mainland Simplified form of a text in either script; Simplified input comes back unchanged. */
export function toSimplified(text: string): string {
  return traditionalToSimplified(text);
}

/**
 * Which script a text is written in: the share of characters that change under Traditional→Simplified conversion.
 * Simplified texts change almost nothing; Traditional ones change 10–25% of their Han characters.
 */
export function detectScript(text: string): Script {
  const sample = text.slice(0, 20_000);
  const converted = toSimplified(sample);
  let han = 0;
  let changed = 0;
  const length = Math.min(sample.length, converted.length);
  for (let i = 0; i < length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff) continue;
    han++;
    if (sample[i] !== converted[i]) changed++;
  }
  return han > 0 && changed / han > 0.03 ? 'TRADITIONAL' : 'SIMPLIFIED';
}
