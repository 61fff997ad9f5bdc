// The annotated PDF: the original pages with a highlight over each finding's
// text (its first location) and a popup note with the message. Positions come
// from pdfjs's text items on the finding's page (PDF user space, the space
// annotations are drawn in); pdf-lib adds the annotations. Page content
// streams are copied as they are: nothing drawn on the page changes.
import { PDFArray, PDFDocument, PDFHexString, PDFName, PDFString, type PDFPage } from 'pdf-lib';
import { labels, type Labels } from '../i18n/labels.js';
import type { Document } from '../model/document.js';
import type { FileResult, Finding, Location } from '../model/result.js';
import { pickOccurrence } from './excerpt-pick.js';
import { coordinates } from './where.js';
import type { Lang } from '../model/settings.js';

export interface PdfAnnotateOptions {
  lang: Lang;
  author: string;
  /** ISO 8601; left out when not given. */
  date?: Date;
}

export interface PdfAnnotateOutcome {
  pdf: Buffer;
  annotations: number;
  /** Highlights on the finding's text; notes beside its table row (an empty cell has no text and no page
   *  of its own); the rest are notes at the top of their page (or of page 1). */
  onText: number;
  onRow: number;
  unplaced: number;
}

/** One visible character of a page's text items, with the box it is drawn in. */
interface PageChar {
  ch: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Baseline, to tell lines apart. */
  base: number;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

async function pageChars(data: Uint8Array): Promise<PageChar[][]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const base = new URL('../../', import.meta.resolve('pdfjs-dist/legacy/build/pdf.mjs'));
  const doc = await pdfjs.getDocument({
    data,
    cMapUrl: decodeURIComponent(new URL('cmaps/', base).pathname),
    cMapPacked: true,
    standardFontDataUrl: decodeURIComponent(new URL('standard_fonts/', base).pathname),
    isEvalSupported: false,
  }).promise;
  const pages: PageChar[][] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const chars: PageChar[] = [];
      for (const raw of content.items) {
        const it = raw as TextItem;
        if (typeof it.str !== 'string' || !it.str) continue;
        const [a, b, , , e, f] = it.transform;
        // horizontal text only: a rotated run gets no highlight of its own
        if (Math.abs(b) > 1e-3 || a <= 0) continue;
        const h = it.height || Math.hypot(it.transform[2], it.transform[3]);
        const n = [...it.str].length;
        [...it.str].forEach((ch, i) => {
          if (/\s/.test(ch)) return;
          chars.push({
            ch,
            x0: e + (it.width * i) / n,
            x1: e + (it.width * (i + 1)) / n,
            y0: f - 0.2 * h,
            y1: f + 0.9 * h,
            base: f,
          });
        });
      }
      pages.push(chars);
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return pages;
}

/**
 * The characters of `text` on the page (whitespace ignored). Several occurrences: the one inside the
 * excerpt, else the one on the location's line (lines counted top down by baseline), else none.
 */
function findOnPage(
  chars: PageChar[],
  text: string,
  excerpt: string,
  line: number | null,
  inTable: boolean,
): PageChar[] | null {
  const needle = text.replace(/\s+/g, '');
  if (!needle) return null;
  const hay = chars.map((c) => c.ch).join('');
  const found: number[] = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) found.push(i);
  if (found.length === 0) return null;
  let at = pickOccurrence(hay, needle, found, excerpt, inTable);
  if (at === undefined && line !== null) {
    const baselines = [...new Set(chars.map((c) => Math.round(c.base / 2)))].sort((x, y) => y - x);
    const rank = (i: number) => baselines.indexOf(Math.round(chars[i].base / 2)) + 1;
    const best = found.filter((i) => rank(i) === line);
    if (best.length === 1) at = best[0];
  }
  return at === undefined ? null : chars.slice(at, at + needle.length);
}

/**
 * Where a table row is. Its page: the location's, else the one page holding most of the row's cell
 * texts. On it, the longest cell text (two characters or more) that is there once. Its first
 * character, and the page's index.
 */
