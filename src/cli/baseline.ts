// Baselines: accept today's findings, report only new ones tomorrow.
// A finding is known by its rule, the text around it (whitespace removed, so a
// reflowed PDF or an edit elsewhere in the document does not change it) and
// the document's identity (title, else file name) — never by line or page
// numbers. The scheme is the one SARIF's partialFingerprints use.
import { ConfigError } from './config/errors.js';
import { readJsonFile } from './config/json-syntax.js';
import {
  documentIdentity,
  findingFingerprint,
  findingFingerprintV1,
  normalizeExcerpt,
} from '../reporters/fingerprint.js';
import type { FileResult, Finding } from '../model/result.js';

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  /** Document identity: its title, else the file's base name. */
  document: string;
  /** Normalized excerpt of the first location (for people reading the file). */
  excerpt: string;
  /** How many findings share this fingerprint. */
  count: number;
}

export interface BaselineFile {
  reportlintBaseline: 1;
  entries: BaselineEntry[];
}

export interface BaselineOutcome {
  /** The findings the baseline did not cover. */
  files: FileResult[];
  suppressed: number;
  /** Baseline entries (or parts of their count) no current finding matched. */
  unmatched: BaselineEntry[];
}

export { documentIdentity };

/** Fingerprint, document identity and excerpt as SARIF's partialFingerprints has them (one scheme for both). */
export function fingerprintOf(
  file: FileResult,
  finding: Finding,
): { fingerprint: string; document: string; excerpt: string } {
  return {
    fingerprint: findingFingerprint(file, finding),
    document: documentIdentity(file),
    excerpt: normalizeExcerpt(finding.locations[0]?.excerpt ?? ''),
  };
}

export function createBaseline(files: FileResult[]): BaselineFile {
  const byPrint = new Map<string, BaselineEntry>();
  for (const file of files) {
    for (const f of file.findings) {
      const fp = fingerprintOf(file, f);
      const entry = byPrint.get(fp.fingerprint);
      if (entry) entry.count++;
      else byPrint.set(fp.fingerprint, { ...fp, ruleId: f.ruleId, count: 1 });
    }
  }
  // Sorted, so that a rewritten baseline diffs cleanly in version control.
  const entries = [...byPrint.values()].sort(
    (a, b) =>
      cmp(a.document, b.document) ||
      cmp(a.ruleId, b.ruleId) ||
      cmp(a.excerpt, b.excerpt) ||
      cmp(a.fingerprint, b.fingerprint),
  );
  return { reportlintBaseline: 1, entries };
}

export function serializeBaseline(b: BaselineFile): string {
  return JSON.stringify(b, null, 2) + '\n';
}

/** Reads a baseline file; a missing or malformed one is a usage error (exit 2). */
export function readBaseline(path: string): BaselineFile {
  // the system's error or the JSON's fault in words (config/json-syntax.ts), not JavaScript's message
  const read = readJsonFile(path);
  if ('problem' in read)
    throw new ConfigError('--baseline', path, {
      'zh-CN': `无法读取基线文件：${read.problem['zh-CN']}`,
      en: `cannot read the baseline file: ${read.problem.en}`,
    });
  const data = read.data;
  const b = data as Partial<BaselineFile>;
  const ok =
    b?.reportlintBaseline === 1 &&
    Array.isArray(b.entries) &&
    b.entries.every(
      (e) => e && typeof e.fingerprint === 'string' && typeof e.ruleId === 'string' && Number.isInteger(e.count ?? 1),
    );
  if (!ok) {
    throw new ConfigError('--baseline', path, {
      'zh-CN': '不是 reportlint 基线文件（应由 --write-baseline 生成）',
      en: 'not a reportlint baseline file (write one with --write-baseline)',
    });
  }
  return b as BaselineFile;
}

/** Hides findings the baseline knows (each entry hides up to `count` findings). */
export function applyBaseline(files: FileResult[], baseline: BaselineFile): BaselineOutcome {
  const remaining = new Map<string, number>();
  for (const e of baseline.entries) remaining.set(e.fingerprint, (remaining.get(e.fingerprint) ?? 0) + (e.count ?? 1));
  let suppressed = 0;
  const out = files.map((file) => {
    const findings = file.findings.filter((f) => {
      // a baseline written before fingerprint v2 holds v1 fingerprints
      const fingerprint = [findingFingerprint(file, f), findingFingerprintV1(file, f)].find(
        (p) => (remaining.get(p) ?? 0) > 0,
      );
      if (fingerprint === undefined) return true;
      remaining.set(fingerprint, remaining.get(fingerprint)! - 1);
      suppressed++;
      return false;
    });
    return findings.length === file.findings.length ? file : { ...file, findings };
  });
  const unmatched: BaselineEntry[] = [];
  for (const e of baseline.entries) {
    const left = remaining.get(e.fingerprint) ?? 0;
    if (left > 0) {
      unmatched.push({ ...e, count: Math.min(left, e.count ?? 1) });
      remaining.set(e.fingerprint, left - Math.min(left, e.count ?? 1));
    }
  }
  return { files: out, suppressed, unmatched };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
