// --format docx: the submitted .docx sent back with a Word comment on each finding.
// The run itself is the ordinary check; this writes its findings into a copy of the file.
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { readDocument } from '../parsers/index.js';
import { annotateDocx } from '../reporters/docx.js';
import type { RunResult } from '../result.js';
import type { Lang } from '../rule.js';
import { UsageError, msg } from './messages.js';

export const DEFAULT_COMMENT_AUTHOR = 'reportlint';

/** Before anything is read: one .docx in, a file to write out (never the input itself). */
export function checkAnnotateArgs(files: string[], output: string | undefined): void {
  if (files.length !== 1 || extname(files[0]).toLowerCase() !== '.docx') {
    throw new UsageError('docxNeedsDocx', { given: files.join(' ') || '-' });
  }
  if (output === undefined) throw new UsageError('docxNeedsOutput');
  if (resolve(output) === resolve(files[0])) throw new UsageError('docxSameFile', { path: output });
}

/** Writes the annotated copy; returns the note for stderr. */
export async function writeAnnotatedDocx(
  result: RunResult,
  output: string,
  opts: { lang: Lang; author: string; maxBytes: number; now?: Date },
): Promise<string> {
  const file = result.files[0];
  if (!file || file.status !== 'ok') return msg(opts.lang, 'docxNotChecked', { path: file?.path ?? '' });
  // the same reading the check made, so that block and cell coordinates agree
  const doc = await readDocument(file.path, { maxBytes: opts.maxBytes });
  const out = await annotateDocx(readFileSync(file.path), doc, file, {
    lang: opts.lang,
    author: opts.author,
    date: (opts.now ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z'),
  });
  try {
    writeFileSync(output, out.docx);
  } catch (e) {
    throw new UsageError('cannotWrite', { path: output, detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
  }
  return msg(opts.lang, 'docxWritten', { path: output, comments: out.comments, onText: out.onText, onParagraph: out.onParagraph, unplaced: out.unplaced });
}