function rowAnchor(pages: PageChar[][], excerpt: string, page: number | null): { page: number; at: PageChar } | null {
  const pieces = excerpt
    .split(' | ')
    .map((p) => p.replace(/\s+/g, '').replace(/^…|…$/g, ''))
    .filter((p) => [...p].length >= 2)
    .sort((a, b) => b.length - a.length);
  const hays = pages.map((chars) => chars.map((c) => c.ch).join(''));
  let on = page === null ? -1 : page - 1;
  if (on < 0) {
    const scores = hays.map((hay) => pieces.filter((p) => hay.includes(p)).length);
    const best = Math.max(0, ...scores);
    if (best < 2 || scores.filter((x) => x === best).length !== 1) return null;
    on = scores.indexOf(best);
  }
  const hay = hays[on] ?? '';
  for (const piece of pieces) {
    const at = hay.indexOf(piece);
    if (at >= 0 && hay.indexOf(piece, at + 1) < 0) return { page: on, at: pages[on][at] };
  }
  return null;
}

/** One rectangle per line the span covers. */
function lineBoxes(span: PageChar[]): Array<{ x0: number; y0: number; x1: number; y1: number }> {
  const boxes: Array<{ x0: number; y0: number; x1: number; y1: number; base: number }> = [];
  for (const c of span) {
    const last = boxes[boxes.length - 1];
    if (last && Math.abs(last.base - c.base) < 2 && c.x0 >= last.x0 - 1) {
      last.x1 = Math.max(last.x1, c.x1);
      last.y0 = Math.min(last.y0, c.y0);
      last.y1 = Math.max(last.y1, c.y1);
    } else {
      boxes.push({ x0: c.x0, x1: c.x1, y0: c.y0, y1: c.y1, base: c.base });
    }
  }
  return boxes;
}

function noteText(f: Finding, l: Labels, lang: Lang, unplaced: boolean): string {
  const lines = [`[${l.severity[f.severity]}] ${f.message}  (${f.ruleId})`];
  const values: string[] = [];
  if (f.expected !== undefined) values.push(`${l.expected}${l.colon}${f.expected}`);
  if (f.actual !== undefined) values.push(`${l.actual}${l.colon}${f.actual}`);
  if (values.length) lines.push(values.join(lang === 'en' ? '; ' : '；'));
  const first = f.locations[0];
  if (unplaced && first) lines.push(`${coordinates(first, l)}${l.colon}${first.excerpt}`);
  for (const other of f.locations.slice(1)) {
    const where = [coordinates(other, l), other.section].filter(Boolean).join(' · ');
    lines.push(`${l.alsoAt}${l.colon}${where} ${other.text || other.excerpt}`);
  }
  return lines.join('\n');
}

function pdfDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `D:${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
}

/** The page of a table row, from the other cells of that row (an empty cell was read as no line, so no page). */
function pageOfRow(doc: Document | undefined, loc: Location): number | null {
  const block = doc && loc.paragraph !== null ? doc.blocks[loc.paragraph] : undefined;
  if (!block || block.kind !== 'table' || !loc.table) return null;
  const row = loc.table.row;
  for (const c of block.cells) {
    if (c.row > row || c.row + c.rowSpan <= row) continue;
    const page = c.lines.find((x) => x.page !== null && c.text.trim() !== '')?.page;
    if (page != null && c.row === row) return page;
  }
  return null;
}

/** `doc`: the document as the check read it, to place findings on empty table cells. */
export async function annotatePdf(
  input: Buffer,
  file: FileResult,
  opts: PdfAnnotateOptions,
  doc?: Document,
): Promise<PdfAnnotateOutcome> {
  const chars = await pageChars(new Uint8Array(input));
  const pdf = await PDFDocument.load(input, { updateMetadata: false });
  const pages = pdf.getPages();
  const l = labels(opts.lang);
  const out: PdfAnnotateOutcome = { pdf: input, annotations: 0, onText: 0, onRow: 0, unplaced: 0 };
  for (const f of file.findings) {
    const loc = f.locations[0];
    const n = loc ? (loc.page ?? pageOfRow(doc, loc)) : null;
    const page = n !== null ? pages[n - 1] : undefined;
    const span =
      page && loc ? findOnPage(chars[n! - 1] ?? [], loc.text, loc.excerpt, loc.line, loc.table !== null) : null;
    if (span) {
      addHighlight(pdf, page!, lineBoxes(span), noteText(f, l, opts.lang, false), opts);
      out.onText++;
    } else if (loc?.table && rowAnchor(chars, loc.excerpt, n)) {
      const row = rowAnchor(chars, loc.excerpt, n)!;
      addNote(pdf, pages[row.page], noteText(f, l, opts.lang, true), opts, row.at);
      out.onRow++;
    } else {
      const target = page ?? pages[0];
      if (!target) continue;
      addNote(pdf, target, noteText(f, l, opts.lang, true), opts);
      out.unplaced++;
    }
    out.annotations++;
  }
  if (out.annotations > 0)
    out.pdf = Buffer.from(await pdf.save({ useObjectStreams: false, updateFieldAppearances: false }));
  return out;
}

function common(pdf: PDFDocument, contents: string, opts: PdfAnnotateOptions) {
  return {
    Contents: PDFHexString.fromText(contents),
    T: PDFHexString.fromText(opts.author),
    F: 4, // print
    ...(opts.date ? { M: PDFString.of(pdfDate(opts.date)) } : {}),
  };
}

function addHighlight(
  pdf: PDFDocument,
  page: PDFPage,
  boxes: ReturnType<typeof lineBoxes>,
  contents: string,
  opts: PdfAnnotateOptions,
): void {
  const ctx = pdf.context;
  const rect = [
    Math.min(...boxes.map((b) => b.x0)),
    Math.min(...boxes.map((b) => b.y0)),
    Math.max(...boxes.map((b) => b.x1)),
    Math.max(...boxes.map((b) => b.y1)),
  ];
  // QuadPoints: per box upper-left, upper-right, lower-left, lower-right (as Acrobat writes them)
  const quads = boxes.flatMap((b) => [b.x0, b.y1, b.x1, b.y1, b.x0, b.y0, b.x1, b.y0]);
  const highlight = ctx.obj({
    Type: 'Annot',
    Subtype: 'Highlight',
    Rect: rect,
    QuadPoints: quads,
    C: [1, 0.85, 0.2],
    ...common(pdf, contents, opts),
  });
  const ref = ctx.register(highlight);
  const { width, height } = page.getSize();
  const popupRect = [
    Math.min(rect[2] + 10, width - 200),
    Math.max(rect[1] - 120, 0),
    Math.min(rect[2] + 210, width),
    Math.min(rect[1] + 0, height),
  ];
  const popup = ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Popup', Rect: popupRect, Parent: ref, Open: false }));
  highlight.set(PDFName.of('Popup'), popup);
  addAnnots(page, [ref, popup]);
}

/** A sticky note: in the left margin beside `near`, else at the top left of the page. */
function addNote(pdf: PDFDocument, page: PDFPage, contents: string, opts: PdfAnnotateOptions, near?: PageChar): void {
  const ctx = pdf.context;
  const { height } = page.getSize();
  const rect = near
    ? [Math.max(0, near.x0 - 22), near.base - 4, Math.max(20, near.x0 - 2), near.base + 16]
    : [18, height - 40, 38, height - 20];
  const ref = ctx.register(
    ctx.obj({
      Type: 'Annot',
      Subtype: 'Text',
      Rect: rect,
      Name: 'Comment',
      Open: false,
      C: [1, 0.85, 0.2],
      ...common(pdf, contents, opts),
    }),
  );
  addAnnots(page, [ref]);
}

function addAnnots(page: PDFPage, refs: Parameters<PDFArray['push']>[0][]): void {
  const key = PDFName.of('Annots');
  let annots = page.node.lookupMaybe(key, PDFArray);
  if (!annots) {
    annots = page.doc.context.obj([]);
    page.node.set(key, annots);
  }
  for (const r of refs) annots.push(r);
}
