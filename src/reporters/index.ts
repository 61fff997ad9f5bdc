// Every output format, as pure functions RunResult → string. The CLI picks one,
// decides colour from the TTY, and writes the string where it was asked to.
import type { RunResult } from '../model/result.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import type { ReporterOptions } from './options.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

export type { ReporterOptions } from './options.js';
export type FormatName = 'text' | 'json' | 'sarif' | 'html' | 'csv';
export type Reporter = (result: RunResult, opts: ReporterOptions) => string;

export const reporters: Record<FormatName, Reporter> = {
  text: renderText,
  json: (r) => renderJson(r),
  sarif: renderSarif,
  html: renderHtml,
  csv: renderCsv,
};

export const FORMATS = Object.keys(reporters) as FormatName[];

export { findingFingerprint, documentIdentity, normalizeExcerpt, FINGERPRINT_KEY } from './fingerprint.js';
export { toContract } from './json.js';
