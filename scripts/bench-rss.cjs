// Preloaded into a benchmarked process (node --require; worker threads run it
// too). Writes, to files named after BENCH_RSS_FILE:
//  - <file>:        on exit, {"maxRssKb", "cpuMs", "phases": {name: ms}} — the
//                   process's peak resident memory and CPU time (all threads), the main thread's
//                   REPORTLINT_PHASES timings (read, rules, report);
//  - <file>.jieba:  one line "<threadId>" each time a thread loads a nodejieba
//                   dictionary, to check that it happens at most once per thread
//                   and never in a thread whose files need no segmentation.
const { writeFileSync, appendFileSync } = require('node:fs');
const Module = require('node:module');
const { threadId, isMainThread } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const out = process.env.BENCH_RSS_FILE;

if (out) {
  const load = Module._load;
  Module._load = function (request, ...rest) {
    const exports = load.call(this, request, ...rest);
    if (request === 'nodejieba' && exports && !exports.__benchWrapped) {
      const real = exports.load;
      exports.load = function (...args) {
        appendFileSync(`${out}.jieba`, `${threadId}\n`);
        return real.apply(this, args);
      };
      exports.__benchWrapped = true;
    }
    return exports;
  };
  if (isMainThread) {
    process.on('exit', () => {
      const phases = {};
      for (const m of performance.getEntriesByType('measure')) {
        if (m.name.startsWith('reportlint:')) phases[m.name.slice(11)] = (phases[m.name.slice(11)] ?? 0) + m.duration;
      }
      const use = process.resourceUsage(); // the whole process: every thread, GC included
      writeFileSync(
        out,
        JSON.stringify({ maxRssKb: use.maxRSS, cpuMs: (use.userCPUTime + use.systemCPUTime) / 1000, phases }),
      );
    });
  }
}
