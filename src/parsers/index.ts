// Input checks and dispatch: a path becomes a RawDocument (then a Document), or
// a FileError with a stable code. Parsers are imported on first use so that a
// run over .txt files never loads mammoth or pdfjs.
import { readFile, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { extname } from 'node:path';
import { FileError } from '../model/errors.js';
import type { Document, RawDocument, SourceFormat } from '../model/document.js';
import { decodeText, type DecodedText } from '../input/decode-text.js';
import { DEFAULT_MAX_BYTES, formatSize } from '../input/size.js';

const EXTENSIONS: Record<string, SourceFormat> = {
  '.docx': 'docx',
  '.pdf': 'pdf',
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.doc': 'doc',
};

/** The extensions a directory is searched for. */
export const REPORT_EXTENSIONS = Object.keys(EXTENSIONS);

/** The format a path's extension names, or null when reportlint does not read it. */
export function detectFormat(path: string): SourceFormat | null {
  return EXTENSIONS[extname(path).toLowerCase()] ?? null;
}

export interface ReadOptions {
  /** Files larger than this are refused with E_TOO_LARGE. */
  maxBytes: number;
  /** Time LibreOffice may take to convert a .doc. */
  docTimeoutMs?: number;
  /** Told how a .txt/.md file was decoded (its encoding, bytes replaced). */
  onDecoded?: (decoded: DecodedText) => void;
  /** The file's bytes, read already (--stdin): path only names it and decides its format. */
  bytes?: Uint8Array;
}

/** Checks the path and parses the file into the raw model. */
export async function readRawDocument(path: string, opts: ReadOptions): Promise<RawDocument> {
  const info = opts.bytes ? null : await statOrThrow(path);
  if (info?.isDirectory()) throw new FileError('E_IS_DIRECTORY', { path });
  const format = detectFormat(path);
  if (!format) throw new FileError('E_UNSUPPORTED_FORMAT', { ext: extname(path) || '(none)', path });
  const size = info ? info.size : opts.bytes!.byteLength;
  if (size === 0) throw new FileError('E_EMPTY', { path });
  const maxBytes = opts.maxBytes > 0 ? opts.maxBytes : DEFAULT_MAX_BYTES;
  if (size > maxBytes)
    throw new FileError('E_TOO_LARGE', { size: formatSize(size), limit: formatSize(maxBytes), path });

  // bytes from a worker's task arrive as a plain Uint8Array: the same memory seen as a Buffer
  const buf = opts.bytes
    ? Buffer.from(opts.bytes.buffer, opts.bytes.byteOffset, opts.bytes.byteLength)
    : await readFile(path).catch((e: NodeJS.ErrnoException) => {
        throw new FileError('E_READ', { detail: e.code ?? e.message, path });
      });
  switch (format) {
    case 'txt':
    case 'md': {
      const decoded = decodeText(buf);
      opts.onDecoded?.(decoded);
      const { text } = decoded;
      if (text.trim() === '') throw new FileError('E_EMPTY', { path });
      if (format === 'txt' && (await import('./layout-detect.js')).isLaidOutText(text)) {
        return (await import('./layout-text.js')).parseLaidOutText(text, path);
      }
      const { parseText, loadTextReaders } = await import('./text.js');
      return parseText(text, path, format, await loadTextReaders(text, format));
    }
    case 'docx': {
      const { parseDocx } = await import('./docx.js');
      return parseDocx(buf, path);
    }
    case 'pdf': {
      // before pdfjs loads: its canvas addon serves only drawing, which reportlint never does
      (await import('./pdfjs-canvas.js')).keepCanvasUnloaded();
      const { parsePdf } = await import('./pdf.js');
      return parsePdf(buf, path);
    }
    case 'doc':
      return readDoc(buf, path, opts);
  }
}

/** Reads, parses and structures one report. Throws FileError for every input it cannot use. */
export async function readDocument(path: string, opts: ReadOptions): Promise<Document> {
  const raw = await readRawDocument(path, opts);
  const { buildDocument } = await import('../structure/build.js');
  return buildDocument(raw);
}

async function readDoc(buf: Buffer, path: string, opts: ReadOptions): Promise<RawDocument> {
  const { parseDocx } = await import('./docx.js');
  // A .docx saved with a .doc name is common; it needs no conversion.
  const docxBytes = isZip(buf)
    ? buf
    : await (await import('./doc.js')).convertDocToDocx(path, { timeoutMs: opts.docTimeoutMs });
  const raw = await parseDocx(docxBytes, path);
  return { ...raw, format: 'doc' };
}

function isZip(buf: Buffer): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
}

async function statOrThrow(path: string): Promise<Stats> {
  try {
    return await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new FileError('E_NOT_FOUND', { path });
    throw new FileError('E_READ', { detail: code ?? String(e), path });
  }
}
