// What one run produces: the JSON contract's shape, before any reporter formats it.
import type { SourceFormat } from './document.js';
import type { Severity } from './settings.js';

export interface DocumentSummary {
  pages: number | null;
  paragraphs: number;
  tables: number;
  title: string | null;
  projectName: string | null;
  year: number | null;
}

/** Something about how the file was read, worth saying though it is no finding (e.g. bytes replaced while decoding). */
export interface FileNote {
  code: string;
  message: string;
}

/** How a .txt/.md file's bytes were decoded. */
export interface TextEncodingInfo {
  name: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
  bom: boolean;
  /** Invalid byte sequences replaced by U+FFFD. */
  replaced: number;
}

export interface FileResult {
  /** The path as given on the command line. */
  path: string;
  format: SourceFormat | 'unknown';
  status: 'ok' | 'error';
  /** A file named on the command line that the ignore file or --ignore-pattern leaves out: not checked, one warning (note W_IGNORED). */
  ignored?: boolean;
  error?: { code: string; message: string };
  document?: DocumentSummary;
  /** .txt/.md only: the encoding the bytes were read as. */
  encoding?: TextEncodingInfo;
  notes?: FileNote[];
  findings: Finding[];
  /** With --review: the findings the auditor dismissed, shown apart and not counted. */
  dismissed?: Finding[];
}

export interface RunResult {
  schemaVersion: 1;
  tool: { name: 'reportlint'; version: string };
  /** ignoredFiles: present when files named on the command line were ignored; --max-warnings counts them with the warnings. */
  summary: {
    files: number;
    failedFiles: number;
    errors: number;
    warnings: number;
    infos: number;
    ignoredFiles?: number;
  };
  files: FileResult[];
  /** Present when --baseline was given: how many findings it hid, and its entries that no current finding matched. */
  baseline?: BaselineSummary;
  /** Present when --review was given: how many findings carry each status, and entries no finding matched. */
  review?: ReviewSummary;
}

export interface ReviewSummary {
  file: string;
  confirmed: number;
  dismissed: number;
  pending: number;
  unmatched: number;
}

export interface BaselineSummary {
  file: string;
  suppressed: number;
  unmatched: Array<{ fingerprint: string; ruleId: string; document: string; excerpt: string; count: number }>;
}

/** A finding as the contract has it. */
export interface Finding {
  ruleId: string;
  /** Which of the rule's messages (its meta.messages key): stable across languages. Absent in findings read from older output. */
  messageId?: string;
  severity: Severity;
  message: string;
  expected?: string;
  actual?: string;
  locations: Location[];
  /** An auditor's decision on it, when a review file was given (src/review/). */
  review?: ReviewMark;
}

/** The contract's location object (schema/report.schema.json). */
export interface Location {
  text: string;
  excerpt: string;
  page: number | null;
  line: number | null;
  paragraph: number | null;
  table: { index: number; row: number; col: number } | null;
  section: string | null;
}

// ---------------------------------------------------------------- review (src/review/)

export type ReviewStatus = 'confirmed' | 'dismissed' | 'pending';

/** An auditor's decision on one finding, as a review file records it. */
export interface ReviewMark {
  status: ReviewStatus;
  /** Why it was dismissed (required then), or a note. */
  reason?: string;
  /** Who decided. */
  name?: string;
  /** When (ISO 8601), as the file has it. */
  date?: string;
}
