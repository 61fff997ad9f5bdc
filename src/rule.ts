// The interface between the engine and the rule modules in rules/.
// A rule reads the Document and its facts (ctx.facts), and reports findings through ctx.report.
import type { Facts } from './facts/store.js';
import type { Document, Location, ReviewMark, SpanRef } from './model.js';

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'zh-CN' | 'en';

/** A message in both languages; `{name}` placeholders are filled from `data`. */
export interface Message {
  'zh-CN': string;
  en: string;
}

export interface RuleMeta {
  /** Stable id, "<area>/<name>", e.g. "score/children-sum". */
  id: string;
  description: Message;
  defaultSeverity: Severity;
  /** Message templates by id, ESLint-style. */
  messages: Record<string, Message>;
  /** JSON Schema (draft 2020-12) of the rule's options object, if it takes any. */
  optionsSchema?: Record<string, unknown>;
  /** Default option values. */
  defaultOptions?: Record<string, unknown>;
  /** Set when the rule needs Chinese word segmentation (loads nodejieba lazily). */
  needsSegmenter?: boolean;
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  /** The value the rest of the document implies. */
  expected?: string;
  /** The value the document states at the first location. */
  actual?: string;
  /** First: where to fix. Then: the places it conflicts with. At least one. */
  locations: SpanRef[];
}

/** Word segmentation (nodejieba behind it), loaded on first use, once per process. */
export interface Segmenter {
  cut(text: string): string[];
}

export interface RuleContext {
  readonly doc: Document;
  readonly options: Readonly<Record<string, unknown>>;
  /** Project-level settings from config (evaluated year, project name, unit aliases…). */
  readonly settings: Readonly<Settings>;
  /** The document's facts, each built once per document on first read (src/facts/store.ts). */
  readonly facts: Facts;
  segmenter(): Segmenter;
  report(d: ReportDescriptor): void;
}

export interface Settings {
  year?: number;
  projectName?: string;
  /** Alias → canonical unit name, e.g. { "工信局": "工业和信息化局" }. */
  unitAliases?: Record<string, string>;
  /** Names of other known projects/units that are allowed to appear. */
  knownNames?: string[];
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** A finding as the contract has it. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  expected?: string;
  actual?: string;
  locations: Location[];
  /** An auditor's decision on it, when a review file was given (src/review/). */
  review?: ReviewMark;
}
