// A PDF decompression bomb: a few MB of Flate streams that inflate to gigabytes.
// pdfjs inflates whatever a page uses, into ArrayBuffers no heap limit counts (a
// 2.6 MB file took 7.5 GB and ended in "no problems"). Before pdfjs sees the file,
// every Flate stream is inflated here once, counting bytes and keeping none, and a
// file over the limits is refused with E_TOO_LARGE.
import { createInflate, constants } from 'node:zlib';
import { FileError } from '../model/errors.js';
import { formatSize } from '../input/size.js';

export interface PdfInflateLimits {
  /** Bytes one stream may inflate to (a page's content, one image). */
  maxStreamBytes: number;
  /** Bytes all streams together may inflate to. */
  maxTotalBytes: number;
}

/**
 * A 600-dpi A4 page scanned in colour is ~100 MB raw; a text report's streams
 * together are a few MB. Beyond these the file is a bomb or nothing reportlint can read.
 */
export const DEFAULT_PDF_INFLATE_LIMITS: PdfInflateLimits = {
  maxStreamBytes: 128 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
};

interface FlateStream {
  start: number;
  end: number;
  /** Flate filters applied one after another (/Filter [/FlateDecode /FlateDecode]). */
  layers: number;
}

/** Throws E_TOO_LARGE when a Flate stream, or all of them, inflate beyond the limits. */
export async function checkPdfInflation(
  buf: Buffer,
  limits: PdfInflateLimits = DEFAULT_PDF_INFLATE_LIMITS,
): Promise<void> {
  let total = 0;
  for (const s of flateStreams(buf)) {
    const compressed = s.end - s.start;
    const cap = Math.min(limits.maxStreamBytes, limits.maxTotalBytes - total);
    const size = await inflatedSize(buf.subarray(s.start, s.end), s.layers, cap);
    if (size > limits.maxStreamBytes) {
      throw new FileError('E_TOO_LARGE', {
        size: {
          'zh-CN': `一个 ${formatSize(compressed)} 的 PDF 数据流解压后超过 ${formatSize(size)}`,
          en: `${formatSize(size)}+ inflated from one PDF stream of ${formatSize(compressed)}`,
        },
        limit: formatSize(limits.maxStreamBytes),
      });
    }
    total += size;
    if (total > limits.maxTotalBytes) {
      throw new FileError('E_TOO_LARGE', {
        size: {
          'zh-CN': `PDF 各数据流解压后超过 ${formatSize(total)}`,
          en: `${formatSize(total)}+ inflated from the PDF's streams`,
        },
        limit: formatSize(limits.maxTotalBytes),
      });
    }
  }
}

/**
 * The streams whose dictionary names FlateDecode: "stream" + EOL starts the data
 * (PDF 32000-1 §7.3.8.1), "endstream" ends it; the dictionary is the text since the
 * object began. Streams inside object streams cannot exist, so all are at top level.
 */
function* flateStreams(buf: Buffer): Generator<FlateStream> {
  let from = 0;
  for (;;) {
    const kw = buf.indexOf('stream', from, 'latin1');
    if (kw < 0) return;
    from = kw + 6;
    if (kw >= 3 && buf.toString('latin1', kw - 3, kw) === 'end') continue;
    let start = kw + 6;
    if (buf[start] === 0x0d) start++;
    if (buf[start] !== 0x0a && buf[start - 1] !== 0x0d) continue; // "stream" inside other text
    if (buf[start] === 0x0a) start++;
    const objStart = buf.lastIndexOf(' obj', kw, 'latin1');
    const dict = buf.toString('latin1', Math.max(objStart, kw - 4096, 0), kw);
    const filter = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict)?.[1] ?? '';
    const layers = (filter.match(/\/(FlateDecode|Fl)\b/g) ?? []).length;
    const endKw = buf.indexOf('endstream', start, 'latin1');
    const end = endKw < 0 ? buf.length : endKw;
    from = Math.max(from, end);
    // a Flate layer after another filter (ASCII85 first) starts from that filter's output: counted from its
    // own size, it is still bounded by the ratio, so only streams that start with Flate are inflated here
    if (layers > 0 && /^\s*\[?\s*\/(FlateDecode|Fl)\b/.test(filter)) yield { start, end, layers };
  }
}

/** Bytes the data inflates to through `layers` Flate layers, counting up to just past `cap`; corrupt data counts what it gave. */
function inflatedSize(data: Buffer, layers: number, cap: number): Promise<number> {
  return new Promise((resolve) => {
    const chain = Array.from({ length: layers }, () => createInflate({ finishFlush: constants.Z_SYNC_FLUSH }));
    for (let i = 0; i + 1 < chain.length; i++) chain[i].pipe(chain[i + 1]);
    const last = chain[chain.length - 1];
    let n = 0;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      for (const z of chain) z.destroy();
      resolve(n);
    };
    last.on('data', (chunk: Buffer) => {
      n += chunk.length;
      if (n > cap) finish();
    });
    last.on('end', finish);
    // pdfjs reports a broken stream its own way; here it only stops the count
    for (const z of chain) z.on('error', finish);
    chain[0].end(data);
  });
}
