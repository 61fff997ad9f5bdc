// A one-file run loads what that file needs and nothing more: start-up is most of
// its time. Checked on the built command, with a preload that lists every module file
// the process loaded.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, ensureBuilt, runCli } from './run-cli.js';
// @ts-expect-error a plain .mjs preload
import { recorded } from './record-packages.mjs';

const dir = mkdtempSync(join(tmpdir(), 'reportlint-loading-'));
beforeAll(ensureBuilt);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The packages (node_modules/<name>) and the canvas addon's binary that one run loaded. */
async function loads(
  file: string,
): Promise<{ packages: Set<string>; canvasBinary: boolean; stderr: string; stdout: string }> {
  const record = join(dir, `loads-${Math.random().toString(36).slice(2)}`);
  const r = await runCli([file, '--format', 'json'], {
    env: { NODE_OPTIONS: `--import=${join(REPO, 'test/cli/record-packages.mjs')}`, RECORD_PACKAGES_FILE: record },
  });
  expect([0, 1]).toContain(r.code);
  const paths: string[] = recorded(readFileSync(record, 'utf8'));
  const packages = new Set(
    paths.flatMap((p) => [...p.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].map((m) => m[1])),
  );
  // what was asked of require() by name (the canvas stand-in answers '@napi-rs/canvas' from the cache)
  for (const p of paths) if (/^(?:@[^/.][^/]*\/)?[^/.][^/]*$/.test(p)) packages.add(p);
  // the platform package holding the .node file (@napi-rs/canvas-linux-x64-gnu, …)
  const canvasBinary = paths.some((p) => /@napi-rs\/canvas-[^/]+/.test(p) || /canvas.*\.node$/.test(p));
  return { packages, canvasBinary, stderr: r.stderr, stdout: r.stdout };
}

describe('what a one-file run loads', () => {
  it('a plain .txt: neither the HTML parser nor string-width, nor any other format’s parser', async () => {
    const { packages } = await loads(join(REPO, 'fixtures/seed/seed.txt'));
    expect(packages.has('commander')).toBe(true); // the recorder sees packages at all
    for (const p of ['htmlparser2', 'string-width', 'mammoth', 'pdfjs-dist', 'pdf-parse', '@napi-rs/canvas'])
      expect(packages, p).not.toContain(p);
  });

  it('a .txt holding an HTML table does load the HTML parser', async () => {
    const file = join(dir, 'converted.txt');
    writeFileSync(
      file,
      '一、基本情况\n\n<table><tr><td>项目</td><td>金额</td></tr><tr><td>资金</td><td>100</td></tr></table>\n',
    );
    const { packages } = await loads(file);
    expect(packages).toContain('htmlparser2');
    expect(packages).not.toContain('string-width');
  });

  it('a .pdf: pdfjs without its canvas addon, and no warning about it', async () => {
    const { packages, canvasBinary, stderr, stdout } = await loads(join(REPO, 'fixtures/seed/seed.pdf'));
    expect(packages).toContain('pdfjs-dist');
    expect(canvasBinary).toBe(false);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout).files[0].status).toBe('ok');
    for (const p of ['htmlparser2', 'string-width', 'mammoth']) expect(packages, p).not.toContain(p);
  });

  it('a .docx: no PDF library, no string-width', async () => {
    const { packages } = await loads(join(REPO, 'fixtures/seed/seed.docx'));
    expect(packages).toContain('mammoth');
    for (const p of ['string-width', 'pdfjs-dist', 'pdf-parse', '@napi-rs/canvas'])
      expect(packages, p).not.toContain(p);
  });
});
