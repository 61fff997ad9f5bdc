// What one run produces: the JSON contract's shape, before any reporter formats it.
import type { SourceFormat } from './model.js';
import type { Finding } from './rule.js';

export interface DocumentSummary {
  pages: number | null;
  paragraphs: number;
  tables: number;
  title: string | null;
  projectName: string | null;
  year: number | null;
}

export interface FileResult {
  /** The path as given on the command line. */
  path: string;
  format: SourceFormat | 'unknown';
  status: 'ok' | 'error';
  error?: { code: string; message: string };
  document?: DocumentSummary;
  findings: Finding[];
  /** With --review: the findings the auditor dismissed, shown apart and not counted. */
  dismissed?: Finding[];
}

export interface RunResult {
  schemaVersion: 1;
  tool: { name: 'reportlint'; version: string };
  summary: { files: number; failedFiles: number; errors: number; warnings: number; infos: number };
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
