// Reads the parts of a zip package safely: the central directory is checked
// (declared sizes, ratios, entry count) before anything is inflated, and yauzl
// checks while inflating that no entry yields more than it declared.
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { FileError, causeDetail } from '../model/errors.js';
import { formatSize } from '../input/size.js';

export interface ZipLimits {
  /** Sum of the declared uncompressed sizes of all entries. */
  maxTotalBytes: number;
  /** Declared uncompressed size of one entry. */
  maxEntryBytes: number;
  /** uncompressed / compressed above this, for an entry larger than ratioMinBytes, is a bomb. */
  maxRatio: number;
  ratioMinBytes: number;
  maxEntries: number;
  /**
   * Declared uncompressed size of one part that is read (an XML part): mammoth and
   * the XML readers hold ~30 times its size while parsing it (140 MB of
   * document.xml took 4.6 GB and the process), so this bounds a file's memory.
   */
  maxPartBytes?: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 200 * 1024 * 1024,
  maxEntryBytes: 150 * 1024 * 1024,
  maxRatio: 500,
  ratioMinBytes: 20 * 1024 * 1024,
  maxEntries: 20_000,
  // a 300-page report with many tables has a document.xml of 5–15 MB
  maxPartBytes: 32 * 1024 * 1024,
};

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

/**
 * Reads the entries `want` selects into memory. Throws FileError: E_CORRUPT for
 * a file that is no zip or a broken one, E_TOO_LARGE for declared sizes over the limits.
 */
export async function readZipParts(
  buf: Buffer,
  want: (name: string) => boolean,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<Map<string, Buffer>> {
  const zip = await openZip(buf);
  try {
    const entries = await listEntries(zip, limits);
    checkDeclaredSizes(entries, limits);
    const parts = new Map<string, Buffer>();
    for (const e of entries) {
      if (e.fileName.endsWith('/') || !want(e.fileName)) continue;
      if (e.isEncrypted())
        throw new FileError('E_CORRUPT', {
          detail: { 'zh-CN': `压缩包中的 ${e.fileName} 已加密`, en: `zip entry ${e.fileName} is encrypted` },
        });
      // declared sizes are what yauzl holds the inflated bytes to, so this is checked before inflating
      if (limits.maxPartBytes !== undefined && e.uncompressedSize > limits.maxPartBytes) {
        throw new FileError('E_TOO_LARGE', {
          size: `${formatSize(e.uncompressedSize)} in ${e.fileName}`,
          limit: formatSize(limits.maxPartBytes),
        });
      }
      parts.set(e.fileName, await inflate(zip, e));
    }
    return parts;
  } finally {
    zip.close();
  }
}

/** What the central directory says, without inflating anything. */
export async function listZipEntries(buf: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipEntryInfo[]> {
  const zip = await openZip(buf);
  try {
    return (await listEntries(zip, limits)).map((e) => ({
      name: e.fileName,
      compressedSize: e.compressedSize,
      uncompressedSize: e.uncompressedSize,
    }));
  } finally {
    zip.close();
  }
}

async function openZip(buf: Buffer): Promise<ZipFile> {
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0 && buf.readUInt32BE(4) === 0xa1b11ae1) {
    // OLE compound file: a password-protected .docx or a legacy .doc renamed
    throw new FileError('E_CORRUPT', {
      detail: {
        'zh-CN': '不是 zip 压缩包，而是 OLE 复合文件（加密的 .docx，或改了扩展名的 .doc？）',
        en: 'not a zip archive but an OLE compound file (encrypted .docx or a .doc?)',
      },
    });
  }
  try {
    return await yauzl.fromBufferPromise(buf, { lazyEntries: true, validateEntrySizes: true, decodeStrings: true });
  } catch (e) {
    throw corrupt(e);
  }
}

function listEntries(zip: ZipFile, limits: ZipLimits): Promise<Entry[]> {
  if (zip.entryCount > limits.maxEntries) {
    return Promise.reject(
      new FileError('E_TOO_LARGE', {
        size: { 'zh-CN': `压缩包内 ${zip.entryCount} 个条目`, en: `${zip.entryCount} zip entries` },
        limit: `${limits.maxEntries}`,
      }),
    );
  }
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (e: Entry) => {
      entries.push(e);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (e: unknown) => reject(corrupt(e)));
    zip.readEntry();
  });
}

function checkDeclaredSizes(entries: Entry[], limits: ZipLimits): void {
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    const tooBig = e.uncompressedSize > limits.maxEntryBytes;
    const bomb =
      e.uncompressedSize > limits.ratioMinBytes && e.uncompressedSize > limits.maxRatio * Math.max(1, e.compressedSize);
    if (tooBig || bomb) {
      throw new FileError('E_TOO_LARGE', {
        size: {
          'zh-CN': `${e.fileName} 解压后 ${formatSize(e.uncompressedSize)}`,
          en: `${formatSize(e.uncompressedSize)} uncompressed in ${e.fileName}`,
        },
        limit: tooBig ? formatSize(limits.maxEntryBytes) : `${limits.maxRatio}:1`,
      });
    }
  }
  if (total > limits.maxTotalBytes) {
    throw new FileError('E_TOO_LARGE', {
      size: { 'zh-CN': `解压后共 ${formatSize(total)}`, en: `${formatSize(total)} uncompressed` },
      limit: formatSize(limits.maxTotalBytes),
    });
  }
}

async function inflate(zip: ZipFile, e: Entry): Promise<Buffer> {
  try {
    const stream = await zip.openReadStreamPromise(e);
    const chunks: Buffer[] = [];
    // yauzl stops the stream with an error if it yields more than the entry declared
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  } catch (err) {
    throw corrupt(err, e.fileName);
  }
}

function corrupt(e: unknown, entry?: string): FileError {
  if (e instanceof FileError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  const detail = /end of central directory record signature not found/i.test(msg)
    ? { 'zh-CN': '不是 zip 压缩包（或文件不完整）', en: 'not a zip archive (or truncated)' }
    : causeDetail(e, { 'zh-CN': 'zip 压缩包结构无效', en: 'invalid zip structure' });
  if (!entry) return new FileError('E_CORRUPT', { detail });
  const text = (lang: 'zh-CN' | 'en') => `${entry}: ${typeof detail === 'object' ? detail[lang] : detail}`;
  return new FileError('E_CORRUPT', { detail: { 'zh-CN': text('zh-CN'), en: text('en') } });
}
