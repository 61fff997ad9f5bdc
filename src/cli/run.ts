// One run: inputs → files → checked results (batch) → baseline → RunResult (its exit code: src/engine/run-result.ts).
import { resolve } from 'node:path';
import type { BaselineFile } from './baseline.js';
import { runBatch } from './batch/run-batch.js';
import { expandInputs, type InputEntry } from './expand-paths.js';
import { ignoredResult, type IgnoreFilter } from '../input/ignore.js';
import { makeRunResult } from '../engine/run-result.js';
import type { FileError } from '../model/errors.js';
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
  /** --stdin: the one file, its bytes read already (or why they could not be); inputs are then empty. */
  stdin?: { name: string; bytes?: Uint8Array; error?: FileError };
  /** The ignore file's and --ignore-pattern's patterns (src/input/ignore.ts). */
  ignore?: IgnoreFilter;
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
  const expanded = opts.stdin ? [stdinEntry(opts.stdin, opts)] : await expandInputs(opts.inputs, opts.cwd, opts.ignore);
  const entries = expanded.filter((e) => !e.ignoredBy);
  opts.beforeBatch?.(entries.map((e) => e.path));
  opts.onStart?.(entries.length);
  const docTimeoutMs = opts.timeoutMs > 0 ? opts.timeoutMs : undefined;
  const checked = await runBatch(entries, {
    jobs: opts.jobs,
    timeoutMs: opts.timeoutMs,
    lang: opts.lang,
    onFileDone: opts.onFileDone,
    taskFor: (path) => ({
      path,
      maxBytes: opts.maxBytes,
      lang: opts.lang,
      ruleConfig: opts.ruleConfig,
      settings: opts.settings,
      docTimeoutMs,
      ...(opts.stdin?.bytes ? { bytes: opts.stdin.bytes } : {}),
    }),
  });
  // the ignored entries back in their places: every argument keeps its entry
  const results = checked.values();
  const files = expanded.map((e) =>
    e.ignoredBy ? ignoredResult(e.path, e.ignoredBy, opts.lang) : results.next().value!,
  );
  if (!opts.baseline) return { result: makeRunResult(files), allFiles: files };
  const { applyBaseline } = await import('./baseline.js');
  const applied = applyBaseline(files, opts.baseline.data);
  const result = makeRunResult(applied.files);
  result.baseline = { file: opts.baseline.path, suppressed: applied.suppressed, unmatched: applied.unmatched };
  return { result, allFiles: files };
}

/** --stdin's entry: its name is matched against the ignore patterns as a file named on the command line is. */
function stdinEntry(stdin: NonNullable<RunOptions['stdin']>, opts: RunOptions): InputEntry {
  const ignoredBy = opts.ignore?.match(resolve(opts.cwd, stdin.name));
  if (ignoredBy) return { path: stdin.name, ignoredBy };
  return { path: stdin.name, ...(stdin.error ? { error: stdin.error } : {}) };
}
