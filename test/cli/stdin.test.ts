// --stdin with --stdin-filename NAME: a report through a pipe, read as bytes (a .docx or .pdf too), bounded by
// --max-size, checked as NAME (issue 12, deliver 6).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, REPO, ensureBuilt, runCli, type CliRun } from './run-cli.js';

beforeAll(ensureBuilt);

function runWithStdin(args: string[], input: Buffer): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: REPO,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    // the CLI may stop reading early (a file over --max-size): a closed pipe is no failure here
    child.stdin.on('error', () => {});
    child.stdin.end(input);
    child.on('close', (code) =>
      resolvePromise({
        code: code ?? -1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}

const seed = (ext: string) => join(REPO, `fixtures/seed/seed.${ext}`);
type Out = {
  summary: Record<string, number>;
  files: Array<{
    path: string;
    format: string;
    status: string;
    error?: { code: string; message: string };
    ignored?: boolean;
    findings: Array<{ ruleId: string }>;
  }>;
};

describe('--stdin --stdin-filename', () => {
  for (const ext of ['docx', 'pdf', 'txt']) {
    it(`reads a .${ext} through a pipe as the file itself would be read, under the name given`, async () => {
      const direct = JSON.parse((await runCli([seed(ext), '-f', 'json'])).stdout) as Out;
      const piped = await runWithStdin(
        ['--stdin', '--stdin-filename', `上传/报告.${ext}`, '-f', 'json'],
        readFileSync(seed(ext)),
      );
      const out = JSON.parse(piped.stdout) as Out;
      expect(out.files.map((f) => [f.path, f.format, f.status])).toEqual([[`上传/报告.${ext}`, ext, 'ok']]);
      expect(out.files[0].findings.length).toBeGreaterThan(0);
      expect(out.files[0].findings.map((f) => f.ruleId)).toEqual(direct.files[0].findings.map((f) => f.ruleId));
      expect(piped.code).toBe(1);
    });
  }

  it('is bounded by --max-size like a file: E_TOO_LARGE, in the chosen language', async () => {
    const r = await runWithStdin(
      ['--stdin', '--stdin-filename', 'big.docx', '--max-size', '4KB', '-f', 'json', '--lang', 'en'],
      readFileSync(seed('docx')),
    );
    const out = JSON.parse(r.stdout) as Out;
    expect(out.files[0]).toMatchObject({
      path: 'big.docx',
      status: 'error',
      error: { code: 'E_TOO_LARGE', message: 'The file is too large (> 4 KB); the limit is 4 KB' },
    });
    expect(r.code).toBe(2);
  });

  it('empty input is E_EMPTY; a name matched by --ignore-pattern gets the ignored entry', async () => {
    const empty = JSON.parse(
      (await runWithStdin(['--stdin', '--stdin-filename', 'x.txt', '-f', 'json'], Buffer.alloc(0))).stdout,
    ) as Out;
    expect(empty.files[0].error?.code).toBe('E_EMPTY');
    const ignored = JSON.parse(
      (
        await runWithStdin(
          ['--stdin', '--stdin-filename', 'drafts/x.txt', '--ignore-pattern', 'drafts/', '-f', 'json'],
          readFileSync(seed('txt')),
        )
      ).stdout,
    ) as Out;
    expect(ignored.files[0]).toMatchObject({ path: 'drafts/x.txt', ignored: true, findings: [] });
  });

  it('usage errors: no name, a name reportlint cannot read from a pipe, files beside --stdin, a name without --stdin', async () => {
    const cases: Array<[string[], string, string]> = [
      [['--stdin'], '--stdin 需要 --stdin-filename', '--stdin needs --stdin-filename'],
      [
        ['--stdin', '--stdin-filename', 'a.doc'],
        '--stdin-filename “a.doc” 的扩展名须为 .docx、.pdf、.txt 或 .md',
        '--stdin-filename "a.doc" must end in .docx, .pdf, .txt or .md',
      ],
      [
        ['--stdin', '--stdin-filename', 'a.txt', 'b.txt'],
        '使用 --stdin 时不能再指定文件（b.txt）',
        'with --stdin no files can be given (b.txt)',
      ],
      [
        ['--stdin-filename', 'a.txt', 'b.txt'],
        '--stdin-filename 只能与 --stdin 一起使用',
        '--stdin-filename goes with --stdin only',
      ],
    ];
    for (const [args, zh, en] of cases) {
      const a = await runWithStdin(args, Buffer.from('x'));
      expect(a.code).toBe(2);
      expect(a.stderr).toContain(`reportlint: 用法错误：${zh}`);
      const b = await runWithStdin([...args, '--lang', 'en'], Buffer.from('x'));
      expect(b.stderr).toContain(`reportlint: usage error: ${en}`);
    }
  });
});
