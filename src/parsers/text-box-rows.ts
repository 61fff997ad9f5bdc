// Tables whose every cell is a text box of its own, blank lines between, written a row at a time — what
// pdfminer's `pdf2txt` gives for a list table (V's 附件2 "县域医疗次中心建设项目" / "290.00" / "255.45" /
// "80.89%", then the next row). Its layout analysis often takes the narrow columns on the left first, a
// column at a time ("7" … "12", then "2022" … "2022"), and the rest row by row; two cells close on one
// line come out as one box ("序号 年度", "1,159.49 96.62%"). Nothing marks a row's end, so the shape must
// prove the stride: a header of k heads, then exactly n × k cells to the end of the boxes — m leading
// columns of n cells, then n rows of k − m — where every column keeps one kind (text, a figure, a rate),
// a 序号 counts on by one and a 率 column holds rates. One reading only: two strides (or header lengths)
// that fit, a box of two lines (a wrapped cell), or a cell of another kind, and the lines stay as they were.
import type { RawCell, RawTable } from '../model/document.js';
import { isContinuedCaption } from '../structure/continued-caption.js';
import { HEADER_WORD } from '../structure/reassemble.js';
import type { CellRowsTable } from './text-cell-rows.js';
import { isTitle } from './text-cells.js';

/** A figure alone in its cell: "290.00", "2022", "-2.00%". */
const FIGURE = /^-?\d[\d,]*(?:\.\d+)?%?$/;
/** A placeholder for no figure: "—", "/". */
const DASH = /^[—–\-－─/／]+$/;
/** A page number ("— 25 —"): the page, and so this piece of the table, ends there. */
const PAGE_NUMBER = /^[-—–]\s*\d{1,4}\s*[-—–]$/;
/** A unit line between the title and the header: "单位：万元". */
const UNIT_LINE = /^[（(]?单\s*位\s*[:：]/;
/** A chapter heading ("（七）资产负债情况", "三、…") is no cell. */
const CHAPTER = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/;
const SERIAL_HEAD = /^(?:序号|编号)$/;
/** A head that names a rate ("执行率", "节约率", "增长率（%）"): its column holds rates. */
const RATE_HEAD = /率(?:[（(]%[)）])?$/;
/** A cell is short and says no sentence. */
const CELL_MAX = 24;
const MIN_COLS = 3;
const MAX_COLS = 16;
const MIN_ROWS = 2;

type Kind = 'empty' | 'num' | 'rate' | 'text';

function kindOf(t: string): Kind {
  if (DASH.test(t)) return 'empty';
  if (FIGURE.test(t)) return t.endsWith('%') ? 'rate' : 'num';
  return 'text';
}

/** One box as cells: two or more figures pdfminer joined on one line are as many cells ("1,159.49 96.62%"). */
function bodyCells(t: string): string[] {
  const parts = t.split(/\s+/);
  return parts.length > 1 && parts.every((p) => FIGURE.test(p)) ? parts : [t];
}

/**
 * One header box as heads: "序号 年度", "实际支出 执行率" are two heads side by side; "2022 年" is one head
 * (pdfminer spaces a figure from the Han text around it), so a box is split only where no piece holds a digit.
 */
function headsOf(t: string): string[] {
  const parts = t.split(/\s+/);
  return parts.length > 1 && parts.every((p) => p.length >= 2 && !/\d/.test(p)) ? parts : [t];
}

const isHeadBox = (t: string) => !FIGURE.test(t) && !/[。；！？，]/.test(t) && !CHAPTER.test(t);

interface Box {
  text: string;
  line: number;
}

/** The one-line boxes from `from` up to the page's end (a page number, a form feed), a heading, a title or a sentence. */
function boxesFrom(lines: string[], from: number): Box[] | null {
  const out: Box[] = [];
  for (let k = from; k < lines.length; k++) {
    const t = lines[k].trim();
    if (!t) continue;
    if (lines[k].includes('\t') || lines[k].includes('\f') || PAGE_NUMBER.test(t)) break;
    if (isTitle(t) || isContinuedCaption(t) || CHAPTER.test(t) || t.length > CELL_MAX || /[。；！？]/.test(t)) break;
    // a box of two lines is a cell wrapped inside its cell: where it stands in the row is not known
    if ((lines[k + 1] ?? '').trim() || (lines[k - 1] ?? '').trim()) return null;
    out.push({ text: t, line: k });
  }
  return out;
}

/** Every table written a box a cell, row by row, after a title in `lines`; `taken` lines are not read. */
export function boxRowTables(lines: string[], taken: Set<number>): CellRowsTable[] {
  const out: CellRowsTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].trim();
    if (taken.has(i) || lines[i].includes('\t') || !(isTitle(t) || isContinuedCaption(t))) continue;
    let from = i + 1;
    while (from < lines.length && !lines[from].trim()) from++;
    if (from < lines.length && UNIT_LINE.test(lines[from].trim())) from++;
    const boxes = boxesFrom(lines, from);
    if (!boxes || boxes.some((b) => taken.has(b.line))) continue;
    const table = readBoxes(boxes);
    if (!table) continue;
    const end = boxes[boxes.length - 1].line;
    out.push({ table, start: boxes[0].line, end });
    i = end;
  }
  return out;
}

