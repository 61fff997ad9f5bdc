// Which files a run leaves out, as ESLint's ignore file and --ignore-pattern:
// gitignore syntax (the `ignore` package, as ESLint uses), the patterns of one
// .reportlintignore relative to its folder, each --ignore-pattern relative to the
// current directory. Folder and glob expansion skip what they match; a file named
// on the command line that they match gets a warning entry instead of silence.
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { fillTemplate } from '../i18n/template.js';
import { detectFormat } from '../parsers/index.js';
import type { FileResult } from '../model/result.js';
import type { Message } from '../model/rule.js';
import type { Lang } from '../model/settings.js';

export const IGNORE_FILE_NAME = '.reportlintignore';

export const IGNORED_MESSAGE: Message = {
  'zh-CN': '文件与忽略规则匹配，未检查（{source}）；用 --no-ignore 可照常检查',
  en: 'File ignored because of a matching ignore pattern ({source}). Use "--no-ignore" to override',
};

/** One set of patterns and the folder they are relative to. */
interface PatternSet {
  base: string;
  /** Where the patterns came from, as the warning names it: the ignore file's path or "--ignore-pattern". */
  source: string;
  ig: Ignore;
}

export class IgnoreFilter {
  constructor(private readonly sets: PatternSet[]) {}

  /** The source of the patterns that leave this path out (a folder with isDir), or null when it is checked. */
  match(absPath: string, isDir = false): string | null {
    for (const s of this.sets) {
      const rel = relative(s.base, absPath);
      // outside the folder its patterns are relative to (or the folder itself): no pattern of that set applies
      if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) continue;
      const posix = rel.split(sep).join('/');
      if (s.ig.ignores(isDir ? `${posix}/` : posix)) return s.source;
    }
    return null;
  }
}

/** Thrown when the ignore file cannot be read: the CLI prints it in the user's language (exit 2). */
export class IgnoreFileError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
  ) {
    super(`cannot read ignore file ${path}: ${code}`);
    this.name = 'IgnoreFileError';
  }
}

/**
 * The filter for a run: the ignore file's patterns (file: its path, or null for none)
 * and --ignore-pattern's. Undefined when there is nothing to ignore.
 */
export function loadIgnoreFilter(opts: {
  cwd: string;
  file: string | null;
  patterns: string[];
}): IgnoreFilter | undefined {
  const sets: PatternSet[] = [];
  if (opts.file !== null) {
    const abs = resolve(opts.cwd, opts.file);
    let text: string;
    try {
      text = readFileSync(abs, 'utf8');
    } catch (e) {
      throw new IgnoreFileError(opts.file, (e as NodeJS.ErrnoException).code ?? 'EIO');
    }
    sets.push({ base: dirname(abs), source: opts.file, ig: ignore().add(text.replace(/^\uFEFF/, '')) });
  }
  const patterns = opts.patterns.filter((p) => p.trim() !== '');
  if (patterns.length) sets.push({ base: resolve(opts.cwd), source: '--ignore-pattern', ig: ignore().add(patterns) });
  return sets.length ? new IgnoreFilter(sets) : undefined;
}

/**
 * A file named on the command line that the patterns leave out: not checked, but
 * not left out silently either (ESLint: "File ignored because of a matching ignore
 * pattern"). --max-warnings counts it as one warning, so a gate does not pass it by.
 */
export function ignoredResult(path: string, source: string, lang: Lang): FileResult {
  return {
    path,
    format: detectFormat(path) ?? 'unknown',
    status: 'ok',
    ignored: true,
    notes: [{ code: 'W_IGNORED', message: fillTemplate(IGNORED_MESSAGE[lang], { source }) }],
    findings: [],
  };
}
