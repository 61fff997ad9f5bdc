// .pdf → RawDocument. pdf-parse loads the document once; each page is read
// once (its text items with positions and its operator list for ruling
// lines), then lines, tables and paragraphs are rebuilt from the layout.
import { runInNewContext } from 'node:vm';
import { PDFParse } from 'pdf-parse';
import { FileError, causeDetail } from '../model/errors.js';
import type { RawBlock, RawDocument, RawLine, RawParagraph } from '../model/document.js';
import { findBorderlessTables } from './pdf-borderless.js';
import { extractRulings, type OperatorList } from './pdf-geometry.js';
import { checkPdfInflation, type PdfInflateLimits } from './pdf-inflate-guard.js';
import { findFurniture, measureBody, startsParagraph, type BodyMetrics } from './pdf-paragraphs.js';
import { buildTable, contains, fillCells, findTableParts, sameColumns, type LineNumbers, type TablePart } from './pdf-tables.js';
import { groupLines, toRuns, type TextLine } from './pdf-text.js';

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

type PageBlock = { kind: 'line'; line: TextLine } | { kind: 'table'; part: TablePart };

interface PageLayout {
  page: number;
  height: number;
  lines: TextLine[]; // lines outside tables, top to bottom
  blocks: PageBlock[]; // lines and table parts, top to bottom
  visibleChars: number;
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
  if (!head.includes('%PDF-')) throw new FileError('E_CORRUPT', { detail: { 'zh-CN': '没有 PDF 文件头', en: 'no PDF header' } });
  // a file cut short loses its trailer; pdfjs would quietly rebuild what it can
  const tail = buf.subarray(Math.max(0, buf.length - 4096)).toString('latin1');
  if (!tail.includes('%%EOF')) throw new FileError('E_CORRUPT', { detail: { 'zh-CN': '文件不完整（没有文件结束标记）', en: 'the file is truncated (no end-of-file marker)' } });
}

function loadError(err: unknown): FileError {
  const e = err as { name?: string; message?: string };
  if (e?.name === 'PasswordException') return new FileError('E_ENCRYPTED');
  return new FileError('E_CORRUPT', { detail: causeDetail(err, { 'zh-CN': 'PDF 结构无效', en: 'invalid PDF structure' }) });
}

async function readPage(doc: PdfDocument, n: number): Promise<PageLayout> {
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale: 1 });
  const [content, ops] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
  page.cleanup();
  const runs = toRuns(content.items, viewport.transform);
  const parts: TablePart[] = [];
  let free = runs;
  const rulings = extractRulings(ops, viewport.transform);
  for (const part of findTableParts(rulings, n)) {
    const inside = free.filter((r) => contains(part, (r.x + r.right) / 2, (r.top + r.bottom) / 2));
    // a frame around text (one cell) is decoration, an empty grid holds nothing
    if (part.cells.length < 2 || inside.every((r) => r.text.trim() === '')) continue;
    fillCells(part, inside);
    parts.push(part);
    free = free.filter((r) => !inside.includes(r));
  }
  for (const found of findBorderlessTables(free, rulings, n)) {
    parts.push(found.part);
    free = free.filter((r) => !found.runs.includes(r));
  }
  const lines = groupLines(free);
  const blocks: PageBlock[] = [
    ...lines.map((line): PageBlock => ({ kind: 'line', line })),
    ...parts.map((part): PageBlock => ({ kind: 'table', part })),
  ].sort((a, b) => top(a) - top(b));
  const visibleChars = runs.reduce((s, r) => s + r.text.replace(/\s/gu, '').length, 0);
  return { page: n, height: viewport.height, lines, blocks, visibleChars };
}

function top(b: PageBlock): number {
  return b.kind === 'line' ? b.line.top : b.part.top;
}

/** Number the physical lines of each page top to bottom (table cells row by row). */
function numberLines(layouts: readonly PageLayout[]): LineNumbers {
  const numbers: LineNumbers = new Map();
  for (const p of layouts) {
    let n = 0;
    for (const b of p.blocks) {
      if (b.kind === 'line') numbers.set(b.line, ++n);
      else for (const lines of b.part.cellLines) for (const l of lines) numbers.set(l, ++n);
    }
  }
  return numbers;
}

/** Between two lines of running Latin text a space is kept at the end of the first (CJK needs none). */
function withWrapSpace(prev: string, next: string): string {
  return /[A-Za-z0-9,.;:!?)]$/u.test(prev) && /^[A-Za-z0-9(]/u.test(next) ? `${prev} ` : prev;
}

/** Lay the pages' blocks out as paragraphs and tables in reading order. */
function assemble(layouts: readonly PageLayout[], drop: Set<TextLine>, numbers: LineNumbers, m: BodyMetrics): RawBlock[] {
  const blocks: RawBlock[] = [];
  let para: RawParagraph | null = null;
  let prevLine: { line: TextLine; page: number } | null = null;
  let table: TablePart[] | null = null;
  let tableEndsPage = false; // the pending table is the last thing on its page

  const flushTable = (): void => {
    if (table) blocks.push(buildTable(table, numbers));
    table = null;
  };
  for (const p of layouts) {
    const content = p.blocks.filter((b) => b.kind === 'table' || !drop.has(b.line));
    content.forEach((b, i) => {
      if (b.kind === 'table') {
        const last: TablePart | undefined = table?.[table.length - 1];
        const above = content[i - 1];
        const follows = b.part.joinsAbove === true && above?.kind === 'table' && above.part === last;
        const turnsPage = tableEndsPage && i === 0 && last?.page === p.page - 1;
        const continues = last !== undefined && (follows || turnsPage) && sameColumns(last, b.part);
        if (continues) table!.push(b.part);
        else {
          flushTable();
          table = [b.part];
        }
        tableEndsPage = i === content.length - 1;
        para = null;
        prevLine = null;
        return;
      }
      flushTable();
      const raw: RawLine = { page: p.page, line: numbers.get(b.line) ?? null, text: b.line.text };
      const joins = para !== null && prevLine !== null && !startsParagraph(prevLine.line, b.line, m, prevLine.page === p.page);
      if (joins && para) {
        const before = para.lines[para.lines.length - 1];
        before.text = withWrapSpace(before.text, raw.text);
        para.lines.push(raw);
      } else {
        para = { kind: 'paragraph', lines: [raw] };
        blocks.push(para);
      }
      prevLine = { line: b.line, page: p.page };
    });
  }
  flushTable();
  return blocks;
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
    const drop = findFurniture(
      layouts.map((p) => p.lines),
      layouts.map((p) => p.height),
    );
    const bodyLines = layouts.map((p) => p.lines.filter((l) => !drop.has(l)));
    const blocks = assemble(layouts, drop, numberLines(layouts), measureBody(bodyLines));
    return { path, format: 'pdf', pages: doc.numPages, blocks };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