interface Placed {
  text: string;
  line: number;
}

/** The table the boxes hold, when exactly one header length and one count of leading columns explain them all. */
function readBoxes(boxes: Box[]): RawTable | null {
  let found: RawTable | null = null;
  for (let h = 1; h < boxes.length && isHeadBox(boxes[h - 1].text); h++) {
    const heads: Placed[] = boxes.slice(0, h).flatMap((b) => headsOf(b.text).map((text) => ({ text, line: b.line })));
    const k = heads.length;
    if (k < MIN_COLS || k > MAX_COLS) continue;
    if (!heads.some((x) => HEADER_WORD.test(x.text.replace(/\s/g, '')))) continue;
    const body: Placed[] = boxes.slice(h).flatMap((b) => bodyCells(b.text).map((text) => ({ text, line: b.line })));
    if (body.length % k !== 0 || body.length / k < MIN_ROWS) continue;
    const n = body.length / k;
    for (let m = 0; m < k; m++) {
      const rows = gridOf(body, n, k, m);
      if (!fits(rows, heads)) continue;
      // two readings that explain the same boxes: the shape proves neither
      if (found) return null;
      found = tableOf(heads, rows);
    }
  }
  return found;
}

/** The n rows of k cells: m columns a column at a time, then the rest a row at a time. */
function gridOf(body: Placed[], n: number, k: number, m: number): Placed[][] {
  return Array.from({ length: n }, (_, r) => [
    ...Array.from({ length: m }, (_, c) => body[c * n + r]),
    ...body.slice(m * n + r * (k - m), m * n + (r + 1) * (k - m)),
  ]);
}

/** Every column of one kind, a 序号 counting on by one, a 率 column of rates, text beside figures. */
function fits(rows: Placed[][], heads: Placed[]): boolean {
  const kinds: Kind[] = [];
  for (let c = 0; c < heads.length; c++) {
    const col = rows.map((r) => kindOf(r[c].text)).filter((x) => x !== 'empty');
    if (!col.length || col.some((x) => x !== col[0])) return false;
    kinds.push(col[0]);
    const head = heads[c].text.replace(/\s/g, '');
    if (RATE_HEAD.test(head) && col[0] !== 'rate') return false;
    if (
      SERIAL_HEAD.test(head) &&
      !rows.every((r, i) => i === 0 || Number(r[c].text) === Number(rows[i - 1][c].text) + 1)
    )
      return false;
  }
  // names beside figures: a body of figures only is as well a table written a column at a time
  return kinds.includes('text') && kinds.some((x) => x === 'num' || x === 'rate');
}

function tableOf(heads: Placed[], rows: Placed[][]): RawTable {
  const cell = (row: number, col: number, p: Placed): RawCell => ({
    row,
    col,
    rowSpan: 1,
    colSpan: 1,
    lines: [{ text: p.text, page: null, line: p.line + 1 }],
  });
  return {
    kind: 'table',
    cells: [...heads.map((p, c) => cell(0, c, p)), ...rows.flatMap((r, i) => r.map((p, c) => cell(i + 1, c, p)))],
  };
}
