// A bounded load on `reportlint serve`, shared by test/serve/load.test.ts (correctness: every
// request answered as expected) and scripts/bench-serve.mjs (latency, throughput, memory).
// A loop of Node's own fetch with a fixed number in flight: each answer is matched to the request
// it answers, which a load generator that only counts (autocannon) does not tell.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/**
 * n requests cycling through the seed files, with one corrupt upload and one over the size limit
 * in the middle. Each says what it must get: HTTP 200 with `status` (the CLI's exit code), or 413.
 */
export function loadPlan(n, { seeds, corrupt, oversized, seedStatus = 1 }) {
  const plan = [];
  const names = Object.keys(seeds);
  for (let i = 0; i < n; i++) {
    const name = names[i % names.length];
    plan.push({ name, bytes: seeds[name], http: 200, status: seedStatus });
  }
  const mid = Math.floor(n / 2);
  plan[mid] = { name: corrupt.name, bytes: corrupt.bytes, http: 200, status: 2 };
  plan[mid + 1] = { name: oversized.name, bytes: oversized.bytes, http: 413 };
  return plan;
}

/** Sends the plan with `inFlight` requests at a time; one answer per request, in plan order. */
export async function runLoad(url, plan, { inFlight }) {
  const answers = new Array(plan.length);
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < plan.length) {
      const i = next++;
      const p = plan[i];
      const form = new FormData();
      form.append('file', new Blob([p.bytes]), p.name);
      const t0 = performance.now();
      try {
        const res = await fetch(`${url}/v1/check`, { method: 'POST', body: form });
        const body = await res.json();
        answers[i] = {
          i,
          name: p.name,
          http: res.status,
          status: body.status,
          code: body.error?.code ?? body.files?.[0]?.error?.code,
          ms: performance.now() - t0,
        };
      } catch (e) {
        answers[i] = { i, name: p.name, http: 0, error: String(e?.cause?.code ?? e), ms: performance.now() - t0 };
      }
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return { answers, wallMs: performance.now() - started };
}

/** The requests whose answer is not the one planned (none, when nothing was lost). */
export function unexpected(plan, answers) {
  return plan.flatMap((p, i) => {
    const a = answers[i];
    const ok = a && a.http === p.http && (p.status === undefined || a.status === p.status);
    return ok ? [] : [{ i, name: p.name, want: { http: p.http, status: p.status }, got: a ?? null }];
  });
}

export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** `node BIN serve --port 0 …ARGS` as a child process; resolves with its URL once it listens. */
export function startServeProcess(bin, args, { cwd, env } = {}) {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    exited.then(({ code }) => reject(new Error(`serve exited (${code}) before listening:\n${err}`)));
    child.stdout.on('data', (d) => {
      out += d;
      const url = /http:\/\/[\d.]+:\d+/.exec(out)?.[0];
      if (url) resolve({ url, child, exited, stderr: () => err });
    });
  });
}

/** Peak resident memory of a process so far (Linux: VmHWM; the whole process, worker threads included), in MB. */
export function peakRssMb(pid) {
  try {
    const kb = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? NaN : Number(kb) / 1024;
  } catch {
    return NaN;
  }
}
