// Runs the real, built command (dist/src/cli/main.js — what `npm ci` builds through
// `prepare`), rebuilding it first when any source is newer. Test files run in
// parallel, so the build is guarded by a lock directory.
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = join(REPO, 'dist/src/cli/main.js');
const LOCK = join(REPO, 'dist/.build-lock');

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function isStale(): boolean {
  if (!existsSync(CLI)) return true;
  const built = statSync(CLI).mtimeMs;
  return ['src', 'rules'].some((d) => newestSource(join(REPO, d)) > built);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Builds dist/ with tsc when it is missing or older than the sources. */
export async function ensureBuilt(): Promise<void> {
  if (!isStale()) return;
  mkdirSync(join(REPO, 'dist'), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (!isStale()) return; // another test file built it meanwhile
      if (Date.now() - started > 120_000) rmSync(LOCK, { recursive: true, force: true }); // a crashed builder's lock
      await sleep(250);
    }
  }
  try {
    if (!isStale()) return;
    try {
      execFileSync(
        process.execPath,
        [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', join(REPO, 'tsconfig.json')],
        { cwd: REPO, stdio: 'pipe' },
      );
    } catch (e) {
      // Type errors still emit JavaScript; only a missing CLI is fatal here (`npm run typecheck` reports the rest).
      if (!existsSync(CLI)) throw e;
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/src/cli/main.js ...args` with no stdin and no TTY. */
export function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: opts.cwd ?? REPO,
      env: { ...process.env, NO_COLOR: '1', ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) =>
      resolvePromise({
        code: code ?? -1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}
