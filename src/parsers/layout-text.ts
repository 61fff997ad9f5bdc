// Text laid out as its PDF was: what `pdftotext -layout` (and the "save as text"
// of PDF tools built on it) writes. Pages end in a form feed; each line is padded
// with spaces so that table cells stand in columns and paragraphs wrap where the
// page wrapped them. Such a page is read as a PDF page is (page-layout.ts), its
// characters as positions: a cell begins at the column its first character is in
// (the tool puts a word at the column of its x on the page), and a Chinese
// character is two columns wide, a Latin one one.
import type { RawBlock, RawDocument, RawTable } from '../model/document.js';
import { isCjk } from '../structure/normalize.js';
import { findLaidOutTables, type PageText } from './layout-table.js';
import { allLines, assemblePages, layoutPage, type PageLayout } from './page-layout.js';
import type { LineNumbers } from './pdf-tables.js';
import type { BodyMetrics } from './pdf-paragraphs.js';
import type { TextLine, TextRun } from './pdf-text.js';

export { isLaidOutText } from './layout-detect.js';

/** One column of the character grid, in points (a Chinese character, 12 pt, takes two). */
const COLUMN = 6;
const SIZE = 2 * COLUMN;
/** How many columns short of the widest lines a line may end and still run on. */
const MARGIN_SLACK = 5;
/** One text line down the page, in points. */
const PITCH = 1.2 * SIZE;
/** A piece of a line: words one space apart (two spaces or more part cells, or a word and a page number). */
const PIECE = /[^\s](?: ?[^\s])*/gu;

export function parseLaidOutText(text: string, path: string): RawDocument {
  const layouts: PageLayout[] = [];
  const pages: PageText[] = [];
  let lineNo = 1;
  for (const page of text.replace(/^\uFEFF/, '').split('\f')) {
    const rows = page.split(/\r\n|\r|\n/);
    pages.push({ rows, firstLine: lineNo });
    lineNo += rows.length - 1; // the form feed ends a line without a line break
  }
  const firstLine = pages.map((p) => p.firstLine);
  // tables first: their lines are no one's prose
  const { tables, taken } = findLaidOutTables(pages);
  pages.forEach((page, k) => {
    const rows = page.rows.map((r, i) => (taken[k].has(i) ? '' : r));
    layouts.push(layoutPage(pageRuns(rows), { h: [], v: [] }, k + 1, (rows.length + 1) * PITCH));
  });
  const numbers: LineNumbers = new Map();
  for (const l of allLines(layouts)) numbers.set(l, 0);
  for (const p of layouts) {
    for (const l of allLines([p])) numbers.set(l, firstLine[p.page - 1] + Math.round(l.baseline / PITCH) - 1);
  }
  const prose = withoutPages(assemblePages(layouts, numbers, withRoughRightMargin));
  const blocks = inReadingOrder(
    prose,
    tables.map((t) => ({ line: firstLine[t.page] + t.row, table: t.table })),
  );
  return { path, format: 'txt', pages: null, blocks };
}

/** The pieces of each line of a page as runs on it: line i's baseline at i × PITCH. */
function pageRuns(rows: readonly string[]): TextRun[] {
  const runs: TextRun[] = [];
  rows.forEach((row, i) => {
    const baseline = (i + 1) * PITCH;
    for (const m of row.matchAll(PIECE)) {
      const x = [...row.slice(0, m.index)].length * COLUMN;
      const text = m[0];
      runs.push({
        text,
        x,
        right: x + width(text) * COLUMN,
        baseline,
        top: baseline - SIZE * 0.85,
        bottom: baseline + SIZE * 0.15,
        size: SIZE,
      });
    }
  });
  return runs;
}

/**
 * Widths here are estimates (the tool puts a space where the font changed, a digit is not quite half a
 * character), so the lines of a paragraph end a few columns apart, not at one right edge as in a PDF: the
 * margin is where the middle long line reaches (not the longest: a justified line the tool spread out
 * with spaces, "城 县 财 政 局 关 于", runs far past it), less a few columns, so that only a line that
 * stops well short of it ends its paragraph.
 */
function withRoughRightMargin(m: BodyMetrics, body: readonly TextLine[]): BodyMetrics {
  const rights = body
    .filter((l) => [...l.text].length >= 20)
    .map((l) => l.right)
    .sort((a, b) => a - b);
  if (rights.length < 5) return m;
  return { ...m, right: rights[Math.floor(rights.length / 2)] - MARGIN_SLACK * COLUMN };
}

/** Columns a piece takes on the page: two for a Chinese character or full-width mark, one for others. */
function width(s: string): number {
  let w = 0;
  for (const c of s) w += isCjk(c) || /[\u3000-\u303f\uff00-\uffef]/u.test(c) ? 2 : 1;
  return w;
}

/**
 * The tables put among the paragraphs where their first line stands in the file; a paragraph that runs
 * past a table (its lines on both sides) is cut there.
 */
function inReadingOrder(prose: RawBlock[], tables: Array<{ line: number; table: RawTable }>): RawBlock[] {
  const out: RawBlock[] = [];
  const firstOf = (b: RawBlock) => (b.kind === 'paragraph' ? b.lines[0]?.line : b.cells[0]?.lines[0]?.line) ?? 0;
  let t = 0;
  for (const b of prose) {
    if (b.kind === 'paragraph') {
      let rest = b;
      while (t < tables.length && rest.lines.length && tables[t].line < (rest.lines[rest.lines.length - 1].line ?? 0)) {
        const cut = rest.lines.findIndex((l) => (l.line ?? 0) > tables[t].line);
        if (cut > 0) out.push({ ...rest, lines: rest.lines.slice(0, cut) });
        out.push(tables[t++].table);
        rest = { ...rest, lines: rest.lines.slice(Math.max(cut, 0)) };
      }
      if (rest.lines.length) out.push(rest);
      continue;
    }
    while (t < tables.length && tables[t].line < firstOf(b)) out.push(tables[t++].table);
    out.push(b);
  }
  while (t < tables.length) out.push(tables[t++].table);
  return out;
}

/** A .txt has no pages in its locations: its lines are the file's. */
function withoutPages(blocks: RawBlock[]): RawBlock[] {
  for (const b of blocks) {
    if (b.kind === 'table') for (const c of b.cells) for (const l of c.lines) l.page = null;
    else for (const l of b.lines) l.page = null;
  }
  return blocks;
}
