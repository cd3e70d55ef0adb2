/**
 * The typed result of reading one policy text (DESIGN.md §3, §4).
 *
 * Glossary: 政策 → Policy, 条款 → Clause, 领域/部分 → Section (area), 责任单位 → responsible department,
 * 牵头 → lead, 文号 → docNumber, 事项清单 → Request (annex row), 工程/行动/计划 → Program.
 *
 * Everything here is plain data (JSON-serialisable) so the CLI can print it and the graph builder can turn it
 * into nodes and edges without knowing how it was parsed.
 */

export type Script = 'TRADITIONAL' | 'SIMPLIFIED';
export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY';
export type PolicyStatus = 'ISSUED' | 'DRAFT';

/** A region of the gazetteer, keyed by its GB/T 2260 code. County-level cities and districts are COUNTY. */
export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  /** GB/T 2260 code of the enclosing region; null for the province. */
  parentCode: string | null;
}

/** A problem found while reading a text. `line` is 1-based in the source file (0 when not tied to a line). */
export interface Diagnostic {
  file: string;
  line: number;
  severity: 'error' | 'warning';
  /** Stable machine code, e.g. EMPTY_FILE, BINARY_FILE, ENCODING, NO_STRUCTURE, CLAUSE_NUMBERING. */
  code: string;
  message: string;
}

export type DepartmentRole = 'LEAD' | 'SUPPORT';

/** A department as named in one place of one document, resolved to its canonical form for the document's region. */
export interface DepartmentRef {
  /** As written, in the original script (區科技局). */
  name: string;
  /** Canonical name in Simplified script without the region prefix (科技局); equal across spellings and aliases. */
  canonicalName: string;
  /** Function keys this department covers (science, finance, …); 经商局 covers both economy and commerce. */
  functions: string[];
  role: DepartmentRole;
  /** 1-based position in the list it came from (1 = listed first = lead). */
  rank: number;
}

/** The provision a number belongs to: the coarse grouping of its role (see `kindOfRole` in extract/quantityRole.ts). */
export type QuantityKind = 'BUDGET' | 'SUBSIDY' | 'GOAL';
/**
 * What a number does in its sentence: a cap (最高50万元), a fixed sum (给予25万元), a rate (按研发费增量的10%), a
 * threshold (研发费用达到100万元以上的), a goal (新增50家), a budget (预算安排1.74亿元) or a project size
 * (3亿元以上项目). Only CAP, FIXED and RATE are what a recipient is given.
 */
export type QuantityRole = 'CAP' | 'FIXED' | 'RATE' | 'THRESHOLD' | 'GOAL' | 'BUDGET' | 'PROJECT_SIZE';
export type Qualifier =
  '以上' | '以下' | '左右' | '不低于' | '不超过' | '最高' | '最低' | '约' | '超过' | '达到' | '力争';

/**
 * A number with a unit found in a text, with what it does there (`role`) and the provision it belongs to (`kind`).
 * `normalizedValue` is in `normalizedUnit`: money in 元, counts in their counter (家/项/个/人…), % as the percent
 * number, area in 亩, energy in 万吨标准煤, rates as written (元/标箱).
 */
export interface Quantity {
  kind: QuantityKind;
  role: QuantityRole;
  /** True when the text says the figure is approximate (约26亿元, 500个左右). */
  approximate: boolean;
  /** The earlier value when the text says what the figure grows from (由8类扩围至12类 → 8), in `unit`; else null. */
  from: number | null;
  /** What is measured, in Simplified script, e.g. 省级科技企业孵化器奖励, 高新技术企业. Best effort; may be ''. */
  metric: string;
  value: number;
  /** Unit as written after normalising script and width (万元, 家, %, 元/标箱). */
  unit: string;
  qualifier: Qualifier | null;
  normalizedValue: number;
  normalizedUnit: string;
  /** The matched text in the original script, e.g. 最高可給予50萬元. */
  text: string;
  /** Character offset of `text` in the clause's original text. */
  offset: number;
}

