// Preloaded into a benchmarked process (node --require): on exit, writes the
// process's peak resident memory (KiB) to the file BENCH_RSS_FILE names.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
