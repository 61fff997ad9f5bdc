#!/usr/bin/env node
// `reportlint serve` for npm run bench (scripts/bench.mjs calls benchServe; alone:
// `node scripts/bench-serve.mjs` after a build). The shipped command (dist/bundle/bin.cjs) as a
// service on loopback, Node's fetch as the client:
//  - warm latency: after a warm-up that reaches every worker thread, one request at a time,
//    seed.docx and seed.pdf alternating, BENCH_SERVE_RUNS of each: wall p50 / p99 at the client,
//    and the service's CPU time per file (its own accounting: every thread, less inflated by
//    other people's work on the same cores than wall time);
//  - load: BENCH_SERVE_REQUESTS (500) mixed seed files, one corrupt and one oversized upload in
//    the middle, 8 in flight on --concurrency 2 (the queue, 16, never fills): throughput, p50 /
//    p99, the process's peak memory (VmHWM: worker threads included), and that nothing was lost.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPlan, peakRssMb, percentile, runLoad, startServeProcess, unexpected } from './serve-load.mjs';

const fmt = (x, d = 2) => (x == null || !Number.isFinite(x) ? 'n/a' : x.toFixed(d));

/** CPU seconds a process has used so far (user + system, every thread), from /proc. */
function cpuSeconds(pid) {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return NaN;
  }
}

export async function benchServe({ root, say = () => {}, cliSecs = {} }) {
  const bin = join(root, 'dist/bundle/bin.cjs');
  const file = (n) => readFileSync(join(root, 'fixtures/seed', n));
  const seeds = { 'seed.txt': file('seed.txt'), 'seed.docx': file('seed.docx'), 'seed.pdf': file('seed.pdf') };
  const runs = Number(process.env.BENCH_SERVE_RUNS ?? 20);
  const requests = Number(process.env.BENCH_SERVE_REQUESTS ?? 500);
  const rows = [];
  const targets = [];
  const target = (what, measured, ok, why = '') =>
    targets.push(`| ${what} | ${measured} | ${ok ? 'met' : `**missed**${why ? ` (${why})` : ''}`} |`);

  say('serve: starting the service (bin, --concurrency 2)');
  const s = await startServeProcess(bin, ['--concurrency', '2', '--max-size', '1MB'], { cwd: root });
  try {
    const pid = s.child.pid;
    const one = async (name) => {
      const form = new FormData();
      form.append('file', new Blob([seeds[name]]), name);
      const t0 = performance.now();
      const res = await fetch(`${s.url}/v1/check`, { method: 'POST', body: form });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`serve answered ${res.status} for ${name}`);
      return performance.now() - t0;
    };
    say('serve: warm-up (every worker thread, every format)');
    for (let i = 0; i < 3; i++) await Promise.all(Object.keys(seeds).flatMap((n) => [one(n), one(n)]));

    say(`serve: warm latency, ${runs} × seed.docx and seed.pdf, one at a time`);
    const ms = { 'seed.docx': [], 'seed.pdf': [] };
    const cpu = { 'seed.docx': 0, 'seed.pdf': 0 };
    for (let i = 0; i < runs; i++) {
      for (const n of Object.keys(ms)) {
        const c0 = cpuSeconds(pid);
        ms[n].push(await one(n));
        cpu[n] += cpuSeconds(pid) - c0;
      }
    }
    rows.push(
      `| file | serve warm p50 | serve warm p99 (of ${runs}) | service CPU per file | CLI whole process (this run) |`,
      '|---|---|---|---|---|',
    );
    const warm = {};
    for (const n of Object.keys(ms)) {
      warm[n] = percentile(ms[n], 50) / 1000;
      const fmtName = n.split('.')[1];
      rows.push(
        `| ${n} | ${fmt(warm[n], 3)} s | ${fmt(percentile(ms[n], 99) / 1000, 3)} s | ${fmt(cpu[n] / runs, 3)} s | ${cliSecs[fmtName] == null ? 'n/a' : `${fmt(cliSecs[fmtName])} s`} |`,
      );
    }

    say(`serve: load, ${requests} requests, 8 in flight`);
    const plan = loadPlan(requests, {
      seeds,
      corrupt: { name: 'broken.docx', bytes: Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(600, 0x41)]) },
      oversized: { name: 'big.pdf', bytes: Buffer.alloc(1.5 * 1024 * 1024, 0x25) },
    });
    const c0 = cpuSeconds(pid);
    const { answers, wallMs } = await runLoad(s.url, plan, { inFlight: 8 });
    const loadCpu = cpuSeconds(pid) - c0;
    const peak = peakRssMb(pid);
    const lost = unexpected(plan, answers);
    const all = answers.map((a) => a.ms);
    rows.push(
      '',
      '| serve under load | answers as expected | throughput | files per CPU-second × 2 | p50 / p99 (every request) | peak memory (whole process) |',
      '|---|---|---|---|---|---|',
      `| ${requests} mixed seed files (txt/docx/pdf), 1 corrupt + 1 oversized in the middle, 8 in flight, --concurrency 2 | ${requests - lost.length} of ${requests} | ` +
        `${fmt(requests / (wallMs / 1000), 1)} req/s | ${fmt((requests / loadCpu) * 2, 1)} | ${fmt(percentile(all, 50) / 1000, 3)} / ${fmt(percentile(all, 99) / 1000, 3)} s | ${fmt(peak, 0)} MB |`,
    );
    if (lost.length) rows.push('', `not as expected: ${JSON.stringify(lost.slice(0, 5))}`);

    target('serve warm p50, seed.docx ≤ 0.3 s', `${fmt(warm['seed.docx'], 3)} s`, warm['seed.docx'] <= 0.3);
    target('serve warm p50, seed.pdf ≤ 0.4 s', `${fmt(warm['seed.pdf'], 3)} s`, warm['seed.pdf'] <= 0.4);
    target(`serve peak memory under load (${requests} requests) ≤ 600 MB`, `${fmt(peak, 0)} MB`, peak <= 600);
    target(
      `serve under load: nothing lost (${requests} answers, each as expected)`,
      `${requests - lost.length} of ${requests}`,
      lost.length === 0,
    );
  } finally {
    s.child.kill('SIGTERM');
    const end = await s.exited;
    if (end.code !== 0) targets.push(`| serve exits 0 on SIGTERM | ${JSON.stringify(end)} | **missed** |`);
  }
  return { rows, targets };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
  const { rows, targets } = await benchServe({ root, say: (m) => process.stderr.write(`bench: ${m}\n`) });
  console.log(rows.join('\n'));
  console.log('\n| target | measured | |\n|---|---|---|\n' + targets.join('\n'));
}
