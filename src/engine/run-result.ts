// A run's result from its files' results: the summary counted, the tool named with its version; and the exit
// code it ends in. Shared by the command, reviews and the reporters that name the tool.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileResult, RunResult } from '../model/result.js';

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
