// The HTTP service (reportlint serve): Fastify with @fastify/multipart, files checked on one
// worker pool that lives as long as the service, so start-up and warm-up are paid once.
// Stateless: each request's upload lives in its own temp directory until its answer is made.
import { mkdtemp, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createWorkerPool } from '../cli/batch/run-batch.js';
import { errorResult } from '../cli/batch/check-file.js';
import type { RuleSetting } from '../model/settings.js';
import { FileError } from '../model/errors.js';
import { formatSize } from '../input/size.js';
import { detectFormat } from '../parsers/index.js';
import type { RuleMeta } from '../model/rule.js';
import type { Lang, Settings } from '../model/settings.js';
import { toolVersion } from '../engine/run-result.js';
import { AdmissionControl } from './admission.js';
import { judgePath } from './allow-path.js';
import { answerFor, checkForRequest, type CheckAnswer, type CheckSetup, type ServeFormat } from './check.js';
import { msg, type MessageKey } from '../i18n/messages.js';
import { readPackageFile } from './package-files.js';
import { saveUpload } from './upload.js';

export interface ServeOptions {
  host: string;
  port: number;
  /** Files checked at once: the worker pool's threads. */
  concurrency: number;
  /** Requests that may wait beyond those; one more gets 429. */
  queue: number;
  /** Per-file limit in ms (E_TIMEOUT entry past it). */
  timeoutMs: number;
  /** Largest upload (413 past it) and largest file read by path (E_TOO_LARGE entry, as the CLI's). */
  maxBytes: number;
  /** Messages' language when a request does not ask (?lang=). */
  lang: Lang;
  ruleConfig: Record<string, RuleSetting>;
  settings: Settings;
  rules: RuleMeta[];
  /** Where {"path": …} requests may read; none: uploads only. */
  allowPath?: string;
}

export interface RunningServer {
  /** http://host:port, with the port the system gave when 0 was asked. */
  url: string;
  /** Refuses new requests (503), lets those in progress finish, then closes the pool and the temp directory. */
  close(): Promise<void>;
}

const FORMATS: readonly ServeFormat[] = ['json', 'sarif'];
const LANGS: readonly Lang[] = ['zh-CN', 'en'];
/** A JSON body is a path, never a report: a small limit. */
const JSON_BODY_LIMIT = 64 * 1024;

