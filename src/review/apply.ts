// Later runs carry the auditor's decisions: each finding gets its mark; dismissed
// ones move to FileResult.dismissed, out of the summary and so out of the exit code.
import { fingerprintOf } from '../cli/baseline.js';
import type { FileResult, RunResult, ReviewMark } from '../model/result.js';
import type { ReviewFile } from './review-file.js';
import { makeRunResult } from '../engine/run-result.js';

export function applyReview(result: RunResult, review: ReviewFile, path: string): RunResult {
  const marks = new Map<string, ReviewMark>();
  for (const e of review.entries) {
    const mark: ReviewMark = { status: e.status };
    if (e.reason !== undefined) mark.reason = e.reason;
    if (e.name !== undefined) mark.name = e.name;
    if (e.date !== undefined) mark.date = e.date;
    marks.set(e.fingerprint, mark);
  }
  const used = new Set<string>();
  const counts = { confirmed: 0, dismissed: 0, pending: 0 };
  const files: FileResult[] = result.files.map((file) => {
    const kept: FileResult['findings'] = [];
    const dismissed: FileResult['findings'] = [];
    for (const f of file.findings) {
      const fp = fingerprintOf(file, f).fingerprint;
      const mark = marks.get(fp);
      if (mark) used.add(fp);
      const status = mark?.status ?? 'pending';
      counts[status]++;
      const marked = { ...f, review: mark ?? { status: 'pending' as const } };
      (status === 'dismissed' ? dismissed : kept).push(marked);
    }
    return { ...file, findings: kept, dismissed };
  });
  const out = makeRunResult(files);
  if (result.baseline) out.baseline = result.baseline;
  out.review = { file: path, ...counts, unmatched: review.entries.filter((e) => !used.has(e.fingerprint)).length };
  return out;
}
