/**
 * The shapes that make a policy text's structure, matched on a line's `key` (half-width, Simplified — see
 * text/normalize.ts). All anchored and free of nested quantifiers, so each runs in time linear in the line.
 */

const hanNumeral = '[一二三四五六七八九十百零〇两]';

/** Area heading: `一、…` or, in the 2024 draft, `1、…`; group 1 = numeral, group 2 = rest. */
export const areaHeading = new RegExp(`^(${hanNumeral}{1,4}|\\d{1,2})\\s*、\\s*(.*)$`);

/** Clause start: `(一)` / `(十一)` (full-width already folded) or `1.` / `1．` not followed by a digit (1.74亿元). */
export const clauseStart = new RegExp(`^(?:\\((${hanNumeral}{1,4})\\)|(\\d{1,3})\\.(?!\\d))\\s*`);

/** Area lead inside a heading: `(由区科技局牵头)`, `(由区农水局、区发改局牵头实施)`, on web copies `(区科技局牵头)`. */
export const areaLeadSuffix = /\(由?[^()]{1,60}牵头[^()]{0,6}\)\s*$/;

/**
 * Web-page chrome lines: navigation, breadcrumbs, accessibility toggles, download links, page dates and counters,
 * site disclaimers.
 */
export const chromeLine =
  /^(?:阅读辅助|(?:(?:进入|退出)(?:老年|无障碍|关怀)模式\s*)+|\[?附件下载\]?|打印(?:本页)?|关闭(?:窗口)?|【?(?:字体|字号)[:：].*|分享到.*|扫一扫.*|特别声明[:：].*|来源[:：].{0,40}|责任编辑[:：].{0,40}|访\s*问\s*量\s*[:：]?\s*|(?:您现在的|您的|当前)位置\s*[:：].{0,80}|>.{0,120}|(?:发布)?(?:日期|时间)\s*[:：].{0,60}|阅读(?:数|量|次数)?\s*[:：]?\s*\d*\s*次?|浏览次数\s*[:：].{0,20})$/;

/** Labels of the web metadata block (索引号, 发文机关, 文号, …), with or without spaces inside the label. */
const metadataLabels = [
  '索引号?',
  '发文机关',
  '发布机构',
  '发布单位',
  '成文日期',
  '发布日期',
  '发文字号',
  '文件编号',
  '有效性',
  '发布时间',
  '公开形式',
  '公开方式',
  '公开分类',
  '所属栏目',
  '统一编号',
  '规范性文件统一编号',
  '文件登记号',
  '访问量',
  '主题分类',
  '主题词',
  '体裁分类',
  '政策层级分类',
  '相关链接',
  '文号',
].map((label) => [...label.replace('?', '')].join('\\s*') + (label.endsWith('?') ? '?' : ''));
const labelAlternatives = metadataLabels.join('|');

/** A metadata label with its colon; several may share a line (海宁). Group 1 = the label. */
export const metadataLabel = new RegExp(`(${labelAlternatives})\\s*[:：]`, 'g');

/** Non-global twin of `metadataLabel` for tests (a /g regex keeps state between `test` calls). */
export const hasMetadataLabel = new RegExp(metadataLabel.source);

/** A line that starts with a metadata label without a colon (南湖: `文  号 南政发〔2025〕8号 主题词`). */
export const bareMetadataLine = new RegExp(`^(?:${labelAlternatives})\\s+\\S`);

/** A bare metadata label followed by its value, for lines matched by `bareMetadataLine`. Group 1 = the label. */
export const bareMetadataLabel = new RegExp(`(?<=^|\\s)(${labelAlternatives})(?=\\s)`, 'g');

/** A `label: value` line that is not metadata: contact, address, e-mail, site chrome (联系人:王卓群). */
export const labelLine = /^[^\s:：《》()（）]{1,8}[:：]/;

/** A contact or address line, where a titleless text may still name its locality (地址:杭州市余杭区…). */
export const contactLine = /^(?:联系(?:人|电话|单位|方式|地址)?|地址|通讯地址|邮箱|电子邮箱|邮编|电话|传真)\s*[:：]/;

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

/** A 文号 in parentheses closing a title line: `…的通知(南政发〔2025〕8号)`. Group 1 = the 文号. */
export const trailingDocNumber = /[(（]\s*([\u4e00-\u9fa5]{1,10}[〔[(【]\s*\d{4}\s*[〕\])】]\s*\d{1,4}\s*号)\s*[)）]$/;

/** The annex marker: `附件`, `附件:`, `附件:海宁市积极争取省政策事项清单`, `附件1`. */
export const annexMarker = /^附\s*件\s*\d{0,2}\s*[:：]?\s*(.{0,60})$/;

/** Closing paragraphs: total budget and validity. */
export const closingParagraph =
  /^(?:上述.{0,30}政策|本(?:文件|政策|方案|意见|措施)(?:明确的|自|中)|.{0,60}均为\d{4}年全年实施有效)/;

/** Document number (文号) standing alone on a line. */
export const docNumberLine = /^[\u4e00-\u9fa5]{1,10}[〔[(【]\s*\d{4}\s*[〕\])】]\s*\d{1,4}\s*号$/;
