// A finding's identity across runs: which rule, what text, which document —
// never line or page numbers, so an edit elsewhere in the report does not change it.
// Used for SARIF partialFingerprints and meant for baselines too.
import { createHash } from 'node:crypto';
import { norm } from '../normalize.js';
import type { FileResult } from '../result.js';
import type { Finding } from '../rule.js';

/** Version the scheme so a baseline can tell an old fingerprint from a changed finding. */
export const FINGERPRINT_KEY = 'reportlint/v1';

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

export function findingFingerprint(file: Pick<FileResult, 'path' | 'document'>, finding: Finding): string {
  const first = finding.locations[0];
  const parts = [finding.ruleId, normalizeExcerpt(first?.excerpt ?? ''), documentIdentity(file)];
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}
