import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/cli/expand-paths.js';

const root = mkdtempSync(join(tmpdir(), 'reportlint-expand-'));
beforeAll(() => {
  const put = (rel: string) => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), 'x');
  };
  for (const rel of [
    'reports/b.pdf',
    'reports/a.docx',
    'reports/~$a.docx', // Word's lock file while a.docx is open
    'reports/notes.xlsx',
    'reports/2024/c.txt',
    'reports/2024/d.md',
    'reports/.hidden/e.txt',
    'reports/old.doc',
    'other/z.txt',
  ])
    put(rel);
  mkdirSync(join(root, 'empty'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('expandInputs', () => {
  it('searches a directory for reports, sorted, skipping lock files, hidden folders and other types', async () => {
    const got = await expandInputs(['reports'], root);
    expect(got.map((e) => e.path)).toEqual([
      join('reports', '2024', 'c.txt'),
      join('reports', '2024', 'd.md'),
      join('reports', 'a.docx'),
      join('reports', 'b.pdf'),
      join('reports', 'old.doc'),
    ]);
    expect(got.every((e) => !e.error)).toBe(true);
  });

  it('keeps argument order, passes missing paths through, removes duplicates', async () => {
    const got = await expandInputs(['other/z.txt', 'missing.pdf', 'reports/b.pdf', './other/z.txt', 'notes.xyz'], root);
    expect(got.map((e) => e.path)).toEqual(['other/z.txt', 'missing.pdf', 'reports/b.pdf', 'notes.xyz']);
  });

  it('expands globs', async () => {
    const got = await expandInputs(['reports/**/*.{txt,md}'], root);
    expect(got.map((e) => e.path)).toEqual(['reports/2024/c.txt', 'reports/2024/d.md']);
  });

  it('a glob that matches nothing stays as one entry (it will be E_NOT_FOUND)', async () => {
    expect((await expandInputs(['nowhere/*.pdf'], root)).map((e) => e.path)).toEqual(['nowhere/*.pdf']);
  });

  it('a directory with no reports is an error entry of its own', async () => {
    const [entry] = await expandInputs(['empty'], root);
    expect(entry.path).toBe('empty');
    expect(entry.error?.code).toBe('E_NO_REPORTS_IN_DIRECTORY');
  });

  describe('nothing below a folder is left out silently', () => {
    const base = join(root, 'links');
    beforeAll(() => {
      mkdirSync(join(base, 'in', 'sub'), { recursive: true });
      writeFileSync(join(base, 'in', 'a.txt'), 'x');
      writeFileSync(join(base, 'elsewhere.docx'), 'x');
      mkdirSync(join(base, 'shared'));
      writeFileSync(join(base, 'shared', 's.pdf'), 'x');
      symlinkSync(join(base, 'elsewhere.docx'), join(base, 'in', 'b-link.docx')); // a symlinked report
      symlinkSync(join(base, 'shared'), join(base, 'in', 'c-shared')); // a symlinked folder
      symlinkSync(join(base, 'in'), join(base, 'in', 'sub', 'loop')); // a link back up: followed once
      symlinkSync(join(base, 'gone.pdf'), join(base, 'in', 'd-broken.pdf')); // broken: the reader says E_NOT_FOUND
    });

    it('follows symlinked reports and folders, once, and keeps a broken link named like a report', async () => {
      const got = await expandInputs(['links/in'], root);
      expect(got.map((e) => [e.path, e.error?.code ?? null])).toEqual([
        [join('links/in', 'a.txt'), null],
        [join('links/in', 'b-link.docx'), null],
        [join('links/in', 'c-shared', 's.pdf'), null],
        [join('links/in', 'd-broken.pdf'), null],
      ]);
    });

    it.skipIf(process.getuid?.() === 0)('a subfolder that cannot be read is an entry with E_READ', async () => {
      mkdirSync(join(base, 'locked', 'secret'), { recursive: true });
      writeFileSync(join(base, 'locked', 'ok.txt'), 'x');
      writeFileSync(join(base, 'locked', 'secret', 'hidden.txt'), 'x');
      chmodSync(join(base, 'locked', 'secret'), 0o000);
      try {
        const got = await expandInputs(['links/locked'], root);
        expect(got.map((e) => [e.path, e.error?.code ?? null])).toEqual([
          [join('links/locked', 'ok.txt'), null],
          [join('links/locked', 'secret'), 'E_READ'],
        ]);
      } finally {
        chmodSync(join(base, 'locked', 'secret'), 0o755);
      }
    });
  });
});
