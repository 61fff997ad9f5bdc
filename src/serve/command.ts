// `reportlint serve`: its options read as the CLI reads its own (--timeout in seconds, --max-size
// as a size), the service started, and stopped gracefully on SIGTERM / SIGINT.
import { statSync } from 'node:fs';
import { defaultJobs } from '../cli/batch/run-batch.js';
import { UsageError } from '../cli/messages.js';
import type { RuleSetting } from '../model/settings.js';
import { DEFAULT_MAX_BYTES, parseSize } from '../input/size.js';
import type { RuleMeta } from '../model/rule.js';
import type { Lang, Settings } from '../model/settings.js';
import { msg } from '../i18n/messages.js';
import { startServer, type RunningServer } from './server.js';

export interface ServeFlags {
  host: string;
  port: string;
  concurrency?: string;
  queue?: string;
  allowPath?: string;
  timeout?: string;
  maxSize?: string;
}

/** What cli.ts has already settled for the service, as for a check run. */
export interface ServeConfig {
  lang: Lang;
  rules: RuleMeta[];
  ruleConfig: Record<string, RuleSetting>;
  settings: Settings;
  configMaxBytes?: number;
}

export const DEFAULT_QUEUE = 16;
const DEFAULT_TIMEOUT_SECONDS = 120;
const MAX_TIMEOUT_SECONDS = 86_400;

function intFlag(
  name: string,
  value: string | undefined,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min || Number(value) > max)
    throw new UsageError('badInteger', { name, value, min });
  return Number(value);
}

export async function runServe(
  flags: ServeFlags,
  config: ServeConfig,
  io: { out(s: string): void; err(line: string): void },
): Promise<number> {
  const port = intFlag('--port', flags.port, 0, 65_535)!;
  // more threads than cores only cost memory, as for --jobs
  const concurrency = Math.min(intFlag('--concurrency', flags.concurrency, 1) ?? defaultJobs(), defaultJobs());
  const queue = intFlag('--queue', flags.queue, 0) ?? DEFAULT_QUEUE;
  let seconds = DEFAULT_TIMEOUT_SECONDS;
  if (flags.timeout !== undefined) {
    seconds = Number(flags.timeout);
    if (!Number.isFinite(seconds) || seconds <= 0)
      throw new UsageError('badSeconds', { name: '--timeout', value: flags.timeout });
    if (seconds > MAX_TIMEOUT_SECONDS)
      throw new UsageError('timeoutTooLong', { name: '--timeout', value: flags.timeout, max: MAX_TIMEOUT_SECONDS });
  }
  const maxBytes =
    flags.maxSize === undefined ? (config.configMaxBytes ?? DEFAULT_MAX_BYTES) : parseSize(flags.maxSize);
  if (maxBytes === null) throw new UsageError('badSize', { name: '--max-size', value: flags.maxSize! });
  if (flags.allowPath !== undefined && !isDirectory(flags.allowPath)) {
    io.err(`reportlint: ${msg(config.lang, 'badAllowPath', { path: flags.allowPath })}`);
    return 2;
  }

  let server: RunningServer;
  try {
    server = await startServer({
      host: flags.host,
      port,
      concurrency,
      queue,
      timeoutMs: Math.max(1, Math.round(seconds * 1000)),
      maxBytes,
      lang: config.lang,
      ruleConfig: config.ruleConfig,
      settings: config.settings,
      rules: config.rules,
      allowPath: flags.allowPath,
    });
  } catch (e) {
    // a port in use, an address not on this machine
    io.err(`reportlint: ${(e as Error).message}`);
    return 2;
  }
  io.out(msg(config.lang, 'listening', { url: server.url }) + '\n');
  const running = server;
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      io.err(msg(config.lang, 'stopping', { signal }));
      running.close().then(resolve, resolve);
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  return 0;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
