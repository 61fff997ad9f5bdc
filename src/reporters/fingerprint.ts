// A finding's identity across runs: which rule, what text, which document —
// never line or page numbers, so an edit elsewhere in the report does not change it.
// Used for SARIF partialFingerprints and meant for baselines too.
import { createHash } from 'node:crypto';
import { norm } from '../structure/normalize.js';
import type { FileResult, Finding, Location } from '../model/result.js';
import { splitExcerpt } from './span.js';

/**
 * Version the scheme so a baseline can tell an old fingerprint from a changed finding.
 * v2 takes a fixed amount of context around the span instead of the whole excerpt:
 * the excerpt's window counts spaces, which a PDF has ("2023 年") and a .docx has not,
 * so the same finding's excerpt ended elsewhere in each and v1 never matched across them.
 */
export const FINGERPRINT_KEY = 'reportlint/v2';

/** Characters of context (whitespace removed) kept either side of the span: fewer than any excerpt window has. */
const CONTEXT_CHARS = 8;

/** Excerpt in comparable form: normalized, no ellipsis marks, no whitespace. */
export function normalizeExcerpt(excerpt: string): string {
  return norm(excerpt).replace(/…/g, '').replace(/\s+/g, '');
}

/** The report's identity: its title when one was understood, else the file name (not the directory). */
export function documentIdentity(file: Pick<FileResult, 'path' | 'document'>): string {
  const title = file.document?.title?.trim();
  if (title) return norm(title);
  const base = file.path.split(/[\\/]/).pop() ?? file.path;
  return base;
}

/** The span with CONTEXT_CHARS of normalized context either side (the whole excerpt when the span is not found in it). */
export function fingerprintContext(loc: Location | undefined): string {
  if (!loc) return '';
  const { before, span, after } = splitExcerpt(loc);
  if (!span) return normalizeExcerpt(loc.excerpt);
  return `${normalizeExcerpt(before).slice(-CONTEXT_CHARS)}[${normalizeExcerpt(span)}]${normalizeExcerpt(after).slice(0, CONTEXT_CHARS)}`;
}

export function findingFingerprint(file: Pick<FileResult, 'path' | 'document'>, finding: Finding): string {
  const parts = [finding.ruleId, fingerprintContext(finding.locations[0]), documentIdentity(file)];
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

/** The v1 fingerprint (the whole excerpt), so that baselines written before v2 still hide their findings. */
export function findingFingerprintV1(file: Pick<FileResult, 'path' | 'document'>, finding: Finding): string {
  const parts = [finding.ruleId, normalizeExcerpt(finding.locations[0]?.excerpt ?? ''), documentIdentity(file)];
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}
