// Checks files in worker threads (tinypool), with a per-file timeout and memory
// limit, results in input order, and no file able to lose another's result. Even
// one file runs in a worker: only there can a runaway file be stopped (a loop in
// a rule, a parse that exhausts memory) with its result reported and the run going on.
import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import type Tinypool from 'tinypool';
import { FileError } from '../../model/errors.js';
import { detectFormat } from '../../parsers/index.js';
import type { FileResult } from '../../model/result.js';
import type { InputEntry } from '../expand-paths.js';
import { errorResult, toFileError, type CheckTask } from './check-file.js';
import { formatSize } from '../../input/size.js';
import { recordPhases } from './phases.js';
import type { WorkerMessage } from './worker.js';
import type { Lang } from '../../model/settings.js';

export interface BatchOptions {
  /** Worker threads at most. */
  jobs: number;
  /** Per-file limit in ms; 0 = none. */
  timeoutMs: number;
  lang: Lang;
  /** A worker's heap limit in MB (default WORKER_HEAP_MB). */
  workerHeapMb?: number;
  /** Builds the task for a path (config, settings, limits). */
  taskFor: (path: string) => CheckTask;
  /** Called once per file as it finishes, in completion order. */
  onFileDone?: (result: FileResult) => void;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** A worker's heap limit: a file that needs more ends in E_TOO_LARGE, not in the process's death. */
export const WORKER_HEAP_MB = 2048;

export async function runBatch(entries: InputEntry[], opts: BatchOptions): Promise<FileResult[]> {
  const readable = entries.filter((e) => !e.error).length;
  const threads = Math.max(1, Math.min(opts.jobs, readable));
  const done = (r: FileResult) => {
    opts.onFileDone?.(r);
    return r;
  };
  const preset = (e: InputEntry) => done(errorResult(e.path, detectFormat(e.path) ?? 'unknown', e.error!, opts.lang));
  if (readable === 0) return entries.map(preset);

  const pool = await createWorkerPool(threads, opts.workerHeapMb);
  try {
    return await Promise.all(
      entries.map(async (e) => (e.error ? preset(e) : done(await checkInWorker(pool, opts.taskFor(e.path), opts)))),
    );
  } finally {
    await pool.destroy();
  }
}

/** The worker threads files are checked on: a batch's, or the service's (src/serve) for as long as it runs. */
export async function createWorkerPool(threads: number, workerHeapMb = WORKER_HEAP_MB): Promise<Tinypool> {
  const { default: Pool } = await import('tinypool');
  const pool = new Pool({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // A runaway file (a huge table, a parse that keeps growing) kills its worker, not the run.
    resourceLimits: { maxOldGenerationSizeMb: workerHeapMb },
  });
  // A worker that fails while no file is on it (its module cannot load) is also the failure of the task
  // that waits for it; the pool's own 'error' event, unheard, would end the whole process instead.
  pool.on('error', () => undefined);
  return pool;
}

/** One file on the pool; never throws: a timeout, too much memory or a dead worker is the file's error entry. */
export async function checkInWorker(
  pool: Tinypool,
  task: CheckTask,
  opts: Pick<BatchOptions, 'timeoutMs' | 'lang' | 'workerHeapMb'>,
): Promise<FileResult> {
  const { port1, port2 } = new MessageChannel();
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let memory: { tooMuchMemory: number; limit: number } | undefined;
  port1.on('message', (m: WorkerMessage) => {
    if (m === 'start') {
      if (opts.timeoutMs > 0) timer = setTimeout(() => abort.abort(), opts.timeoutMs);
    } else if ('phases' in m) recordPhases(m.phases);
    else if (!memory) {
      memory = m;
      abort.abort();
    }
  });
  try {
    return (await pool.run({ task, port: port2 }, { transferList: [port2], signal: abort.signal })) as FileResult;
  } catch (e) {
    // Aborting terminates that worker; tinypool replaces it for the next file.
    const err = memory
      ? new FileError('E_TOO_LARGE', {
          size: {
            'zh-CN': `占用内存超过 ${formatSize(memory.tooMuchMemory)}`,
            en: `> ${formatSize(memory.tooMuchMemory)} memory`,
          },
          limit: formatSize(memory.limit),
        })
      : abort.signal.aborted
        ? timeoutError(opts.timeoutMs)
        : workerError(e, opts.workerHeapMb ?? WORKER_HEAP_MB);
    return errorResult(task.path, detectFormat(task.path) ?? 'unknown', err, opts.lang);
  } finally {
    clearTimeout(timer);
    port1.close();
  }
}

/** A worker that ran out of heap took too much memory for its file; anything else is a bug (E_INTERNAL). */
function workerError(e: unknown, heapMb: number): FileError {
  if ((e as NodeJS.ErrnoException)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new FileError('E_TOO_LARGE', {
      size: {
        'zh-CN': `占用内存超过 ${formatSize(heapMb * 1024 * 1024)}`,
        en: `> ${formatSize(heapMb * 1024 * 1024)} memory`,
      },
      limit: formatSize(heapMb * 1024 * 1024),
    });
  }
  return toFileError(e);
}

function timeoutError(ms: number): FileError {
  return new FileError('E_TIMEOUT', { seconds: Number((ms / 1000).toFixed(3)) });
}
