// What reportlint writes (--output, --write-baseline) must never replace what it
// reads: an input report, reached by any name (a symlink, a hard link, "./x"),
// or any .docx/.pdf/.doc. And it must be writable before the batch starts, so a
// typo in the folder does not cost the whole run's results.
import { accessSync, constants, statSync, type Stats } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { UsageError } from './messages.js';

export interface OutputPath {
  /** The option that names it, e.g. "--output". */
  option: string;
  path: string;
  /** The annotated copy of the report (--format docx / pdf): a .docx or .pdf by design, never the input itself. */
  annotatedCopy?: boolean;
}

/** Report formats reportlint never writes: only a report (or its copy) has these names. */
const REPORT_ONLY_EXTENSIONS = ['.docx', '.pdf', '.doc'];

/** The file an existing path names, whatever the path: its device and inode (symlinks followed). */
function identity(info: Stats): string {
  return `${info.dev}:${info.ino}`;
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * Throws a UsageError when an output would overwrite an input, another output,
 * or a report file; then checks that each output can be written (an
 * OutputError, also exit 2, when it cannot).
 */
export function checkOutputPaths(outputs: OutputPath[], inputs: string[], cwd: string): void {
  const inputIds = new Map<string, string>();
  for (const input of inputs) {
    const info = statOrNull(resolve(cwd, input));
    if (info?.isFile()) inputIds.set(identity(info), input);
  }
  const seen = new Map<string, OutputPath>();
  for (const out of outputs) {
    const abs = resolve(cwd, out.path);
    const info = statOrNull(abs);
    const id = info ? identity(info) : `path:${abs}`;
    const input = inputIds.get(id);
    if (input !== undefined) throw new UsageError('outputIsInput', { option: out.option, path: out.path, input });
    const other = seen.get(id);
    if (other) throw new UsageError('outputTwice', { option: out.option, other: other.option, path: out.path });
    seen.set(id, out);
    if (!out.annotatedCopy && REPORT_ONLY_EXTENSIONS.includes(extname(out.path).toLowerCase())) {
      throw new UsageError('outputIsReport', { option: out.option, path: out.path, ext: extname(out.path) });
    }
    checkWritable(out, abs, info);
  }
}

/** Cannot write an output: exit 2 like a usage error, but the call itself was right. */
export class OutputError extends Error {
  constructor(
    readonly path: string,
    /** An errno code (ENOENT, EACCES, …) or a message. */
    readonly detail: string,
    /** Found before any file was checked (the usual case) or only when writing at the end. */
    readonly beforeRun = true,
  ) {
    super(`cannot write ${path}: ${detail}`);
    this.name = 'OutputError';
  }
}

function checkWritable(out: OutputPath, abs: string, info: Stats | null): void {
  if (info?.isDirectory()) throw new OutputError(out.path, 'EISDIR');
  const target = info ? abs : dirname(abs);
  const dir = info ? null : statOrNull(target);
  if (!info && !dir) throw new OutputError(out.path, 'ENOENT');
  if (dir && !dir.isDirectory()) throw new OutputError(out.path, 'ENOTDIR');
  try {
    accessSync(target, constants.W_OK);
  } catch (e) {
    throw new OutputError(out.path, (e as NodeJS.ErrnoException).code ?? 'EACCES');
  }
}
