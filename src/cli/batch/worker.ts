// The worker-thread side of a batch: checks one file per task. It tells the
// main thread when it starts, so the per-file timeout measures the file's own
// work, not the time spent waiting in the queue or loading modules.
import type { MessagePort } from 'node:worker_threads';
import type { FileResult } from '../../model/result.js';
import { checkFile, type CheckTask } from './check-file.js';
import { takePhases, type PhaseTime } from './phases.js';
// Loaded with the worker, before any task's clock starts.
import '../../engine/check-document.js';
import '../../../rules/index.js';

/**
 * Memory outside the JS heap one file may hold: the worker's heap limit does not
 * count ArrayBuffers, which is where pdfjs decodes streams and images (a PDF bomb
 * took 7.5 GB that way). Watched while the file's work awaits (pdfjs reads page by
 * page), reported to the main thread, which stops the worker: E_TOO_LARGE.
 */
export const MAX_EXTERNAL_BYTES = 1024 ** 3;
const WATCH_MS = 50;

/** What a worker tells the main thread while it checks a file. */
export type WorkerMessage = 'start' | { phases: PhaseTime[] } | { tooMuchMemory: number; limit: number };

export interface WorkerTask {
  task: CheckTask;
  /** Receives 'start' when work on the file begins, then the file's phase times (for the bench). */
  port: MessagePort;
}

export default async function checkInWorker({ task, port }: WorkerTask): Promise<FileResult> {
  const post = (m: WorkerMessage) => port.postMessage(m);
  post('start');
  const limit = task.maxExternalBytes ?? MAX_EXTERNAL_BYTES;
  // in a worker, memoryUsage().external is this thread's own (its isolate's), ArrayBuffers included
  const watch = setInterval(() => {
    const { external } = process.memoryUsage();
    if (external > limit) post({ tooMuchMemory: external, limit });
  }, WATCH_MS);
  try {
    return await checkFile(task);
  } finally {
    clearInterval(watch);
    post({ phases: takePhases() });
    port.close();
  }
}