class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly key: MessageKey,
    readonly data: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const [{ default: Fastify }, { default: multipart }] = await Promise.all([
    import('fastify'),
    import('@fastify/multipart'),
  ]);
  const allowedReal = opts.allowPath === undefined ? undefined : await realpath(opts.allowPath);
  // private (0700) and this process's own; each upload gets a directory inside it
  const tempRoot = await mkdtemp(join(tmpdir(), 'reportlint-serve-'));
  const pool = await createWorkerPool(opts.concurrency);
  const setup: CheckSetup = {
    pool,
    ruleConfig: opts.ruleConfig,
    settings: opts.settings,
    rules: opts.rules,
    maxBytes: opts.maxBytes,
    timeoutMs: opts.timeoutMs,
  };
  try {
    await warmUp(setup, tempRoot, opts.concurrency, opts.lang);
  } catch (e) {
    await pool.destroy();
    await rm(tempRoot, { recursive: true, force: true });
    throw e;
  }
  const admission = new AdmissionControl(opts.concurrency, opts.queue);
  const openapi = readPackageFile('src/serve/openapi.json');
  const reportSchema = readPackageFile('schema/report.schema.json');

  // our own 503 while closing (return503OnClosing off), in the same shape as every other error
  const app: FastifyInstance = Fastify({ logger: false, bodyLimit: JSON_BODY_LIMIT, return503OnClosing: false });
  await app.register(multipart, { limits: { fileSize: opts.maxBytes, files: 1 } });

  const langOf = (req: FastifyRequest): Lang => {
    const asked = (req.query as Record<string, unknown> | undefined)?.lang;
    return LANGS.includes(asked as Lang) ? (asked as Lang) : opts.lang;
  };
  const sendError = (reply: FastifyReply, req: FastifyRequest, e: HttpError) => {
    if (e.statusCode === 429 || e.statusCode === 503) reply.header('retry-after', '1');
    return reply
      .code(e.statusCode)
      .type('application/json; charset=utf-8')
      .send({ error: { code: e.key, message: msg(langOf(req), e.key, e.data) } });
  };

  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, req, reply) => {
    if (err instanceof HttpError) return sendError(reply, req, err);
    const status = err.statusCode ?? 500;
    if (err.code === 'FST_REQ_FILE_TOO_LARGE' || err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return sendError(reply, req, new HttpError(413, 'E_UPLOAD_TOO_LARGE', { limit: formatSize(opts.maxBytes) }));
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || err.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE')
      return sendError(reply, req, new HttpError(415, 'E_BAD_BODY'));
    if (status >= 400 && status < 500)
      return sendError(reply, req, new HttpError(status, 'E_HTTP', { detail: err.message }));
    const e = new FileError('E_INTERNAL', { detail: `${err.name}: ${err.message}`.slice(0, 500) });
    return reply.code(500).send({ error: { code: e.code, message: e.localized(langOf(req)) } });
  });
  app.setNotFoundHandler((req, reply) =>
    sendError(reply, req, new HttpError(404, 'E_NOT_FOUND_ROUTE', { method: req.method, url: req.url.split('?')[0] })),
  );

  app.get('/healthz', async (req, reply) => {
    const load = admission.load();
    return reply.code(admission.isClosing ? 503 : 200).send({
      status: admission.isClosing ? 'closing' : 'ok',
      version: toolVersion(),
      concurrency: opts.concurrency,
      queue: opts.queue,
      ...load,
    });
  });
  app.get('/openapi.json', async (_req, reply) => reply.type('application/json; charset=utf-8').send(openapi));
  app.get('/schemas/report.schema.json', async (_req, reply) =>
    reply.type('application/schema+json; charset=utf-8').send(reportSchema),
  );

  /**
   * A request's place in the admission count is held until both its answer has gone and its
   * file's work has ended: a client that hangs up does not free a worker still busy with its file.
   */
  const releases = new WeakMap<FastifyRequest, () => () => void>();
  app.addHook('onRequest', async (req, reply) => {
    if (req.routeOptions.url !== '/v1/check') return;
    const a = admission.enter();
    if (a === 'closing') throw new HttpError(503, 'E_SHUTTING_DOWN');
    if (a === 'full') throw new HttpError(429, 'E_QUEUE_FULL', admission.load());
    let holds = 0;
    const hold = () => {
      holds++;
      let done = false;
      return () => {
        if (done) return;
        done = true;
        if (--holds === 0) admission.leave();
      };
    };
    reply.raw.once('close', hold());
    releases.set(req, hold);
  });

  app.post('/v1/check', async (req, reply) => {
    const release = releases.get(req)!();
    try {
      const q = (req.query ?? {}) as Record<string, string | undefined>;
      const format = (q.format ?? 'json') as ServeFormat;
      if (!FORMATS.includes(format))
        throw new HttpError(400, 'E_BAD_PARAM', {
          name: 'format',
          value: String(q.format),
          choices: FORMATS.join(', '),
        });
      if (q.lang !== undefined && !LANGS.includes(q.lang as Lang))
        throw new HttpError(400, 'E_BAD_PARAM', { name: 'lang', value: q.lang, choices: LANGS.join(', ') });
      const lang = langOf(req);
      const answer = req.isMultipart() ? await checkUpload(req, lang, format) : await checkPath(req.body, lang, format);
      return reply
        .header('reportlint-status', String(answer.status))
        .type(format === 'sarif' ? 'application/sarif+json; charset=utf-8' : 'application/json; charset=utf-8')
        .send(answer.body);
    } finally {
      release();
    }
  });

  async function checkUpload(req: FastifyRequest, lang: Lang, format: ServeFormat): Promise<CheckAnswer> {
    // a declared length far past the limit is refused before a byte of it is written
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > opts.maxBytes + 1024 * 1024)
      throw new HttpError(413, 'E_UPLOAD_TOO_LARGE', { limit: formatSize(opts.maxBytes) });
    const saved = await saveUpload(req, tempRoot, opts.maxBytes);
    if (saved === 'no-file') throw new HttpError(400, 'E_NO_FILE');
    if (saved === 'too-large') throw new HttpError(413, 'E_UPLOAD_TOO_LARGE', { limit: formatSize(opts.maxBytes) });
    try {
      return await checkForRequest(setup, saved.diskPath, saved.shownName, lang, format);
    } finally {
      await rm(saved.dir, { recursive: true, force: true });
    }
  }

  async function checkPath(body: unknown, lang: Lang, format: ServeFormat): Promise<CheckAnswer> {
    const path = (body as { path?: unknown } | null)?.path;
    if (typeof path !== 'string') throw new HttpError(400, 'E_BAD_BODY');
    if (allowedReal === undefined) throw new HttpError(403, 'E_PATH_NOT_ALLOWED');
    const decision = await judgePath(path, allowedReal);
    if (decision.kind === 'outside') throw new HttpError(403, 'E_PATH_NOT_ALLOWED');
    if (decision.kind === 'missing')
      return answerFor(
        errorResult(path, detectFormat(path) ?? 'unknown', new FileError('E_NOT_FOUND', { path }), lang),
        opts.rules,
        lang,
        format,
      );
    // a directory is refused here as the CLI refuses one given where a file is expected
    if ((await stat(decision.realPath)).isDirectory())
      return answerFor(
        errorResult(path, 'unknown', new FileError('E_IS_DIRECTORY', { path }), lang),
        opts.rules,
        lang,
        format,
      );
    return checkForRequest(setup, decision.realPath, path, lang, format);
  }

  app.addHook('onClose', async () => {
    await pool.destroy();
    await rm(tempRoot, { recursive: true, force: true });
  });

  try {
    await app.listen({ host: opts.host, port: opts.port });
  } catch (e) {
    await app.close();
    throw e;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      (closing ??= (async () => {
        // still listening while the requests taken finish: a new one (and /healthz, which a load
        // balancer watches) is answered 503, not refused at the socket
        const cut = setTimeout(() => app.server.closeAllConnections(), opts.timeoutMs + 10_000);
        cut.unref();
        try {
          await admission.close();
          await app.close();
        } finally {
          clearTimeout(cut);
        }
      })()),
  };
}

/**
 * Before the port opens: one small report on each worker thread at once, so that the first
 * requests find modules loaded and the rules compiled, and a pool that cannot check anything (its
 * worker file missing, a module that fails to load: E_INTERNAL) stops the start instead of
 * answering every request with an error entry.
 */
async function warmUp(setup: CheckSetup, dir: string, threads: number, lang: Lang): Promise<void> {
  const file = join(dir, 'warm-up.txt');
  await writeFile(
    file,
    '关于某项目的绩效评价报告\n\n一、基本情况\n\n本项目2024年预算100万元，实际支出95万元，执行率95%。\n',
  );
  try {
    const answers = await Promise.all(
      Array.from({ length: threads }, () => checkForRequest(setup, file, 'warm-up.txt', lang, 'json')),
    );
    const broken = answers
      .map((a) => JSON.parse(a.body) as { files: Array<{ error?: { code: string; message: string } }> })
      .find((r) => r.files[0].error?.code === 'E_INTERNAL');
    if (broken) throw new Error(msg(lang, 'E_POOL_BROKEN', { detail: broken.files[0].error!.message }));
  } finally {
    await rm(file, { force: true });
  }
}
