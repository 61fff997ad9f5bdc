// Inputs the robustness suite makes for itself: minimal PDFs with many pages,
// zips with lying headers, random bytes. Nothing here is committed as a file.
import * as zlib from 'node:zlib';
import { deflateRawSync } from 'node:zlib';

/** A valid PDF with `pages` pages, each with one line of (Latin) text, written by hand. */
export function makePdf(pages: number, line = (i: number) => `Page ${i + 1} score 20`): Buffer {
  const objs: string[] = [];
  const kids: string[] = [];
  // 1: catalog, 2: pages, 3: font, then per page: page object and content stream
  objs[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objs[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  for (let i = 0; i < pages; i++) {
    const pageId = 4 + i * 2;
    const contentId = pageId + 1;
    kids.push(`${pageId} 0 R`);
    const stream = `BT /F1 12 Tf 72 720 Td (${line(i).replace(/[()\\]/g, '')}) Tj ET`;
    objs[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`;
    objs[contentId] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  }
  objs[2] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objs.length; id++) {
    offsets[id] = Buffer.byteLength(out);
    out += `${id} 0 obj\n${objs[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objs.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objs.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objs.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

interface ZipEntry {
  name: string;
  data: Buffer;
  /** Write this as the uncompressed size instead of the real one (a zip bomb's lie). */
  claimSize?: number;
}

/** A zip (deflate) written by hand, so a test can make its headers say anything. */
export function makeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const comp = deflateRawSync(e.data);
    const size = e.claimSize ?? e.data.length;
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(comp.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, comp);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(comp.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + comp.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

function crc32(buf: Buffer): number {
  const native = (zlib as { crc32?: (b: Buffer) => number }).crc32; // Node ≥ 20.15: fast on large parts
  if (native) return native(buf);
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export const para = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
export const cell = (inner: string) => `<w:tc>${inner.startsWith('<') ? inner : para(inner)}</w:tc>`;
export const row = (cells: string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;
export const table = (rows: string[][]) => `<w:tbl>${rows.map(row).join('')}</w:tbl>`;

/** A .docx whose body is the given WordprocessingML, with an optional DOCTYPE before the root. */
export function makeDocx(body: string, opts: { doctype?: string; claimSize?: number } = {}): Buffer {
  const doc = `<?xml version="1.0" encoding="UTF-8"?>${opts.doctype ?? ''}<w:document ${W}><w:body>${body}</w:body></w:document>`;
  return makeZip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', data: Buffer.from(doc), claimSize: opts.claimSize },
  ]);
}

/** Deterministic pseudo-random bytes (a test that fails must fail again). */
export function randomBytes(n: number, seed: number): Buffer {
  const b = Buffer.alloc(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}

/** Flips `count` bits at pseudo-random places. */
export function flipBits(buf: Buffer, count: number, seed: number): Buffer {
  const out = Buffer.from(buf);
  const r = randomBytes(count * 4, seed);
  for (let i = 0; i < count; i++) {
    const pos = r.readUInt32LE(i * 4) % out.length;
    out[pos] ^= 1 << (pos % 8);
  }
  return out;
}

/** Data Flate-compressed as a stream, in 1 MB pieces: a bomb of gigabytes costs little memory to make. */
export async function deflateZeros(bytes: number): Promise<Buffer> {
  const { createDeflate } = await import('node:zlib');
  const z = createDeflate({ level: 1 });
  const out: Buffer[] = [];
  z.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => z.on('end', resolve));
  const piece = Buffer.alloc(1024 * 1024, 0x20); // spaces: harmless content-stream text
  for (let left = bytes; left > 0; left -= piece.length) {
    if (!z.write(left >= piece.length ? piece : piece.subarray(0, left))) await new Promise((r) => z.once('drain', r));
  }
  z.end();
  await done;
  return Buffer.concat(out);
}

const filterFor = (layers: number) =>
  layers === 0 ? '' : layers === 1 ? ' /Filter /FlateDecode' : ` /Filter [${' /FlateDecode'.repeat(layers)} ]`;

/**
 * makePdf's one-page document with extra content streams on its page, each Flate-compressed
 * `layers` times (/Filter [/FlateDecode /FlateDecode] for 2; 0: stored as they are), as binary data.
 */
export function makePdfWithStreams(streams: Buffer[], layers = 1): Buffer {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(buf);
    length += buf.length;
  };
  const text = 'BT /F1 12 Tf 72 720 Td (score 20) Tj ET';
  const ids = streams.map((_, i) => 6 + i);
  const objs: Array<string | { dict: string; data: Buffer }> = [
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents [5 0 R ${ids.map((id) => `${id} 0 R`).join(' ')}] >>`,
    { dict: `<< /Length ${text.length} >>`, data: Buffer.from(text, 'latin1') },
    ...streams.map((data) => ({ dict: `<< /Length ${data.length}${filterFor(layers)} >>`, data })),
  ];
  push('%PDF-1.4\n');
  for (let id = 1; id < objs.length; id++) {
    offsets[id] = length;
    const o = objs[id];
    if (typeof o === 'string') push(`${id} 0 obj\n${o}\nendobj\n`);
    else {
      push(`${id} 0 obj\n${o.dict}\nstream\n`);
      push(o.data);
      push('\nendstream\nendobj\n');
    }
  }
  const xref = length;
  push(`xref\n0 ${objs.length}\n0000000000 65535 f \n`);
  for (let id = 1; id < objs.length; id++) push(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${objs.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}
