// A pool whose workers cannot start: run from src/, the pool's worker.js does not exist, which is what a
// package missing its worker looks like. Each worker's failure must reach the task waiting for it, not end
// the process through an 'error' event no one listens to (it did, once in a while, under load).
import { expect, it } from 'vitest';
import { createWorkerPool } from '../../src/cli/batch/run-batch.js';

it('a worker that cannot load fails its task and leaves the process running', async () => {
  const pool = await createWorkerPool(1);
  try {
    expect(pool.listenerCount('error')).toBeGreaterThan(0);
    await expect(pool.run({})).rejects.toThrow();
    await new Promise((ok) => setTimeout(ok, 500));
  } finally {
    await pool.destroy();
  }
});
