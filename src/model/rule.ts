// The interface between the engine and the rule modules in rules/.
// A rule reads the Document and its facts (ctx.facts), and reports findings through ctx.report.
import type { Facts } from '../facts/store.js';
import type { Document, SpanRef } from './document.js';
import type { Lang, Settings, Severity } from './settings.js';

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

/** A word of the domain in a message's data, given in Chinese; the engine writes it in the finding's language (src/i18n/glossary.ts). */
export interface Term {
  term: string;
  /** Values for the term's own {placeholders}. */
  data?: Record<string, string | number>;
}

/** Terms read together: as one phrase ('中央调整后预算') or as a list ('汇总表、正文'). */
export interface Words {
  words: Term[];
  join: 'phrase' | 'list';
}

/** A value for a message's {placeholder}: figures and names as written, domain words as terms (never a translation). */
export type MessageValue = string | number | Term | Words;

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, MessageValue>;
  /** The value the rest of the document implies. */
  expected?: string;
  /** The value the document states at the first location. */
  actual?: string;
  /** First: where to fix. Then: the places it conflicts with. At least one. */
  locations: SpanRef[];
}

/** What a rule reported, as the engine's message steps (src/engine/steps/) receive it. */
export interface RuleReport {
  ruleId: string;
  messageId: string;
  data: Record<string, MessageValue>;
  expected?: string;
  actual?: string;
  /** The descriptor's locations: first where to fix, then where it conflicts. */
  spans: SpanRef[];
}

/** Word segmentation (nodejieba behind it), loaded on first use, once per process. */
export interface Segmenter {
  cut(text: string): string[];
  /** A word of the dictionary, not two characters the statistical model guessed into one ("资料" yes, "资全" no). */
  isWord?(text: string): boolean;
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

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
