// reportlint serve over real HTTP on loopback: an answer is what the CLI prints for the same
// file (plus status, its exit code), and every limit answers as docs/serve.md says.
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, ensureBuilt, runCli } from '../cli/run-cli.js';
import {
  fixture,
  removeTempDirs,
  startServe,
  stalledUpload,
  upload,
  waitForLoad,
  type ServeProcess,
} from './serve-process.js';

const SEED = join(REPO, 'fixtures/seed');
// a zip header and then garbage: E_CORRUPT for the CLI
const BROKEN_DOCX = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(600, 0x41)]);
const GOOD_TXT = '关于某项目的说明\n\n一、基本情况\n\n本项目由某单位实施。\n';

let server: ServeProcess;
let work: string;

beforeAll(async () => {
  await ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'reportlint-serve-work-'));
  writeFileSync(join(work, 'broken.docx'), BROKEN_DOCX);
  // the seed PDF is 281 KB
  server = await startServe(['--max-size', '300KB']);
});
afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
  removeTempDirs();
});

describe('POST /v1/check', () => {
  for (const [name, query, cliArgs] of [
    ['seed.docx', '', []],
    ['seed.pdf', '', []],
    ['seed.txt', '?lang=en', ['--lang', 'en']],
  ] as const) {
    it(`${name}${query}: the JSON the CLI prints for it, and status = its exit code`, async () => {
      const cli = await runCli([name, '--format', 'json', ...cliArgs], { cwd: SEED });
      const res = await upload(server.url, fixture(name), name, query);
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.status).toBe(cli.code);
      expect(res.headers.get('reportlint-status')).toBe(String(cli.code));
      const { status, ...contract } = body;
      expect(status).toBe(1); // the seed has error-level findings
      expect(contract).toEqual(JSON.parse(cli.stdout));
    });
  }

  it('?format=sarif: the SARIF the CLI prints, with the exit code in invocations[0].exitCode', async () => {
    const cli = await runCli(['seed.docx', '--format', 'sarif'], { cwd: SEED });
    const res = await upload(server.url, fixture('seed.docx'), 'seed.docx', '?format=sarif');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/sarif\+json/);
    const log = await res.json();
    expect(log.runs[0].invocations[0].exitCode).toBe(cli.code);
    delete log.runs[0].invocations[0].exitCode;
    expect(log).toEqual(JSON.parse(cli.stdout));
  });

  it('a corrupt upload: HTTP 200 with its error entry and status 2, as the CLI reports it with exit 2', async () => {
    const cli = await runCli(['broken.docx', '--format', 'json'], { cwd: work });
    expect(cli.code).toBe(2);
    const res = await upload(server.url, BROKEN_DOCX, 'broken.docx');
    expect(res.status).toBe(200);
    const { status, ...contract } = await res.json();
    expect(status).toBe(2);
    expect(contract.files[0].error.code).toBe('E_CORRUPT');
    expect(contract).toEqual(JSON.parse(cli.stdout));
  });

  it("a message that quotes the path quotes the upload's name, never the private temp path", async () => {
    const res = await upload(server.url, '', '空白.txt', '?lang=en');
    const body = await res.json();
    expect(body.files[0].error).toEqual({ code: 'E_EMPTY', message: 'The file is empty: 空白.txt' });
    expect(body.files[0].path).toBe('空白.txt');
  });

  it('over --max-size: 413, whether the body says its length past the limit or only its bytes run over', async () => {
    // 400 KB: within the declared-length margin, so the upload is read and cut at 300 KB
    for (const size of [400 * 1024, 3 * 1024 * 1024]) {
      const res = await upload(server.url, Buffer.alloc(size, 0x41), 'big.txt', '?lang=en');
      expect(res.status).toBe(413);
      expect(await res.json()).toEqual({
        error: { code: 'E_UPLOAD_TOO_LARGE', message: 'The upload exceeds the limit of 300 KB' },
      });
    }
    // and the service goes on
    expect((await upload(server.url, GOOD_TXT, 'ok.txt')).status).toBe(200);
  });

  it('bad requests: 400 for an unknown format or lang, no file field or no path; 415 for a body type Fastify does not read', async () => {
    expect((await upload(server.url, GOOD_TXT, 'a.txt', '?format=html')).status).toBe(400);
    expect((await upload(server.url, GOOD_TXT, 'a.txt', '?lang=fr')).status).toBe(400);
    const form = new FormData();
    form.append('report', new Blob([GOOD_TXT]), 'a.txt');
    const noFile = await fetch(`${server.url}/v1/check`, { method: 'POST', body: form });
    expect(noFile.status).toBe(400);
    expect((await noFile.json()).error.code).toBe('E_NO_FILE');
    // Fastify reads text/plain itself: a body, but no {"path"}
    const text = await fetch(`${server.url}/v1/check`, {
      method: 'POST',
      body: GOOD_TXT,
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(400);
    expect((await text.json()).error.code).toBe('E_BAD_BODY');
    const raw = await fetch(`${server.url}/v1/check`, {
      method: 'POST',
      body: GOOD_TXT,
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(raw.status).toBe(415);
    expect((await raw.json()).error.code).toBe('E_BAD_BODY');
  });

  it('uploads leave nothing behind in the private temp directory', async () => {
    await upload(server.url, GOOD_TXT, 'a.txt');
    const dirs = readdirSync(server.tmp).filter((d) => d.startsWith('reportlint-serve-'));
    expect(dirs).toHaveLength(1);
    expect(readdirSync(join(server.tmp, dirs[0]))).toEqual([]);
  });
});

describe('/healthz and /openapi.json', () => {
  it('/healthz: ok, with the limits and the load', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', queue: 16, running: 0, queued: 0 });
  });

  it('/openapi.json is OpenAPI 3.1 whose CheckResult, with the report schema it points to, accepts a real answer and refuses one without status', async () => {
    const doc = await (await fetch(`${server.url}/openapi.json`)).json();
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/check', '/healthz']));
    const check = doc.components.schemas.CheckResult;
    const ref = check.allOf[0].$ref as string;
    const schema = await (await fetch(new URL(ref, `${server.url}/openapi.json`))).json();
    expect(schema.$schema).toMatch(/2020-12/);
    // resolved as OpenAPI resolves it: relative to the description's own URL
    const base = `${server.url}/openapi.json`;
    const ajv = new Ajv2020.default({ strict: false });
    ajv.addSchema({ ...schema, $id: new URL(ref, base).href });
    const validate = ajv.compile({ ...check, $id: base });
    const answer = await (await upload(server.url, GOOD_TXT, 'a.txt')).json();
    expect(validate(answer), JSON.stringify(validate.errors)).toBe(true);
    const { status: _status, ...withoutStatus } = answer;
    expect(validate(withoutStatus)).toBe(false);
  });
});

describe('{"path": …} on a shared volume', () => {
  let shared: string;
  let outside: string;
  let withPath: ServeProcess;
  beforeAll(async () => {
    shared = join(work, 'shared');
    outside = join(work, 'outside');
    mkdirSync(join(shared, 'in'), { recursive: true });
    mkdirSync(outside, { recursive: true });
    writeFileSync(join(shared, 'in', 'a.txt'), GOOD_TXT);
    writeFileSync(join(outside, 'secret.txt'), GOOD_TXT);
    if (!existsSync(join(shared, 'link.txt'))) symlinkSync(join(outside, 'secret.txt'), join(shared, 'link.txt'));
    withPath = await startServe(['--allow-path', shared]);
  });
  afterAll(async () => {
    await withPath?.stop();
  });
  const ask = (url: string, path: string) =>
    fetch(`${url}/v1/check`, {
      method: 'POST',
      body: JSON.stringify({ path }),
      headers: { 'content-type': 'application/json' },
    });

  it("a file inside the allowed directory: the CLI's JSON for it, under the path asked", async () => {
    const cli = await runCli(['in/a.txt', '--format', 'json'], { cwd: shared });
    const res = await ask(withPath.url, 'in/a.txt');
    expect(res.status).toBe(200);
    const { status, ...contract } = await res.json();
    expect(status).toBe(cli.code);
    expect(contract).toEqual(JSON.parse(cli.stdout));
    expect((await ask(withPath.url, join(shared, 'in/a.txt'))).status).toBe(200);
  });

  it('outside it, by "..", by an absolute path or through a symlink: 403; a missing file inside: E_NOT_FOUND, status 2', async () => {
    for (const p of [
      '../outside/secret.txt',
      join(outside, 'secret.txt'),
      'link.txt',
      '/etc/passwd',
      'in/../../outside/secret.txt',
    ]) {
      const res = await ask(withPath.url, p);
      expect(res.status, p).toBe(403);
      expect((await res.json()).error.code).toBe('E_PATH_NOT_ALLOWED');
    }
    const missing = await ask(withPath.url, 'in/none.txt');
    expect(missing.status).toBe(200);
    const body = await missing.json();
    expect([body.status, body.files[0].error.code, body.files[0].path]).toEqual([2, 'E_NOT_FOUND', 'in/none.txt']);
    // not outside, but the same answer as for a missing file outside: nothing is said about what exists there
    expect((await ask(withPath.url, '../outside/none.txt')).status).toBe(403);
  });

  it('a service started without --allow-path takes no path at all: 403', async () => {
    const res = await ask(server.url, join(SEED, 'seed.txt'));
    expect(res.status).toBe(403);
  });
});

describe('the queue, shutdown and the per-file time', () => {
  it('past --concurrency + --queue: 429 before the body is read; a place freed takes the next', async () => {
    const s = await startServe(['--concurrency', '1', '--queue', '1', '--lang', 'en']);
    try {
      const a = await stalledUpload(s.url, Buffer.from(GOOD_TXT), 'a.txt');
      const b = await stalledUpload(s.url, Buffer.from(GOOD_TXT), 'b.txt');
      await waitForLoad(s.url, 2);
      expect(await (await fetch(`${s.url}/healthz`)).json()).toMatchObject({ running: 1, queued: 1 });
      const c = await upload(s.url, GOOD_TXT, 'c.txt');
      expect(c.status).toBe(429);
      expect(c.headers.get('retry-after')).toBe('1');
      expect(await c.json()).toEqual({
        error: { code: 'E_QUEUE_FULL', message: 'The queue is full (1 being checked, 1 waiting); retry later' },
      });
      a.release();
      b.release();
      expect((await a.response).status).toBe(200);
      expect((await b.response).status).toBe(200);
      expect((await upload(s.url, GOOD_TXT, 'd.txt')).status).toBe(200);
    } finally {
      await s.stop();
    }
  });

  it('SIGTERM: new requests get 503 while the one in progress finishes; then the process exits 0 and leaves no temp files', async () => {
    const s = await startServe(['--lang', 'en']);
    const a = await stalledUpload(s.url, Buffer.from(GOOD_TXT), 'a.txt');
    await waitForLoad(s.url, 1);
    s.child.kill('SIGTERM');
    // the signal is handled once the service says so on stderr
    for (let i = 0; i < 200 && !s.stderr().includes('SIGTERM'); i++) await new Promise((r) => setTimeout(r, 25));
    const health = await fetch(`${s.url}/healthz`);
    expect(health.status).toBe(503);
    expect((await health.json()).status).toBe('closing');
    const late = await upload(s.url, GOOD_TXT, 'b.txt');
    expect(late.status).toBe(503);
    expect((await late.json()).error.code).toBe('E_SHUTTING_DOWN');
    a.release();
    const done = await a.response;
    expect(done.status).toBe(200);
    expect((await done.json()).status).toBe(0);
    expect(await s.exited).toEqual({ code: 0, signal: null });
    expect(readdirSync(s.tmp)).toEqual([]);
    // nothing listens any more
    await expect(fetch(`${s.url}/healthz`)).rejects.toThrow();
  });

  it('--timeout: a file past it is an E_TIMEOUT entry (status 2), not a hung request, and the next file is checked', async () => {
    const s = await startServe(['--timeout', '2', '--concurrency', '1', '--lang', 'en']);
    try {
      // ~20 MB of numbered paragraphs (the batch test's slow file): far more than 2 s of work
      const lines: string[] = [];
      for (let i = 0; i < 200_000; i++)
        lines.push(`（${(i % 9) + 1}）资金使用情况${i}：预算100万元，实际支出95.5万元，执行率95.5%。\n`);
      const started = Date.now();
      const res = await upload(s.url, lines.join('\n'), 'slow.txt');
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(res.status).toBe(200);
      const body = await res.json();
      expect([body.status, body.files[0].error]).toEqual([
        2,
        { code: 'E_TIMEOUT', message: 'Checking timed out (over 2 s)' },
      ]);
      const next = await upload(s.url, GOOD_TXT, 'a.txt');
      expect((await next.json()).status).toBe(0);
    } finally {
      await s.stop();
    }
  });
});

describe('start-up', () => {
  it('a worker pool that cannot check a file (its worker missing) stops the start with exit 2, before any port opens', () => {
    // a copy of the package whose batch worker is gone
    const pkg = mkdtempSync(join(tmpdir(), 'reportlint-serve-broken-'));
    try {
      cpSync(join(REPO, 'dist/src'), join(pkg, 'dist/src'), { recursive: true });
      cpSync(join(REPO, 'dist/rules'), join(pkg, 'dist/rules'), { recursive: true });
      rmSync(join(pkg, 'dist/src/cli/batch/worker.js'));
      copyFileSync(join(REPO, 'package.json'), join(pkg, 'package.json'));
      mkdirSync(join(pkg, 'src/serve'), { recursive: true });
      copyFileSync(join(REPO, 'src/serve/openapi.json'), join(pkg, 'src/serve/openapi.json'));
      for (const d of ['node_modules', 'dict', 'schema']) symlinkSync(join(REPO, d), join(pkg, d));
      const r = spawnSync(
        process.execPath,
        [join(pkg, 'dist/src/cli/main.js'), 'serve', '--port', '0', '--lang', 'en'],
        { encoding: 'utf8', timeout: 60_000, env: { ...process.env, TMPDIR: pkg } },
      );
      // stderr in each message: this failed once (of six runs) under a load average of 15, unexplained
      expect(r.status, r.stderr).toBe(2);
      expect(r.stdout, r.stderr).toBe(''); // never said it was listening
      expect(r.stderr).toMatch(/^reportlint: The worker pool is unavailable: reportlint failed internally/m);
    } finally {
      rmSync(pkg, { recursive: true, force: true });
    }
  });
});
