/**
 * The web metadata block of a header in every form pages give it: `label: value` (several per line), labels with
 * spaces inside (`文  号`), labels without a colon (`文  号 南政发〔2025〕8号 主题词`), pipe tables
 * (`| 文 号: | 金政发〔2024〕5号 |`) and bullet lists whose value sits on the next line (`• 发文字号:` / `钱政发〔2025〕6号`).
 */
import type { SourceLine } from '../text/normalize';
import { bareMetadataLabel, bareMetadataLine, hasMetadataLabel, metadataLabel } from './patterns';

/** Metadata field values by label without spaces (发文字号 → 海政发〔2025〕10号). */
export type HeaderFields = Record<string, string>;

/** A field value without the table pipes and spaces around it (`| 金政发〔2024〕5号 |` → `金政发〔2024〕5号`). */
function cleanValue(value: string): string {
  return value.replace(/^[\s|｜]+|[\s|｜]+$/g, '').trim();
}

/** Whether a line holds metadata fields (with or without colons). */
export function isMetadataLine(key: string): boolean {
  return hasMetadataLabel.test(key) || bareMetadataLine.test(key);
}

function labelMatches(key: string): RegExpExecArray[] {
  const withColon = [...key.matchAll(metadataLabel)];
  return withColon.length > 0 ? withColon : [...key.matchAll(bareMetadataLabel)];
}

/**
 * Reads the fields of one metadata line into `fields`; returns the labels whose value is empty on this line (a
 * bullet list puts it on the next line).
 */
export function readFields(line: SourceLine, fields: HeaderFields): string[] {
  const matches = labelMatches(line.key);
  const empty: string[] = [];
  matches.forEach((match, i) => {
    const start = match.index + match[0].length;
    const end = matches[i + 1]?.index ?? line.text.length;
    const label = (match[1] ?? '').replace(/\s+/g, '');
    const value = cleanValue(line.text.slice(start, end));
    if (value === '') empty.push(label);
    else fields[label] ??= value;
  });
  return empty;
}

/** The field values that can hold a 文号, most specific label first. */
export function docNumberFields(fields: HeaderFields): string[] {
  return ['发文字号', '文号', '文件编号'].map((label) => fields[label] ?? '').filter((value) => value !== '');
}

/** The field values that name the issuing organ (发文机关, 发布机构, 发布单位). */
export function issuerFields(fields: HeaderFields): string[] {
  return ['发文机关', '发布机构', '发布单位'].map((label) => fields[label] ?? '').filter((value) => value !== '');
}
