// The worker-thread side of a batch: checks one file per task. It tells the
// main thread when it starts, so the per-file timeout measures the file's own
// work, not the time spent waiting in the queue or loading modules.
import type { MessagePort } from 'node:worker_threads';
import type { FileResult } from '../result.js';
import { checkFile, type CheckTask } from './check-file.js';
import { takePhases } from './phases.js';
// Loaded with the worker, before any task's clock starts.
import '../engine.js';
import '../../rules/index.js';

export interface WorkerTask {
  task: CheckTask;
  /** Receives 'start' when work on the file begins, then the file's phase times (for the bench). */
  port: MessagePort;
}

export default async function checkInWorker({ task, port }: WorkerTask): Promise<FileResult> {
  port.postMessage('start');
  try {
    return await checkFile(task);
  } finally {
    port.postMessage({ phases: takePhases() });
    port.close();
  }
}
