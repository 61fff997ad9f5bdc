// --format docx / pdf: the submitted file sent back marked up — a Word comment on each
// finding in a .docx, a highlight with a note in a .pdf. The run itself is the ordinary
// check; this writes its findings into a copy of the file.
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { readDocument } from '../parsers/index.js';
import type { RunResult } from '../model/result.js';
import { UsageError, msg } from './messages.js';
import type { Lang } from '../model/settings.js';

export const DEFAULT_COMMENT_AUTHOR = 'reportlint';

export const ANNOTATED_FORMATS = ['docx', 'pdf'] as const;

/** Before anything is read: one file of the format asked for, a file to write out (never the input itself). */
export function checkAnnotateArgs(format: 'docx' | 'pdf', files: string[], output: string | undefined): void {
  if (files.length !== 1 || extname(files[0]).toLowerCase() !== `.${format}`) {
    throw new UsageError(format === 'pdf' ? 'pdfNeedsPdf' : 'docxNeedsDocx', { given: files.join(' ') || '-' });
  }
  if (output === undefined) throw new UsageError('docxNeedsOutput');
  if (resolve(output) === resolve(files[0])) throw new UsageError('docxSameFile', { path: output });
}

/** Writes the annotated copy; returns the note for stderr. */
export async function writeAnnotated(
  format: 'docx' | 'pdf',
  result: RunResult,
  output: string,
  opts: { lang: Lang; author: string; maxBytes: number; now?: Date },
): Promise<string> {
  if (format === 'docx') return writeAnnotatedDocx(result, output, opts);
  const file = result.files[0];
  if (!file || file.status !== 'ok') return msg(opts.lang, 'docxNotChecked', { path: file?.path ?? '' });
  const { annotatePdf } = await import('../reporters/pdf.js');
  const doc = await readDocument(file.path, { maxBytes: opts.maxBytes });
  const out = await annotatePdf(
    readFileSync(file.path),
    file,
    { lang: opts.lang, author: opts.author, date: opts.now ?? new Date() },
    doc,
  );
  write(output, out.pdf);
  return msg(opts.lang, 'pdfWritten', {
    path: output,
    annotations: out.annotations,
    onText: out.onText,
    onRow: out.onRow,
    unplaced: out.unplaced,
  });
}

function write(output: string, data: Buffer): void {
  try {
    writeFileSync(output, data);
  } catch (e) {
    throw new UsageError('outputWriteFailed', {
      path: output,
      detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message,
    });
  }
}

async function writeAnnotatedDocx(
  result: RunResult,
  output: string,
  opts: { lang: Lang; author: string; maxBytes: number; now?: Date },
): Promise<string> {
  const file = result.files[0];
  if (!file || file.status !== 'ok') return msg(opts.lang, 'docxNotChecked', { path: file?.path ?? '' });
  // the same reading the check made, so that block and cell coordinates agree
  const doc = await readDocument(file.path, { maxBytes: opts.maxBytes });
  const { annotateDocx } = await import('../reporters/docx.js');
  const out = await annotateDocx(readFileSync(file.path), doc, file, {
    lang: opts.lang,
    author: opts.author,
    date: (opts.now ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z'),
  });
  write(output, out.docx);
  return msg(opts.lang, 'docxWritten', {
    path: output,
    comments: out.comments,
    onText: out.onText,
    onParagraph: out.onParagraph,
    unplaced: out.unplaced,
  });
}
