// A batch's worker threads load this (copied to dist/bundle/worker.js by scripts/build-bundle.mjs;
// src/cli/batch/run-batch.ts names './worker.js'): the worker's CommonJS bundle with V8's code cache
// where Node allows (code-cache.cjs says when), else its ES module bundle (worker-esm.js).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { usable, runCached } = require('./code-cache.cjs');

let handler;
if (usable()) {
  const { exports, save } = runCached(require.resolve('./worker.cjs'));
  // a worker is terminated, not exited: the cache is written once its first file is done
  handler = async (arg) => {
    try {
      return await exports.default(arg);
    } finally {
      save();
    }
  };
} else {
  handler = (await import('./worker-esm.js')).default;
}
export default handler;
