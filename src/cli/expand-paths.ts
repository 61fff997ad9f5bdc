// Command-line arguments → the list of files to check, in the order given:
// a file stays as it is (even if missing: it gets its own error entry), a
// directory is searched for reports, a glob is expanded. What the ignore patterns
// match is skipped in a folder or a glob; named itself, it is kept as ignored.
import { readdir, realpath, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { FileError } from '../model/errors.js';
import { REPORT_EXTENSIONS, detectFormat } from '../parsers/index.js';
import type { IgnoreFilter } from '../input/ignore.js';

export interface InputEntry {
  /** The path as the user would recognise it (argument, or argument joined with what was found under it). */
  path: string;
  /** Set when the argument itself is unusable and no file can stand for it. */
  error?: FileError;
  /** Named on the command line (a file, a folder, a glob all of whose matches are ignored) and left out by these patterns. */
  ignoredBy?: string;
}

/** Expands files, directories and globs; keeps argument order and removes duplicates. */
export async function expandInputs(args: string[], cwd = process.cwd(), ignore?: IgnoreFilter): Promise<InputEntry[]> {
  const out: InputEntry[] = [];
  const seen = new Set<string>();
  const add = (entry: InputEntry) => {
    const key = resolve(cwd, entry.path);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(entry);
  };
  for (const arg of args) {
    const info = await stat(resolve(cwd, arg)).catch(() => null);
    const ignoredBy = ignore?.match(resolve(cwd, arg), !!info?.isDirectory());
    if (ignoredBy) {
      add({ path: arg, ignoredBy });
    } else if (info?.isDirectory() && !detectFormat(arg)) {
      const found = await findReports(resolve(cwd, arg), ignore);
      if (found.length === 0) add({ path: arg, error: new FileError('E_NO_REPORTS_IN_DIRECTORY', { path: arg }) });
      for (const f of found) add({ path: f.rel ? join(arg, f.rel) : arg, ...(f.error ? { error: f.error } : {}) });
    } else if (!info && isDynamicPattern(arg)) {
      const all = (await glob(arg, { cwd, onlyFiles: true, expandDirectories: false })).sort(byCodePoint);
      const matches = ignore ? all.filter((m) => !ignore.match(resolve(cwd, m))) : all;
      // every match ignored: the pattern's entry says so, as a file named itself would
      if (matches.length === 0)
        add(all.length ? { path: arg, ignoredBy: ignore!.match(resolve(cwd, all[0]))! } : { path: arg }); // else E_NOT_FOUND
      for (const m of matches) add({ path: m });
    } else {
      // A file, a missing path, or a directory named like a report ("x.docx/"): the reader reports what is wrong.
      add({ path: arg });
    }
  }
  return out;
}

/** A report found below a directory (relative to it), or a folder below it that could not be read. */
interface Found {
  rel: string;
  error?: FileError;
}

const isReportName = (name: string) =>
  !name.startsWith('~$') && REPORT_EXTENSIONS.some((x) => name.toLowerCase().endsWith(x));

/**
 * Report files below a directory, relative to it, sorted; skips hidden folders,
 * node_modules, Office lock files (~$x.docx) and what the ignore patterns match. Nothing is left out silently: a
 * folder that cannot be read is an entry of its own (E_READ), and a symlinked report
 * or folder is followed (a folder once, so a link loop ends).
 */
async function findReports(dir: string, ignore?: IgnoreFilter): Promise<Found[]> {
  const found: Found[] = [];
  const visited = new Set<string>();
  const walk = async (abs: string, rel: string): Promise<void> => {
    const real = await realpath(abs).catch(() => abs);
    if (visited.has(real)) return;
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(abs, { withFileTypes: true });
    } catch (e) {
      found.push({
        rel,
        error: new FileError('E_READ', { detail: (e as NodeJS.ErrnoException).code ?? String(e), path: rel || abs }),
      });
      return;
    }
    entries.sort((a, b) => byCodePoint(a.name, b.name));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const childRel = rel ? join(rel, e.name) : e.name;
      // a symlink is what it points to; a broken one named like a report still gets its entry (E_NOT_FOUND)
      const target = e.isSymbolicLink() ? await stat(join(abs, e.name)).catch(() => null) : e;
      if (ignore?.match(join(abs, e.name), !!target?.isDirectory())) continue;
      if (target?.isDirectory()) await walk(join(abs, e.name), childRel);
      else if ((target === null || target.isFile()) && isReportName(e.name)) found.push({ rel: childRel });
    }
  };
  await walk(dir, '');
  return found;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
