// `reportlint serve` as a pipeline runs it: the built command in a process of its own, on an
// ephemeral loopback port, its temp files under a directory the test owns (TMPDIR), spoken to
// with Node's own fetch.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { CLI, REPO } from '../cli/run-cli.js';

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  /** The TMPDIR the service was given: its private directory is made inside. */
  tmp: string;
  stderr(): string;
  /** How the process ended, once it has. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends the signal and resolves with how the process ended. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const tempDirs: string[] = [];

/** The TMPDIRs given to the services started here (each left empty by its service: the tests check that). */
export function removeTempDirs(): void {
  for (const d of tempDirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function startServe(args: string[], opts: { cwd?: string } = {}): Promise<ServeProcess> {
  const tmp = mkdtempSync(join(tmpdir(), 'reportlint-serve-test-'));
  tempDirs.push(tmp);
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...args], {
    cwd: opts.cwd ?? REPO,
    env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  child.stderr!.on('data', (d: Buffer) => (err += d.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    void exited.then(({ code }) => reject(new Error(`serve exited (${code}) before listening:\n${err}`)));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      const url = /http:\/\/[\d.]+:\d+/.exec(out)?.[0];
      if (!url) return;
      resolve({
        url,
        child,
        tmp,
        stderr: () => err,
        exited,
        stop: (signal = 'SIGTERM') => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      });
    });
  });
}

export function fixture(name: string): Buffer {
  return readFileSync(join(REPO, 'fixtures/seed', name));
}

/** One upload in the multipart field `file`, named as given. */
export function upload(url: string, bytes: Buffer | string, name: string, query = ''): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([bytes]), basename(name));
  return fetch(`${url}/v1/check${query}`, { method: 'POST', body: form });
}

/**
 * An upload whose body stops halfway until release() is called: the request holds its place in
 * the service (it is counted from its first byte) for as long as the test wants.
 */
export async function stalledUpload(
  url: string,
  bytes: Buffer,
  name: string,
): Promise<{ response: Promise<Response>; release: () => void }> {
  const form = new FormData();
  form.append('file', new Blob([bytes]), name);
  const encoded = new Request('http://x/', { method: 'POST', body: form });
  const type = encoded.headers.get('content-type')!;
  const body = new Uint8Array(await encoded.arrayBuffer());
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const half = Math.floor(body.length / 2);
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(body.subarray(0, half));
      await released;
      controller.enqueue(body.subarray(half));
      controller.close();
    },
  });
  const response = fetch(`${url}/v1/check`, {
    method: 'POST',
    body: stream,
    headers: { 'content-type': type },
    duplex: 'half',
  } as RequestInit);
  return { response, release };
}

/** Polls /healthz until `running + queued` reaches n (a stalled upload has arrived). */
export async function waitForLoad(url: string, n: number): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const h = (await (await fetch(`${url}/healthz`)).json()) as { running: number; queued: number };
    if (h.running + h.queued >= n) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`the service never had ${n} requests in progress`);
}
