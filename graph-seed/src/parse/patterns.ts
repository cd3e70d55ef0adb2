/**
 * The shapes that make a policy text's structure, matched on a line's `key` (half-width, Simplified — see
 * text/normalize.ts). All anchored and free of nested quantifiers, so each runs in time linear in the line.
 */

const hanNumeral = '[一二三四五六七八九十百零〇两]';

/** Area heading: `一、…` or, in the 2024 draft, `1、…`; group 1 = numeral, group 2 = rest. */
export const areaHeading = new RegExp(`^(${hanNumeral}{1,4}|\\d{1,2})\\s*、\\s*(.*)$`);

/** Clause start: `(一)` / `(十一)` (full-width already folded) or `1.` / `1．` not followed by a digit (1.74亿元). */
export const clauseStart = new RegExp(`^(?:\\((${hanNumeral}{1,4})\\)|(\\d{1,3})\\.(?!\\d))\\s*`);

/** Area lead inside a heading: `(由区科技局牵头)`, `(由区农水局、区发改局牵头实施)`. */
export const areaLeadSuffix = /\(由[^()]{1,60}牵头[^()]{0,6}\)\s*$/;

/** Web-page chrome lines: navigation, accessibility toggles, download links, site disclaimers. */
export const chromeLine =
  /^(?:阅读辅助|进入(?:老年|无障碍|关怀)模式|退出(?:老年|无障碍|关怀)模式|\[?附件下载\]?|打印(?:本页)?|关闭(?:窗口)?|【?(?:字体|字号)[:：].*|分享到.*|扫一扫.*|特别声明[:：].*|来源[:：].{0,40}|责任编辑[:：].{0,40}|访\s*问\s*量\s*[:：]?\s*)$/;

/** Labels of the web metadata block (索引号, 发文机关, …); several may share a line (海宁). */
export const metadataLabel =
  /(索\s*引\s*号?|发\s*文\s*机\s*关|成\s*文\s*日\s*期|发\s*文\s*字\s*号|有\s*效\s*性|发\s*布\s*时\s*间|公\s*开\s*形\s*式|所\s*属\s*栏\s*目|统\s*一\s*编\s*号|访\s*问\s*量|主\s*题\s*分\s*类|文\s*号)\s*[:：]/g;

/** Non-global twin of `metadataLabel` for tests (a /g regex keeps state between `test` calls). */
export const hasMetadataLabel = new RegExp(metadataLabel.source);

/** A date line of the issuing notice: `2025年5月23日`. */
export const dateLine = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;

/** An ISO-ish date in the metadata block: `2025-06-10`, `2025/6/10`, `2025.06.10`. */
export const isoDate = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/;

/** Notice salutation line: `各镇人民政府、…:`. */
export const salutation = /^各.{1,200}[:：]$/;

/** Notice body: `《…》已经…审议通过,现印发给你们` / `现将《…》印发给你们`. */
export const noticeBody = /印发给你们|印发给你单位|现予印发|现印发/;

/** Publication markers that are neither title nor text. */
export const publicationMarker = /^\((?:此件公开发布|此件主动公开|此件不公开|此件依申请公开)\)$/;

/** Draft markers: `(征求意见稿)`, `(送审稿)`, `(讨论稿)`. */
export const draftMarker = /^\((征求意见稿|送审稿|讨论稿|草案)\)$/;

/** An issuer line: a short organ name ending in 人民政府 / 办公室 / 委员会 …. */
export const issuerLine = /^[^\s,。:;]{2,40}(?:人民政府|人民政府办公室|办公室|委员会|管委会|政府)$/;

/** The annex marker: `附件`, `附件:`, `附件:海宁市积极争取省政策事项清单`, `附件1`. */
export const annexMarker = /^附\s*件\s*\d{0,2}\s*[:：]?\s*(.{0,60})$/;

/** Closing paragraphs: total budget and validity. */
export const closingParagraph =
  /^(?:上述.{0,30}政策|本(?:文件|政策|方案|意见|措施)(?:明确的|自|中)|.{0,60}均为\d{4}年全年实施有效)/;

/** Document number (文号) standing alone on a line. */
export const docNumberLine = /^[\u4e00-\u9fa5]{1,10}[〔[(【]\s*\d{4}\s*[〕\])】]\s*\d{1,4}\s*号$/;
