// --stdin with --stdin-filename NAME: one report read from standard input as bytes
// (so a .docx or .pdf can come through a pipe), bounded by the same size limit as a
// file, checked as NAME (its extension decides the format; NAME is the path every
// output shows).
import { FileError } from '../model/errors.js';
import { formatSize } from '../input/size.js';
import { detectFormat } from '../parsers/index.js';
import { UsageError } from './messages.js';

/** The name stdin is checked as; throws a UsageError when the flags do not go together. */
export function stdinName(flags: { stdin?: boolean; stdinFilename?: string }, files: string[]): string | undefined {
  if (!flags.stdin) {
    if (flags.stdinFilename !== undefined) throw new UsageError('stdinFilenameAlone');
    return undefined;
  }
  if (files.length > 0) throw new UsageError('stdinWithFiles', { files: files.join(' ') });
  const name = flags.stdinFilename;
  if (name === undefined || name.trim() === '') throw new UsageError('stdinNeedsName');
  // a .doc needs LibreOffice, which converts a file on disk, not a pipe
  const format = detectFormat(name);
  if (format === null || format === 'doc') throw new UsageError('stdinBadName', { name });
  return name;
}

/**
 * Standard input's bytes, or E_TOO_LARGE as soon as there are more than maxBytes
 * (reading stops there: a 10 GB pipe costs no more than the limit).
 */
export async function readStdin(
  input: NodeJS.ReadableStream,
  maxBytes: number,
): Promise<{ bytes?: Uint8Array; error?: FileError }> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buf.length;
    if (total > maxBytes) {
      (input as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      return {
        error: new FileError('E_TOO_LARGE', { size: `> ${formatSize(maxBytes)}`, limit: formatSize(maxBytes) }),
      };
    }
    chunks.push(buf);
  }
  return { bytes: Buffer.concat(chunks, total) };
}
