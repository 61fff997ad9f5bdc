// One run: inputs → files → checked results (batch) → baseline → RunResult and exit code.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BaselineFile } from './baseline.js';
import { runBatch } from './batch/run-batch.js';
import type { RuleSetting } from './engine.js';
import type { FileError } from './errors.js';
import { expandInputs, type InputEntry } from './input/expand-paths.js';
import { ignoredResult, type IgnoreFilter } from './input/ignore.js';
import type { FileResult, RunResult } from './result.js';
import type { Lang, Settings } from './rule.js';

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
  const files = expanded.map((e) => (e.ignoredBy ? ignoredResult(e.path, e.ignoredBy, opts.lang) : results.next().value!));
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

export function makeRunResult(files: FileResult[]): RunResult {
  const summary: RunResult['summary'] = { files: files.length, failedFiles: 0, errors: 0, warnings: 0, infos: 0 };
  for (const f of files) {
    if (f.status === 'error') summary.failedFiles++;
    // named on the command line but ignored: not a finding (summary.warnings counts findings, as the
    // contract's checker holds), but --max-warnings counts it, so a gate does not pass it unchecked
    if (f.ignored) summary.ignoredFiles = (summary.ignoredFiles ?? 0) + 1;
    for (const x of f.findings) {
      if (x.severity === 'error') summary.errors++;
      else if (x.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
  }
  return { schemaVersion: 1, tool: { name: 'reportlint', version: toolVersion() }, summary, files };
}

/**
 * 2: a file could not be checked; 1: error-level findings or more warnings than
 * allowed; 0: clean. maxWarnings < 0 means no limit.
 */
export function exitCodeFor(result: RunResult, maxWarnings: number): 0 | 1 | 2 {
  if (result.summary.failedFiles > 0) return 2;
  if (result.summary.errors > 0) return 1;
  if (maxWarnings >= 0 && warningsForLimit(result) > maxWarnings) return 1;
  return 0;
}

/** What --max-warnings compares: the warnings, and each ignored file named on the command line (as ESLint counts it). */
export function warningsForLimit(result: RunResult): number {
  return result.summary.warnings + (result.summary.ignoredFiles ?? 0);
}

let cachedVersion: string | undefined;

/** reportlint's version from its package.json (found upward from this module: works from src/ and dist/src/). */
export function toolVersion(): string {
  if (cachedVersion) return cachedVersion;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      const data = JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string; version?: string };
      if (data.name === 'reportlint' && data.version) return (cachedVersion = data.version);
    }
    dir = dirname(dir);
  }
  return (cachedVersion = '0.0.0');
}