/** A named program, campaign or project such as “尖兵”“领雁”科技计划, “3119”工程, “人工智能+”行动. */
export interface ProgramRef {
  /**
   * Display name in Simplified script, e.g. “尖兵”“领雁”科技计划: a known program's own name (data/known-programs.json)
   * whatever spelling the text uses, else the name as written.
   */
  name: string;
  /** Stable key: the name without quotes and spaces (尖兵领雁科技计划). Used as the Program node id. */
  key: string;
  kind: '工程' | '行动' | '计划' | '项目' | '体系' | '机制' | '政策' | '其他';
  /** The other name this text uses for a known program (“千项万亿”项目, 尖兵领雁); `name` when it uses the program's own. */
  written: string;
}

export type ReferenceRelation = 'IMPLEMENTS' | 'CITES';

/** A reference to another document by 《title》 and/or 文号. */
export interface DocumentReference {
  /** Title without 《》 and without the 《…人民政府印发…的通知》 wrapping, in Simplified script; null when only a 文号 is given. */
  title: string | null;
  /** Canonical 文号: Simplified, full-width 〔〕, half-width digits, 号, no spaces (浙政发〔2025〕3号). */
  docNumber: string | null;
  /** The text as written. */
  raw: string;
  relation: ReferenceRelation;
  /**
   * Identity key that matches references to documents across the corpus: the canonical docNumber when present,
   * else `title:` + the normalized title key (issuer region code + core title). The graph builder turns keys into
   * Policy ids (`{issuerRegionCode}-{year}`) and fills stubs in place when a text with that key arrives.
   */
  policyKey: string;
}

export interface Section {
  id: string;
  ordinal: number;
  /** As written: 一、 or 1、 */
  label: string;
  title: string;
  /** The paragraph(s) between the heading and the first clause. */
  preamble: string;
  leadDepartments: DepartmentRef[];
  /** Budget and target figures of the preamble (2025年,区级财政预算安排1.74亿元…). */
  quantities: Quantity[];
  /** Programs the heading or preamble names (深入实施“3119”工程). */
  programs: ProgramRef[];
  sourceLine: number;
}

export interface Clause {
  id: string;
  ordinal: number;
  /** As written: (十一) or 11. */
  label: string;
  sectionOrdinal: number;
  /** The first sentence without its label, original script. */
  title: string;
  /** Full clause text in the original script, artefacts removed, responsibility list included. */
  text: string;
  textSimplified: string;
  sourceLine: number;
  departments: DepartmentRef[];
  programs: ProgramRef[];
  /** Figures in money (元, 元 per unit), whatever their role. */
  amounts: Quantity[];
  /** Figures in other units (counts, %, 亩, 万吨标准煤 …), whatever their role. */
  targets: Quantity[];
  references: DocumentReference[];
}

/** One row of an annex request table (积极争取上级政策事项清单). */
export interface Request {
  id: string;
  ordinal: number;
  /** The area heading the row sits under (一、推进教育科技人才一体发展). */
  area: string;
  item: string;
  goal: string;
  departments: DepartmentRef[];
  /** Programs the item or goal names (争取农业“双强”项目3个). */
  programs: ProgramRef[];
  sourceLine: number;
}

export interface PolicyMeta {
  /** `{regionCode}-{year}[-draft]` for a document of a followed family, else with `-{suffix}` (graph/assignIds.ts). */
  id: string;
  title: string;
  docNumber: string | null;
  issuer: string | null;
  region: Region;
  year: number;
  /** ISO date (2025-05-23) when the text states it. */
  publishedOn: string | null;
  status: PolicyStatus;
  script: Script;
  sourceFile: string;
  /** Closing paragraph facts: total budget of the document and its validity sentence. */
  totalBudget: Quantity | null;
  validity: string | null;
}

export interface PolicyDocument {
  policy: PolicyMeta;
  sections: Section[];
  clauses: Clause[];
  /** Document-level references (the preamble's 根据《…》(文号) and others outside clauses). */
  references: DocumentReference[];
  requests: Request[];
  warnings: Diagnostic[];
}

/** What every parser returns: a document (possibly with warnings) or null with at least one error diagnostic. */
export interface ParseResult {
  document: PolicyDocument | null;
  diagnostics: Diagnostic[];
}
