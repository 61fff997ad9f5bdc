// --format docx on the command line: an annotated copy for one .docx, a usage error otherwise.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, ensureBuilt, runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'reportlint-cli-annotate-'));

beforeAll(async () => {
  await ensureBuilt();
  copyFileSync(join(REPO, 'fixtures/seed/seed.docx'), join(dir, 'seed.docx'));
  copyFileSync(join(REPO, 'fixtures/seed/seed.txt'), join(dir, 'seed.txt'));
  copyFileSync(join(REPO, 'fixtures/seed/seed.pdf'), join(dir, 'seed.pdf'));
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--format pdf', () => {
  it('writes the annotated PDF, one annotation per finding, and refuses a .docx', async () => {
    const json = await runCli(['seed.pdf', '--format', 'json'], { cwd: dir });
    const findings = (JSON.parse(json.stdout) as { files: Array<{ findings: unknown[] }> }).files[0].findings.length;
    const r = await runCli(['seed.pdf', '--format', 'pdf', '-o', '审核意见.pdf'], { cwd: dir });
    expect(r.code).toBe(json.code);
    expect(r.stderr).toContain(`审核意见.pdf：${findings} 条批注`);
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({
      data: new Uint8Array(readFileSync(join(dir, '审核意见.pdf'))),
      isEvalSupported: false,
    }).promise;
    let notes = 0;
    for (let n = 1; n <= doc.numPages; n++)
      notes += ((await (await doc.getPage(n)).getAnnotations()) as Array<{ subtype: string }>).filter(
        (a) => a.subtype !== 'Popup',
      ).length;
    await doc.destroy();
    expect(notes).toBe(findings);
    const wrong = await runCli(['seed.docx', '--format', 'pdf', '-o', 'x.pdf', '--lang', 'en'], { cwd: dir });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--format pdf takes exactly one .pdf file (given: seed.docx)');
  }, 120_000);
});

describe('--format docx', () => {
  it('writes the annotated copy, one comment per finding the JSON lists, with the author asked for', async () => {
    const json = await runCli(['seed.docx', '--format', 'json'], { cwd: dir });
    const findings = (JSON.parse(json.stdout) as { files: Array<{ findings: unknown[] }> }).files[0].findings.length;
    const r = await runCli(['seed.docx', '--format', 'docx', '-o', '审核意见.docx', '--comment-author', '市财政局'], {
      cwd: dir,
    });
    expect(r.code).toBe(json.code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`审核意见.docx：${findings} 条批注`);
    const comments = await (await JSZip.loadAsync(readFileSync(join(dir, '审核意见.docx'))))
      .file('word/comments.xml')!
      .async('string');
    expect(comments.match(/<w:comment /g)?.length).toBe(findings);
    expect(comments.match(/w:author="市财政局"/g)?.length).toBe(findings);
  }, 120_000);

  it('refuses a file that is not .docx, with a usage error', async () => {
    const r = await runCli(['seed.txt', '--format', 'docx', '-o', 'out.docx', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format docx takes exactly one .docx file (given: seed.txt)');
    expect(existsSync(join(dir, 'out.docx'))).toBe(false);
  });

  it('needs -o, and never overwrites the checked file', async () => {
    const none = await runCli(['seed.docx', '--format', 'docx'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--format docx / pdf 需要用 -o 指定输出文件');
    const same = await runCli(['seed.docx', '--format', 'docx', '-o', './seed.docx', '--lang', 'en'], { cwd: dir });
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('-o must not be the checked file itself');
  });
});
