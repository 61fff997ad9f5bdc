// Pages as positioned text (runs on a page, ruling lines) → paragraphs and
// tables in reading order. A PDF page comes here from pdfjs; a page of text laid
// out as its PDF was (layout-text.ts) comes here with its characters as positions.
import type { RawBlock, RawLine, RawParagraph } from '../model/document.js';
import { wrapSpace } from '../structure/join.js';
import { findBorderlessTables } from './pdf-borderless.js';
import type { Rulings } from './pdf-geometry.js';
import { findFurniture, measureBody, startsParagraph, type BodyMetrics } from './pdf-paragraphs.js';
import {
  buildTable,
  contains,
  fillCells,
  findTableParts,
  sameColumns,
  type LineNumbers,
  type TablePart,
} from './pdf-tables.js';
import { groupLines, type TextLine, type TextRun } from './pdf-text.js';

type PageBlock = { kind: 'line'; line: TextLine } | { kind: 'table'; part: TablePart };

export interface PageLayout {
  page: number;
  height: number;
  lines: TextLine[]; // lines outside tables, top to bottom
  blocks: PageBlock[]; // lines and table parts, top to bottom
  visibleChars: number;
}

/** One page's tables (ruled, then borderless) and the lines outside them. */
export function layoutPage(runs: readonly TextRun[], rulings: Rulings, page: number, height: number): PageLayout {
  const parts: TablePart[] = [];
  let free = runs;
  for (const part of findTableParts(rulings, page)) {
    const inside = free.filter((r) => contains(part, (r.x + r.right) / 2, (r.top + r.bottom) / 2));
    // a frame around text (one cell) is decoration, an empty grid holds nothing
    if (part.cells.length < 2 || inside.every((r) => r.text.trim() === '')) continue;
    fillCells(part, inside);
    parts.push(part);
    free = free.filter((r) => !inside.includes(r));
  }
  for (const found of findBorderlessTables(free, rulings, page)) {
    parts.push(found.part);
    free = free.filter((r) => !found.runs.includes(r));
  }
  const lines = groupLines(free);
  const blocks: PageBlock[] = [
    ...lines.map((line): PageBlock => ({ kind: 'line', line })),
    ...parts.map((part): PageBlock => ({ kind: 'table', part })),
  ].sort((a, b) => top(a) - top(b));
  const visibleChars = runs.reduce((s, r) => s + r.text.replace(/\s/gu, '').length, 0);
  return { page, height, lines, blocks, visibleChars };
}

function top(b: PageBlock): number {
  return b.kind === 'line' ? b.line.top : b.part.top;
}

/** Number the physical lines of each page top to bottom (table cells row by row). */
export function numberLines(layouts: readonly PageLayout[]): LineNumbers {
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

/** Every TextLine of the pages, outside tables and in their cells. */
export function allLines(layouts: readonly PageLayout[]): TextLine[] {
  return layouts.flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'line' ? [b.line] : b.part.cellLines.flat())));
}

/**
 * The pages' paragraphs and tables in reading order, running heads, feet and page numbers left out.
 * `adjust` corrects the body's measures where positions are estimates (laid-out text).
 */
export function assemblePages(
  layouts: readonly PageLayout[],
  numbers: LineNumbers,
  adjust: (m: BodyMetrics, body: readonly TextLine[]) => BodyMetrics = (m) => m,
): RawBlock[] {
  const drop = findFurniture(
    layouts.map((p) => p.lines),
    layouts.map((p) => p.height),
  );
  const bodyLines = layouts.map((p) => p.lines.filter((l) => !drop.has(l)));
  return assemble(layouts, drop, numbers, adjust(measureBody(bodyLines), bodyLines.flat()));
}

/** Between two lines of running Latin text a space is kept at the end of the first (CJK needs none: wrapSpace). */
function withWrapSpace(prev: string, next: string): string {
  return prev + wrapSpace(prev, next);
}

/** Lay the pages' blocks out as paragraphs and tables in reading order. */
function assemble(
  layouts: readonly PageLayout[],
  drop: Set<TextLine>,
  numbers: LineNumbers,
  m: BodyMetrics,
): RawBlock[] {
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
      const joins =
        para !== null && prevLine !== null && !startsParagraph(prevLine.line, b.line, m, prevLine.page === p.page);
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
