// One file, or --jobs 1, is checked in a worker too: the per-file time limit stops
// a file stuck in synchronous work (in the main thread it could only win while the
// file waited), and the file's end is its own entry, not the process's.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/model/result.js';
import { makePdfWithStreams } from '../robustness/generate.js';
import { REPO, ensureBuilt } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'reportlint-one-file-'));
const slow = join(dir, 'slow.txt');

beforeAll(async () => {
  await ensureBuilt();
  // ~4 MB of numbered funding paragraphs: many seconds of synchronous parsing and checking
  const lines: string[] = [];
  for (let i = 0; i < 40_000; i++)
    lines.push(`（${(i % 9) + 1}）资金使用情况${i}：预算100万元，实际支出95.5万元，执行率95.5%。\n`);
  writeFileSync(slow, lines.join('\n'));
  writeFileSync(join(dir, 'warm.txt'), '关于某项目的说明\n\n一、基本情况\n\n本项目由某单位实施。\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the time limit with one file and one job', () => {
  it('stops a file busy in synchronous work: E_TIMEOUT within about the limit', async () => {
    // the built batch runner (its workers load dist/src/cli/batch/worker.js)
    const { runBatch } = (await import(
      join(REPO, 'dist/src/cli/batch/run-batch.js')
    )) as typeof import('../../src/cli/batch/run-batch.js');
    const started = Date.now();
    // a small file first, so that the slow one's work is one synchronous stretch (its modules are loaded)
    const [warm, result]: FileResult[] = await runBatch([{ path: join(dir, 'warm.txt') }, { path: slow }], {
      jobs: 1,
      timeoutMs: 1000,
      lang: 'en',
      taskFor: (path) => ({ path, maxBytes: 50 * 1024 * 1024, lang: 'en', ruleConfig: {}, settings: {} }),
    });
    expect(warm.status).toBe('ok');
    expect(result.error?.code).toBe('E_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(8000);
  }, 60_000);

  it('stops a file whose ArrayBuffers outgrow its limit (the heap limit does not count them): E_TOO_LARGE', async () => {
    const { runBatch } = (await import(
      join(REPO, 'dist/src/cli/batch/run-batch.js')
    )) as typeof import('../../src/cli/batch/run-batch.js');
    // a PDF with 12 MB of uncompressed page content: pdfjs holds it (and copies) in ArrayBuffers while it reads the page
    const pdf = join(dir, 'big-content.pdf');
    writeFileSync(pdf, makePdfWithStreams([Buffer.alloc(12 * 1024 * 1024, 0x20)], 0));
    const task = (limit?: number) => (path: string) => ({
      path,
      maxBytes: 50 * 1024 * 1024,
      lang: 'en' as const,
      ruleConfig: {},
      settings: {},
      maxExternalBytes: limit,
    });
    const [small] = await runBatch([{ path: pdf }], {
      jobs: 1,
      timeoutMs: 60_000,
      lang: 'en',
      taskFor: task(6 * 1024 * 1024),
    });
    expect(small.error?.code).toBe('E_TOO_LARGE');
    expect(small.error?.message).toMatch(/memory/);
    const [enough] = await runBatch([{ path: pdf }], { jobs: 1, timeoutMs: 60_000, lang: 'en', taskFor: task() });
    expect(enough.status).toBe('ok');
  }, 60_000);

  it('a file that needs more heap than a worker has is E_TOO_LARGE, and the next file is still checked', async () => {
    const { runBatch } = (await import(
      join(REPO, 'dist/src/cli/batch/run-batch.js')
    )) as typeof import('../../src/cli/batch/run-batch.js');
    // with --jobs 1 in the main thread this ended the process, and every other file's result with it
    const results = await runBatch([{ path: slow }, { path: join(dir, 'warm.txt') }], {
      jobs: 1,
      timeoutMs: 60_000,
      lang: 'en',
      workerHeapMb: 64, // the 2 GB default, scaled down to the 4 MB file
      taskFor: (path) => ({ path, maxBytes: 50 * 1024 * 1024, lang: 'en', ruleConfig: {}, settings: {} }),
    });
    expect(results.map((r) => r.error?.code ?? r.status)).toEqual(['E_TOO_LARGE', 'ok']);
    expect(results[0].error?.message).toBe('The file is too large (> 64 MB memory); the limit is 64 MB');
  }, 60_000);
});
