// A UTF-8 report with one bad byte, or its last character cut off, is read as
// UTF-8 (not as GB18030 nonsense) and its entry says how it was read.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, ensureBuilt, runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'reportlint-cli-encoding-'));
const seed = readFileSync(join(REPO, 'fixtures/seed/seed.txt'));

beforeAll(async () => {
  await ensureBuilt();
  writeFileSync(join(dir, 'good.txt'), seed);
  // one stray byte after the first line, and a copy whose last character is cut in half
  const nl = seed.indexOf(0x0a);
  writeFileSync(
    join(dir, 'bad-byte.txt'),
    Buffer.concat([seed.subarray(0, nl), Buffer.from([0xff]), seed.subarray(nl)]),
  );
  const trimmed = Buffer.from(seed.toString('utf8').trimEnd(), 'utf8');
  writeFileSync(join(dir, 'cut.txt'), trimmed.subarray(0, trimmed.length - 1));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Entry = {
  document: { title: string };
  encoding: { name: string; replaced: number };
  notes?: Array<{ code: string; message: string }>;
  findings: unknown[];
};

describe('text decoding', () => {
  it('reads one bad byte as UTF-8 with one replacement, the same verdict as the clean file, and says so', async () => {
    const r = await runCli(['good.txt', 'bad-byte.txt', 'cut.txt', '-f', 'json', '--lang', 'en'], { cwd: dir });
    const [good, bad, cut] = JSON.parse(r.stdout).files as Entry[];
    expect(good.encoding).toEqual({ name: 'utf-8', bom: false, replaced: 0 });
    expect(good.notes).toBeUndefined();
    for (const e of [bad, cut]) {
      expect(e.encoding).toEqual({ name: 'utf-8', bom: false, replaced: 1 });
      expect(e.document.title).toBe(good.document.title);
      expect(e.notes).toEqual([
        { code: 'I_REPLACED_BYTES', message: expect.stringContaining('1 invalid byte sequence(s) were replaced') },
      ]);
    }
    expect(bad.findings.length).toBe(good.findings.length);
  }, 60_000);

  it('the text report shows the note under the file', async () => {
    const r = await runCli(['bad-byte.txt'], { cwd: dir });
    expect(r.stdout).toContain('说明  文件不完全是有效的 UTF-8：1 处无效字节已替换为 �');
  }, 60_000);
});
