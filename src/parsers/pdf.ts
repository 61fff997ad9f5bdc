// .pdf → RawDocument. pdf-parse loads the document once; each page is read
// once (its text items with positions and its operator list for ruling
// lines), then lines, tables and paragraphs are rebuilt from the layout.
import { runInNewContext } from 'node:vm';
import { PDFParse } from 'pdf-parse';
import { FileError, causeDetail } from '../model/errors.js';
import type { RawDocument } from '../model/document.js';
import { assemblePages, layoutPage, numberLines, type PageLayout } from './page-layout.js';
import { extractRulings, type OperatorList } from './pdf-geometry.js';
import { checkPdfInflation, type PdfInflateLimits } from './pdf-inflate-guard.js';
import { toRuns } from './pdf-text.js';

export { startsParagraph, startsWithNumbering, isPageNumber } from './pdf-paragraphs.js';

// The parts of pdfjs's document and page objects this parser uses.
interface PdfPage {
  getViewport(p: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(): Promise<{ items: unknown[] }>;
  getOperatorList(): Promise<OperatorList>;
  cleanup(): void;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
}

/** Directories of pdfjs's CJK character maps and standard fonts (text of non-embedded Chinese fonts needs the maps). */
function pdfjsDataDirs(): { cMapUrl?: string; standardFontDataUrl?: string } {
  try {
    const base = new URL('../../', import.meta.resolve('pdfjs-dist/legacy/build/pdf.mjs'));
    return {
      cMapUrl: decodeURIComponent(new URL('cmaps/', base).pathname),
      standardFontDataUrl: decodeURIComponent(new URL('standard_fonts/', base).pathname),
    };
  } catch {
    return {};
  }
}

/**
 * pdfjs in Node sets disableFontFace, and then, for every glyph drawn, compiles
 * its outline into a path and posts it to the display side: a quarter of the
 * parse, for rendering this parser never does. With font faces on, pdfjs hands
 * each embedded font to the document's style sheet instead; this stand-in
 * document takes the rule and drops it (Node loads fonts "synchronously" in
 * pdfjs's eyes, so nothing waits on it). Text extraction does not use them.
 */
const NO_RENDERING_DOCUMENT = {
  createElement: () => ({ sheet: { cssRules: [] as unknown[], insertRule: () => 0 }, remove: () => undefined }),
  documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
};

/**
 * pdfjs's legacy build (the one pdf-parse loads) bundles core-js, which on
 * Node 20 swaps Array.prototype.push for a slow JavaScript polyfill for the
 * whole process (a quarter of the parse time here). Put a native push back
 * (from a fresh realm: push is generic, so it works on this realm's arrays).
 */
const NATIVE_PUSH = runInNewContext('Array.prototype.push') as typeof Array.prototype.push;
function restoreNativePush(): void {
  if (Array.prototype.push !== NATIVE_PUSH) Array.prototype.push = NATIVE_PUSH;
}

function checkEnvelope(buf: Buffer): void {
  const head = buf.subarray(0, 1024).toString('latin1');
  if (!head.includes('%PDF-'))
    throw new FileError('E_CORRUPT', { detail: { 'zh-CN': '没有 PDF 文件头', en: 'no PDF header' } });
  // a file cut short loses its trailer; pdfjs would quietly rebuild what it can
  const tail = buf.subarray(Math.max(0, buf.length - 4096)).toString('latin1');
  if (!tail.includes('%%EOF'))
    throw new FileError('E_CORRUPT', {
      detail: { 'zh-CN': '文件不完整（没有文件结束标记）', en: 'the file is truncated (no end-of-file marker)' },
    });
}

function loadError(err: unknown): FileError {
  const e = err as { name?: string; message?: string };
  if (e?.name === 'PasswordException') return new FileError('E_ENCRYPTED');
  return new FileError('E_CORRUPT', {
    detail: causeDetail(err, { 'zh-CN': 'PDF 结构无效', en: 'invalid PDF structure' }),
  });
}

async function readPage(doc: PdfDocument, n: number): Promise<PageLayout> {
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale: 1 });
  const [content, ops] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
  page.cleanup();
  return layoutPage(
    toRuns(content.items, viewport.transform),
    extractRulings(ops, viewport.transform),
    n,
    viewport.height,
  );
}

export async function parsePdf(buf: Buffer, path: string, limits?: PdfInflateLimits): Promise<RawDocument> {
  checkEnvelope(buf);
  await checkPdfInflation(buf, limits);
  const parser = new PDFParse({
    data: new Uint8Array(buf),
    cMapPacked: true,
    ...pdfjsDataDirs(),
    disableFontFace: false,
    ownerDocument: NO_RENDERING_DOCUMENT,
  } as unknown as ConstructorParameters<typeof PDFParse>[0]);
  try {
    let doc: PdfDocument;
    try {
      // pdf-parse keeps the pdfjs document it loads; its own getText/getTable
      // would each read every page again, so the pages are read here once.
      doc = await (parser as unknown as { load(): Promise<PdfDocument> }).load();
    } catch (err) {
      throw loadError(err);
    } finally {
      restoreNativePush(); // pdfjs's worker code is loaded by now
    }
    const layouts: PageLayout[] = [];
    try {
      for (let n = 1; n <= doc.numPages; n++) layouts.push(await readPage(doc, n));
    } catch (err) {
      throw err instanceof FileError ? err : loadError(err);
    }
    if (layouts.every((p) => p.visibleChars === 0)) throw new FileError('E_NO_TEXT');
    const blocks = assemblePages(layouts, numberLines(layouts));
    return { path, format: 'pdf', pages: doc.numPages, blocks };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
