// A bounded load on the service: mixed seed files with a corrupt upload and an oversized one in
// the middle, several in flight; every request gets its own expected answer, nothing is left
// waiting or on disk, and the process ends when told. SERVE_LOAD_REQUESTS=500 runs the issue's
// full 500 (npm run bench measures that load's latency and memory).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { REPO, ensureBuilt } from '../cli/run-cli.js';
// @ts-expect-error a plain ES module script, shared with the bench
import { loadPlan, runLoad, unexpected } from '../../scripts/serve-load.mjs';
import { fixture, removeTempDirs, startServe, type ServeProcess } from './serve-process.js';

const REQUESTS = Number(process.env.SERVE_LOAD_REQUESTS ?? 48);
let server: ServeProcess;

beforeAll(async () => {
  await ensureBuilt();
  server = await startServe(['--max-size', '1MB', '--concurrency', '2', '--queue', '16']);
});
afterAll(async () => {
  await server?.stop();
  removeTempDirs();
});

it(`${REQUESTS} requests, 8 in flight, one corrupt and one oversized in the middle: every one answered as expected`, async () => {
  const plan = loadPlan(REQUESTS, {
    seeds: { 'seed.txt': fixture('seed.txt'), 'seed.docx': fixture('seed.docx'), 'seed.pdf': fixture('seed.pdf') },
    corrupt: { name: 'broken.docx', bytes: Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(600, 0x41)]) },
    // 1.5 MB: read and cut at the 1 MB limit, not refused by its declared length alone
    oversized: { name: 'big.pdf', bytes: Buffer.alloc(1.5 * 1024 * 1024, 0x25) },
  });
  const { answers } = await runLoad(server.url, plan, { inFlight: 8 });
  expect(answers.filter(Boolean)).toHaveLength(REQUESTS);
  expect(unexpected(plan, answers)).toEqual([]);
  const mid = Math.floor(REQUESTS / 2);
  expect([answers[mid].code, answers[mid + 1].code]).toEqual(['E_CORRUPT', 'E_UPLOAD_TOO_LARGE']);
  // nothing waiting, nothing on disk
  expect(await (await fetch(`${server.url}/healthz`)).json()).toMatchObject({ status: 'ok', running: 0, queued: 0 });
  const [own] = readdirSync(server.tmp);
  expect(readdirSync(join(server.tmp, own))).toEqual([]);
  // and the process ends when told, its temp directory with it
  expect(await server.stop()).toEqual({ code: 0, signal: null });
  expect(readdirSync(server.tmp)).toEqual([]);
}, 600_000);
