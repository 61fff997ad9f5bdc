// An upload, written to a directory of its own under the service's private temp directory and
// named as the client named it (so the check reports it under that name, as the CLI would), or
// refused: no file, or more bytes than --max-size.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';

export interface SavedUpload {
  /** The upload's own directory: removed with everything in it once the answer is made. */
  dir: string;
  diskPath: string;
  /** The client's file name, made safe: what the report calls the file. */
  shownName: string;
}

export type UploadOutcome = SavedUpload | 'no-file' | 'too-large';

/** Longest file name kept (bytes): most file systems allow 255, and UTF-8 Chinese takes 3 a character. */
const MAX_NAME_BYTES = 200;

export async function saveUpload(request: FastifyRequest, root: string, maxBytes: number): Promise<UploadOutcome> {
  // one file, a few small fields at most: anything else in the form is not read
  const part = await request.file({ limits: { fileSize: maxBytes, files: 1, fields: 8, fieldSize: 1024, parts: 10 } });
  if (!part) return 'no-file';
  if (part.fieldname !== 'file') {
    part.file.resume();
    return 'no-file';
  }
  const dir = await mkdtemp(join(root, 'u-'));
  const shownName = safeFileName(part.filename);
  const diskPath = join(dir, shownName);
  try {
    await pipeline(part.file, createWriteStream(diskPath, { flags: 'wx', mode: 0o600 }));
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
  // busboy stops writing at the limit and marks the stream truncated (@fastify/multipart's documented check)
  if (part.file.truncated) {
    await rm(dir, { recursive: true, force: true });
    return 'too-large';
  }
  return { dir, diskPath, shownName };
}

/**
 * The last component of the client's name (a browser on Windows may send "C:\\…\\报告.docx"),
 * without control characters, shortened to MAX_NAME_BYTES keeping its extension (the format is
 * read from it); "upload" when nothing is left.
 */
export function safeFileName(name: string | undefined): string {
  let base = (name ?? '')
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  if (base === '' || base === '.' || base === '..') return 'upload';
  if (Buffer.byteLength(base) > MAX_NAME_BYTES) {
    const ext = extname(base).slice(0, 16);
    let stem = base.slice(0, base.length - extname(base).length);
    while (stem && Buffer.byteLength(stem + ext) > MAX_NAME_BYTES) stem = [...stem].slice(0, -1).join('');
    base = stem + ext;
  }
  return base;
}
