// Checks many files: in worker threads (tinypool) or in this thread, with a
// per-file timeout, results in input order, and no file able to lose another's result.
import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import type Tinypool from 'tinypool';
import { FileError } from '../errors.js';
import { detectFormat } from '../parsers/index.js';
import type { FileResult } from '../result.js';
import type { Lang } from '../rule.js';
import type { InputEntry } from '../input/expand-paths.js';
import { checkFile, errorResult, toFileError, type CheckTask } from './check-file.js';

export interface BatchOptions {
  /** Worker threads; 1 = check in this thread. */
  jobs: number;
  /** Per-file limit in ms; 0 = none. */
  timeoutMs: number;
  /**
   * Use workers even with one job or one file. Only a worker can be stopped in
   * the middle of synchronous work, so an explicit --timeout asks for this.
   */
  isolate: boolean;
  lang: Lang;
  /** Builds the task for a path (config, settings, limits). */
  taskFor: (path: string) => CheckTask;
  /** Called once per file as it finishes, in completion order. */
  onFileDone?: (result: FileResult) => void;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export async function runBatch(entries: InputEntry[], opts: BatchOptions): Promise<FileResult[]> {
  const readable = entries.filter((e) => !e.error).length;
  const threads = Math.max(1, Math.min(opts.jobs, readable));
  const useWorkers = readable > 0 && ((opts.jobs > 1 && readable > 1) || opts.isolate);
  const done = (r: FileResult) => {
    opts.onFileDone?.(r);
    return r;
  };
  const preset = (e: InputEntry) => done(errorResult(e.path, detectFormat(e.path) ?? 'unknown', e.error!, opts.lang));

  if (!useWorkers) {
    const results: FileResult[] = [];
    for (const e of entries) results.push(e.error ? preset(e) : done(await checkInProcess(opts.taskFor(e.path), opts)));
    return results;
  }

  const { default: Pool } = await import('tinypool'); // one file or --jobs 1 never loads it
  const pool = new Pool({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // A runaway file (decompression bomb, huge table) kills its worker, not the run.
    resourceLimits: { maxOldGenerationSizeMb: 2048 },
  });
  try {
    return await Promise.all(entries.map(async (e) => (e.error ? preset(e) : done(await checkInWorker(pool, opts.taskFor(e.path), opts)))));
  } finally {
    await pool.destroy();
  }
}

async function checkInWorker(pool: Tinypool, task: CheckTask, opts: BatchOptions): Promise<FileResult> {
  const { port1, port2 } = new MessageChannel();
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  port1.on('message', () => {
    if (opts.timeoutMs > 0) timer = setTimeout(() => abort.abort(), opts.timeoutMs);
  });
  try {
    return (await pool.run({ task, port: port2 }, { transferList: [port2], signal: abort.signal })) as FileResult;
  } catch (e) {
    // Aborting terminates that worker; tinypool replaces it for the next file.
    const err = abort.signal.aborted ? timeoutError(opts.timeoutMs) : toFileError(e);
    return errorResult(task.path, detectFormat(task.path) ?? 'unknown', err, opts.lang);
  } finally {
    clearTimeout(timer);
    port1.close();
  }
}

/**
 * In this thread a timeout can only win while the file's work awaits (I/O,
 * LibreOffice); the abandoned work is left to finish and its result ignored.
 */
async function checkInProcess(task: CheckTask, opts: BatchOptions): Promise<FileResult> {
  if (opts.timeoutMs <= 0) return checkFile(task);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<FileResult>((resolve) => {
    timer = setTimeout(
      () => resolve(errorResult(task.path, detectFormat(task.path) ?? 'unknown', timeoutError(opts.timeoutMs), opts.lang)),
      opts.timeoutMs,
    );
  });
  try {
    return await Promise.race([checkFile(task), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

function timeoutError(ms: number): FileError {
  return new FileError('E_TIMEOUT', { seconds: Number((ms / 1000).toFixed(3)) });
}
