// One run: inputs → files → checked results (batch) → baseline → RunResult (its exit code: src/engine/run-result.ts).
import type { BaselineFile } from './baseline.js';
import { runBatch } from './batch/run-batch.js';
import { expandInputs } from './expand-paths.js';
import { makeRunResult } from '../engine/run-result.js';
import type { FileResult, RunResult } from '../model/result.js';
import type { Lang, Settings, RuleSetting } from '../model/settings.js';

export interface RunOptions {
  inputs: string[];
  cwd: string;
  lang: Lang;
  jobs: number;
  /** Per-file limit in ms; 0 = none. */
  timeoutMs: number;
  maxBytes: number;
  ruleConfig: Record<string, RuleSetting>;
  settings: Settings;
  baseline?: { path: string; data: BaselineFile };
  /** Called with every file the inputs expand to, before any is read; may throw to stop the run. */
  beforeBatch?: (paths: string[]) => void;
  /** Called when the number of files is known, then once per finished file. */
  onStart?: (files: number) => void;
  onFileDone?: (result: FileResult) => void;
}

export interface RunOutcome {
  /** What the reporters print (baseline applied). */
  result: RunResult;
  /** Every finding, before the baseline: what --write-baseline records. */
  allFiles: FileResult[];
}

export async function runReportlint(opts: RunOptions): Promise<RunOutcome> {
  const entries = await expandInputs(opts.inputs, opts.cwd);
  opts.beforeBatch?.(entries.map((e) => e.path));
  opts.onStart?.(entries.length);
  const docTimeoutMs = opts.timeoutMs > 0 ? opts.timeoutMs : undefined;
  const files = await runBatch(entries, {
    jobs: opts.jobs,
    timeoutMs: opts.timeoutMs,
    lang: opts.lang,
    onFileDone: opts.onFileDone,
    taskFor: (path) => ({ path, maxBytes: opts.maxBytes, lang: opts.lang, ruleConfig: opts.ruleConfig, settings: opts.settings, docTimeoutMs }),
  });
  if (!opts.baseline) return { result: makeRunResult(files), allFiles: files };
  const { applyBaseline } = await import('./baseline.js');
  const applied = applyBaseline(files, opts.baseline.data);
  const result = makeRunResult(applied.files);
  result.baseline = { file: opts.baseline.path, suppressed: applied.suppressed, unmatched: applied.unmatched };
  return { result, allFiles: files };
}
