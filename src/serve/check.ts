// One file checked for a request: on the service's worker pool, with the limits and rule settings
// the service was started with, answered as `reportlint FILE --format json` (or sarif) prints it,
// plus the CLI's exit code for that one file as `status`.
import type Tinypool from 'tinypool';
import { checkInWorker } from '../cli/batch/run-batch.js';
import type { CheckTask } from '../cli/batch/check-file.js';
import type { RuleSetting } from '../model/settings.js';
import { toContract } from '../reporters/json.js';
import { toSarif } from '../reporters/sarif.js';
import type { FileResult } from '../model/result.js';
import type { RuleMeta } from '../model/rule.js';
import type { Lang, Settings } from '../model/settings.js';
import { exitCodeFor, makeRunResult } from '../engine/run-result.js';

export type ServeFormat = 'json' | 'sarif';

/** What every check of one service shares: fixed at start-up, like one CLI run's. */
export interface CheckSetup {
  pool: Tinypool;
  ruleConfig: Record<string, RuleSetting>;
  settings: Settings;
  rules: RuleMeta[];
  maxBytes: number;
  /** Per-file limit in ms (the CLI's --timeout). */
  timeoutMs: number;
}

export interface CheckAnswer {
  /** The CLI's exit code for this one file: 0 clean, 1 error-level findings, 2 not checked. */
  status: 0 | 1 | 2;
  body: string;
}

/**
 * Checks the file at diskPath and reports it under shownPath (an upload's own name, or the path
 * the client asked for), so that the answer is the one the CLI gives for a file of that name.
 */
export async function checkForRequest(
  setup: CheckSetup,
  diskPath: string,
  shownPath: string,
  lang: Lang,
  format: ServeFormat,
): Promise<CheckAnswer> {
  const task: CheckTask = {
    path: diskPath,
    maxBytes: setup.maxBytes,
    lang,
    ruleConfig: setup.ruleConfig,
    settings: setup.settings,
    docTimeoutMs: setup.timeoutMs,
  };
  const file = await checkInWorker(setup.pool, task, { timeoutMs: setup.timeoutMs, lang });
  return answerFor(showAs(file, diskPath, shownPath), setup.rules, lang, format);
}

/** A result made without the pool (a path refused before reading, as the CLI would report it). */
export function answerFor(file: FileResult, rules: RuleMeta[], lang: Lang, format: ServeFormat): CheckAnswer {
  const result = makeRunResult([file]);
  const status = exitCodeFor(result, -1);
  if (format === 'sarif') {
    const log = toSarif(result, { lang, color: false, rules });
    // SARIF's own place for the exit code of the run it describes
    for (const inv of log.runs[0]?.invocations ?? []) inv.exitCode = status;
    return { status, body: `${JSON.stringify(log, null, 2)}\n` };
  }
  return { status, body: `${JSON.stringify({ ...toContract(result), status }, null, 2)}\n` };
}

/** The private temp path never reaches the client: messages that quote the path ("文件为空：…") quote the shown one. */
function showAs(file: FileResult, diskPath: string, shownPath: string): FileResult {
  const swap = (s: string) => s.split(diskPath).join(shownPath);
  return {
    ...file,
    path: shownPath,
    ...(file.error ? { error: { code: file.error.code, message: swap(file.error.message) } } : {}),
    ...(file.notes ? { notes: file.notes.map((n) => ({ code: n.code, message: swap(n.message) })) } : {}),
  };
}
