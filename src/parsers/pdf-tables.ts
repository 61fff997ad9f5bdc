// Table grids from ruling lines. One page's part of a table is a grid of
// column boundaries (vertical rulings) and row boundaries (horizontal
// rulings); a grid position with no ruling between it and its neighbour is
// part of the same (merged) cell. Parts that continue a table on the next
// page are joined into one grid, with a row the page break split made whole.
import type { RawCell, RawLine, RawTable } from '../model/document.js';
import type { HSeg, Rulings, VSeg } from './pdf-geometry.js';
import { isClosingRowLabel } from '../facts/lang/totals.js';
import { groupLines, type TextLine, type TextRun } from './pdf-text.js';

/** Boundary positions closer than this (points) are the same boundary. */
const SNAP = 2.5;

/** A rectangle of grid positions: rows r0..r1-1, columns c0..c1-1. */
export interface GridRect {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

/** One page's part of a table. */
export interface TablePart {
  page: number;
  xs: number[]; // column boundaries, left to right
  ys: number[]; // row boundaries, top to bottom
  cells: GridRect[];
  /** Text lines of each cell (same index as cells). Filled by fillCells. */
  cellLines: TextLine[][];
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** A band of a ruled grid whose columns changed: it lies right under the part before it (stacked table fragments). */
  joinsAbove?: boolean;
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Cluster sorted-or-not positions into boundaries (mean of each cluster). */
export function snapPositions(values: readonly number[], snap = SNAP): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length && v - group[group.length - 1] > snap) {
      out.push(group.reduce((s, x) => s + x, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length) out.push(group.reduce((s, x) => s + x, 0) / group.length);
  return out;
}

function touches(h: HSeg, v: VSeg): boolean {
  return v.x >= h.x1 - SNAP && v.x <= h.x2 + SNAP && h.y >= v.y1 - SNAP && h.y <= v.y2 + SNAP;
}

/** Find the table grids of one page from its rulings. */
export function findTableParts(rulings: Rulings, page: number): TablePart[] {
  const { h, v } = rulings;
  // rulings that touch form one table
  const uf = new UnionFind(h.length + v.length);
  for (let i = 0; i < h.length; i++) {
    for (let j = 0; j < v.length; j++) if (touches(h[i], v[j])) uf.union(i, h.length + j);
  }
  // a rule drawn in pieces is one rule: Chromium draws the bottom border of a cell spanning seven columns
  // ("2024年度小计" over "合计") one grid column at a time, and the middle pieces touch no vertical
  for (const [a, b] of piecesOfOneRule(h)) uf.union(a, b);
  // and a vertical one: weasyprint draws the border between a cell spanning rows ("过程", six rows) and the cells
  // beside it one row at a time, so a middle piece, with rules neither at its top nor at its bottom, touches none
  for (const [a, b] of piecesOfOneRule(v.map((s) => ({ y: s.x, x1: s.y1, x2: s.y2 }))))
    uf.union(h.length + a, h.length + b);
  const clusters = new Map<number, { h: HSeg[]; v: VSeg[] }>();
  for (let i = 0; i < h.length + v.length; i++) {
    const root = uf.find(i);
    let c = clusters.get(root);
    if (!c) clusters.set(root, (c = { h: [], v: [] }));
    if (i < h.length) c.h.push(h[i]);
    else c.v.push(v[i - h.length]);
  }
  const parts: TablePart[] = [];
  for (const c of clusters.values()) {
    parts.push(...gridOf(c.h, c.v, page));
  }
  return parts.sort((a, b) => a.top - b.top);
}

/**
 * Pairs of horizontal segments (indices) on one line, one ending where the other begins or overlapping it
 * (vertical segments come here transposed).
 */
function piecesOfOneRule(h: readonly HSeg[]): [number, number][] {
  const order = h.map((_, i) => i).sort((a, b) => h[a].y - h[b].y || h[a].x1 - h[b].x1);
  const out: [number, number][] = [];
  for (let k = 0; k < order.length; k++) {
    const a = h[order[k]];
    // sorted by y: the segments on this line (within SNAP) come next
    for (let j = k + 1; j < order.length && h[order[j]].y - a.y <= SNAP; j++) {
      const b = h[order[j]];
      if (b.x1 <= a.x2 + SNAP && b.x2 >= a.x1 - SNAP) out.push([order[k], order[j]]);
    }
  }
  return out;
}

function gridOf(h: HSeg[], v: VSeg[], page: number): TablePart[] {
  const xs = snapPositions(v.map((s) => s.x));
  const ys = withOpenBottom(snapPositions(h.map((s) => s.y)), v, xs);
  // a box or a lone rule is not a table: at least one row and one column of real size
  // one column is a frame (around a page, a note, a header), not a table
  if (xs.length < 3 || ys.length < 2) return [];
  if (xs[xs.length - 1] - xs[0] < 20 || ys[ys.length - 1] - ys[0] < 8) return [];
  const bands = bandsOf(h, v, xs, ys);
  if (bands.length === 1) return [partOf(h, v, xs, ys, page)];
  // each band is drawn from its own rulings: the other band's columns are not its columns
  return bands.map(([r0, r1], k) => {
    const top = ys[r0];
    const bottom = ys[r1];
    const bv = v.filter((s) => s.y1 < bottom - SNAP && s.y2 > top + SNAP);
    const bh = h.filter((s) => s.y >= top - SNAP && s.y <= bottom + SNAP);
    const part = partOf(bh, bv, snapPositions(bv.map((s) => s.x)), ys.slice(r0, r1 + 1), page);
    return k > 0 ? { ...part, joinsAbove: true } : part;
  });
}

/** A row shorter than this (points) is no row a page break left open. */
const MIN_OPEN_ROW = 8;

/**
 * Row boundaries with the bottom of a row the page break left open: weasyprint draws a row cut by the page (a tall
 * row of a contracts table: 序号, dates and amounts on this page, its names on the next) with its side rules down to
 * the page's end and no rule under it. When both outer rules run on below the last horizontal rule, where they end
 * closes that last row.
 */
function withOpenBottom(ys: number[], v: readonly VSeg[], xs: readonly number[]): number[] {
  if (ys.length === 0 || xs.length < 2) return ys;
  const last = ys[ys.length - 1];
  const below = (x: number): number[] =>
    v.filter((s) => Math.abs(s.x - x) <= SNAP && s.y2 - last >= MIN_OPEN_ROW && s.y1 <= last + SNAP).map((s) => s.y2);
  const left = below(xs[0]);
  const right = below(xs[xs.length - 1]);
  const end = Math.min(Math.max(...left, -Infinity), Math.max(...right, -Infinity));
  if (
    !Number.isFinite(end) ||
    !right.some((y) => Math.abs(y - end) <= SNAP) ||
    !left.some((y) => Math.abs(y - end) <= SNAP)
  )
    return ys;
  return [...ys, end];
}

function hasVertical(v: readonly VSeg[], x: number, y1: number, y2: number): boolean {
  const mid = (y1 + y2) / 2;
  return v.some((s) => Math.abs(s.x - x) <= SNAP && s.y1 <= mid && s.y2 >= mid);
}
function hasHorizontal(h: readonly HSeg[], y: number, x1: number, x2: number): boolean {
  const mid = (x1 + x2) / 2;
  return h.some((s) => Math.abs(s.y - y) <= SNAP && s.x1 <= mid && s.x2 >= mid);
}

/**
 * Rows [r0, r1) of each band of one ruled grid. Two table fragments stacked on
 * one page (a converter's split table laid out again) touch and form one
 * cluster of rulings, but each keeps its own column boundaries. A new band
 * starts at a rule across the whole width where the rows below bring column
 * boundaries the rows above never had, while the rows above have boundaries
 * the rows below never have: neither column set holds the other, so one is
 * not the other with cells merged. Both sides must be at least two rows (a
 * header and a row), so the odd title row of one table (项目名称 over the
 * indicator grid) stays in its table.
 */
function bandsOf(
  h: readonly HSeg[],
  v: readonly VSeg[],
  xs: readonly number[],
  ys: readonly number[],
): Array<[number, number]> {
  const rows = ys.length - 1;
  const inner = (r: number): number[] =>
    xs.slice(1, -1).flatMap((x, i) => (hasVertical(v, x, ys[r], ys[r + 1]) ? [i] : []));
  const fullWidth = (r: number): boolean => xs.slice(1).every((x, c) => hasHorizontal(h, ys[r], xs[c], x));
  // runs: a new run where a full-width rule is followed by a boundary the run above never had
  const runs: Array<{ r0: number; r1: number; cols: Set<number> }> = [];
  for (let r = 0; r < rows; r++) {
    const here = inner(r);
    const cur = runs[runs.length - 1];
    if (cur && !(fullWidth(r) && here.some((i) => !cur.cols.has(i)))) {
      cur.r1 = r + 1;
      for (const i of here) cur.cols.add(i);
    } else runs.push({ r0: r, r1: r + 1, cols: new Set(here) });
  }
  const subset = (a: Set<number>, b: Set<number>): boolean => [...a].every((i) => b.has(i));
  const bands: typeof runs = [];
  for (const run of runs) {
    const prev = bands[bands.length - 1];
    const apart =
      prev &&
      prev.r1 - prev.r0 >= 2 &&
      run.r1 - run.r0 >= 2 &&
      !subset(prev.cols, run.cols) &&
      !subset(run.cols, prev.cols);
    if (!prev || apart) bands.push({ ...run, cols: new Set(run.cols) });
    else {
      prev.r1 = run.r1;
      for (const i of run.cols) prev.cols.add(i);
    }
  }
  return bands.map((b) => [b.r0, b.r1]);
}

/** A part of these columns, rows and cells, no text in it yet (ruled or rebuilt from text positions). */
export function emptyPart(page: number, xs: number[], ys: number[], cells: GridRect[]): TablePart {
  return {
    page,
    xs,
    ys,
    cells,
    cellLines: cells.map(() => []),
    top: ys[0],
    bottom: ys[ys.length - 1],
    left: xs[0],
    right: xs[xs.length - 1],
  };
}

function partOf(h: readonly HSeg[], v: readonly VSeg[], xs: number[], ys: number[], page: number): TablePart {
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const uf = new UnionFind(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !hasVertical(v, xs[c + 1], ys[r], ys[r + 1])) uf.union(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !hasHorizontal(h, ys[r + 1], xs[c], xs[c + 1])) uf.union(r * cols + c, (r + 1) * cols + c);
    }
  }
  return emptyPart(page, xs, ys, rectsOf(uf, rows, cols));
}

/** Components of grid positions as rectangles; a non-rectangular one is split into single positions. */
function rectsOf(uf: UnionFind, rows: number, cols: number): GridRect[] {
  const comps = new Map<number, number[]>();
  for (let i = 0; i < rows * cols; i++) {
    const root = uf.find(i);
    const list = comps.get(root);
    if (list) list.push(i);
    else comps.set(root, [i]);
  }
  const rects: GridRect[] = [];
  for (const members of comps.values()) {
    const rs = members.map((i) => Math.floor(i / cols));
    const cs = members.map((i) => i % cols);
    const rect = { r0: Math.min(...rs), r1: Math.max(...rs) + 1, c0: Math.min(...cs), c1: Math.max(...cs) + 1 };
    if ((rect.r1 - rect.r0) * (rect.c1 - rect.c0) === members.length) rects.push(rect);
    else
      for (const i of members)
        rects.push({ r0: Math.floor(i / cols), r1: Math.floor(i / cols) + 1, c0: i % cols, c1: (i % cols) + 1 });
  }
  return rects.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
}

function indexOf(bounds: readonly number[], v: number): number {
  for (let i = 0; i + 1 < bounds.length; i++) if (v < bounds[i + 1]) return i;
  return bounds.length - 2;
}

/** Does the point lie inside the part (with a little tolerance)? */
export function contains(part: TablePart, x: number, y: number): boolean {
  return x >= part.left - 1 && x <= part.right + 1 && y >= part.top - 1 && y <= part.bottom + 1;
}

/** Put each run inside the part into its cell (by the run's centre) and group each cell's runs into lines. */
export function fillCells(part: TablePart, runs: readonly TextRun[]): void {
  const cols = part.xs.length - 1;
  const cellAt = new Map<number, number>();
  part.cells.forEach((c, k) => {
    for (let r = c.r0; r < c.r1; r++) for (let cc = c.c0; cc < c.c1; cc++) cellAt.set(r * cols + cc, k);
  });
  const byCell: TextRun[][] = part.cells.map(() => []);
  for (const run of runs) {
    const cy = (run.top + run.bottom) / 2;
    const k = cellAt.get(indexOf(part.ys, cy) * cols + columnOf(part, run, runs));
    if (k !== undefined) byCell[k].push(run);
  }
  part.cellLines = byCell.map((rs) => groupLines(rs));
}

/**
 * The column of a run: the one holding its centre, unless the run overflows a narrow cell to the right. A wrapped
 * line that cannot break ("（市、" of "县（市、区）" in a column one character wide) is drawn past the rule from the
 * cell's own left edge, where the cell's other lines ("县", "区）") start too: it stays in that cell.
 */
function columnOf(part: TablePart, run: TextRun, runs: readonly TextRun[]): number {
  const byCentre = indexOf(part.xs, (run.x + run.right) / 2);
  const start = indexOf(part.xs, run.x);
  if (start >= byCentre) return byCentre;
  const row = indexOf(part.ys, (run.top + run.bottom) / 2);
  const sameStart = runs.some(
    (o) =>
      o !== run &&
      Math.abs(o.x - run.x) <= 1 &&
      o.right <= part.xs[start + 1] + 1 &&
      indexOf(part.ys, (o.top + o.bottom) / 2) === row,
  );
  return sameStart ? start : byCentre;
}

/** Is every column boundary of one part a boundary of the other (one is the other with some cells merged)? */
function columnsAlign(a: TablePart, b: TablePart): boolean {
  if (Math.abs(a.left - b.left) > 2 * SNAP || Math.abs(a.right - b.right) > 2 * SNAP) return false;
  const [few, many] = a.xs.length <= b.xs.length ? [a.xs, b.xs] : [b.xs, a.xs];
  return few.every((x) => many.some((y) => Math.abs(x - y) <= 2 * SNAP));
}

/**
 * Can `b` continue the table of `a` (the next page, or a band stacked under it)?
 * Columns are matched by order: a fragment laid out again keeps its columns but
 * not their widths. With different counts, only when one part's boundaries are
 * all the other's: a union of two unrelated column sets would make columns
 * neither part has.
 */
export function sameColumns(a: TablePart, b: TablePart): boolean {
  return a.xs.length === b.xs.length || columnsAlign(a, b);
}

/**
 * Did the page break split the last row of `prev` into the first row of `next`?
 * Two kinds of evidence must agree: a cell's text runs to the bottom of the
 * page part, full to its right edge, and on at the top of the same column on
 * the next page; and some cell of that row that had its text on the first
 * page is empty on the second (a new row would repeat its label or value).
 */
export function splitsRow(prev: TablePart, next: TablePart): boolean {
  const lastRow = prev.ys.length - 2;
  if (opensOwnRow(prev, next)) return false;
  const nextCellAt = (x: number): number =>
    next.cells.findIndex((nc) => nc.r0 === 0 && x >= next.xs[nc.c0] && x <= next.xs[nc.c1]);
  // the next page's first row may start again, empty, the spans the break cut (一级 "过程", 二级 "资产管理"):
  // when it holds every figure the row above holds (权重, 得分), those leading cells say nothing of a cut
  const firstFilled = Math.min(
    ...rowCells(next, 0)
      .filter(({ j }) => next.cellLines[j].some((l) => l.text.trim()))
      .map(({ c }) => next.xs[c.c0]),
  );
  let flows = false;
  let emptied = false;
  let emptiedLeading = false;
  let figures = 0;
  let figuresKept = 0;
  for (let k = 0; k < prev.cells.length; k++) {
    const cell = prev.cells[k];
    if (cell.r1 !== lastRow + 1) continue;
    const lines = prev.cellLines[k];
    const last = lines[lines.length - 1];
    if (!last) continue;
    const cellRight = prev.xs[cell.c1];
    const j = nextCellAt((prev.xs[cell.c0] + cellRight) / 2);
    if (j < 0) continue;
    const first = next.cellLines[j][0];
    const figure = FIGURE.test(cellText(lines));
    if (figure) figures++;
    if (!first) {
      if (next.cells[j].r1 !== 1) continue;
      if (next.xs[next.cells[j].c0] < firstFilled) emptiedLeading = true;
      else emptied = true;
      continue;
    }
    if (figure) figuresKept++;
    const full = cellRight - last.right < 1.5 * last.size + 4;
    const atBottom = prev.ys[lastRow + 1] - last.bottom < 1.2 * last.size + 4;
    const atTop = first.top - next.ys[0] < 1.2 * first.size + 4;
    if (full && atBottom && atTop) flows = true;
  }
  const ownFigures = figures > 0 && figuresKept === figures;
  return flows && (emptied || (emptiedLeading && !ownFigures));
}

/**
 * Is the next page's first row the rest of `prev`'s last row, cut by the page? weasyprint breaks a tall row: the
 * first page holds its short cells (序号, 编号, date, amounts) with its wrapping texts left empty, the next page opens
 * with a row of only those texts. The two rows fill each other's empty cells and overlap nowhere; a row of its own
 * would repeat a key, a label or a figure in a cell the row above holds.
 */
export function completesCutRow(prev: TablePart, next: TablePart): boolean {
  const lastRow = prev.ys.length - 2;
  if (opensOwnRow(prev, next)) return false;
  const above = prev.cells.map((c, j) => ({ c, j })).filter(({ c }) => c.r1 === lastRow + 1);
  const below = rowCells(next, 0);
  if (below.some(({ c }) => c.r1 !== 1)) return false;
  const textAt = (p: TablePart, j: number): string => cellText(p.cellLines[j]);
  const filledBelow = below.filter(({ j }) => textAt(next, j));
  if (filledBelow.length === 0 || !above.some(({ j }) => textAt(prev, j))) return false;
  // each cell the next row fills lies under one cell of the last row (same columns by position), empty there
  return filledBelow.every(({ c }) => {
    const x0 = next.xs[c.c0];
    const x1 = next.xs[c.c1];
    const over = above.filter(({ c: a }) => prev.xs[a.c1] > x0 + SNAP && prev.xs[a.c0] < x1 - SNAP);
    return (
      over.length === 1 &&
      Math.abs(prev.xs[over[0].c.c0] - x0) <= 2 * SNAP &&
      Math.abs(prev.xs[over[0].c.c1] - x1) <= 2 * SNAP &&
      over[0].c.r0 === lastRow &&
      !textAt(prev, over[0].j)
    );
  });
}

const FIGURE = /^[-+]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)%?$/;
/** A cell that is a key and nothing else: a code ("A2-3", "B", "C102", "1.2.1") or a 序号 ("54", "3.", "（二）"). */
const KEY =
  /^(?:[A-Z](?:\d{1,4}(?:[-.．]\d{1,3})*)?|\d{1,4}(?:[.．]\d{1,3})*[.．、]?|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)$/;

const cellText = (lines: readonly TextLine[]): string =>
  lines
    .map((l) => l.text)
    .join('')
    .replace(/\s/g, '');

/** The cells of row `r` of a part, left to right, with their indices. */
function rowCells(p: TablePart, r: number): { c: GridRect; j: number }[] {
  return p.cells
    .map((c, j) => ({ c, j }))
    .filter(({ c }) => c.r0 === r)
    .sort((a, b) => a.c.c0 - b.c.c0);
}

/**
 * The next page's first row opens a row of its own, whatever the page break left empty: its first text is a
 * closing label ("2024年小计", "合计"), or the first column is a key column whose cell above and below each
 * hold a key of their own ("A2-3" above "B"; "53" above "54") — the rest of a cut row leaves that cell empty.
 */
function opensOwnRow(prev: TablePart, next: TablePart): boolean {
  const below = rowCells(next, 0).map(({ j }) => cellText(next.cellLines[j]));
  const firstText = below.find(Boolean);
  if (firstText && isClosingRowLabel(firstText)) return true;
  const lastRow = prev.ys.length - 2;
  const keyAbove = prev.cells.findIndex((c) => c.c0 === 0 && c.r0 === lastRow && c.r1 === lastRow + 1);
  const keyBelow = next.cells.findIndex((c) => c.c0 === 0 && c.r0 === 0);
  if (keyAbove < 0 || keyBelow < 0) return false;
  return KEY.test(cellText(prev.cellLines[keyAbove])) && KEY.test(cellText(next.cellLines[keyBelow]));
}

interface Placed {
  rect: GridRect;
  lines: RawLine[];
  part: number;
}

/**
 * A merged cell that runs on over a page break is drawn as two cells, the one
 * on the new page empty (its text stays on the first page). When the first row
 * of a continued part starts with empty cells before its first text, and the
 * row has text in at least two cells, those leading cells continue the cells
 * above them with the same columns, as the label columns of a scoring table do.
 */
function carryMergesOverPageBreaks(
  parts: readonly TablePart[],
  offsets: number[],
  splits: boolean[],
  placed: Placed[],
  uf: UnionFind,
  cols: number,
): void {
  for (let k = 1; k < parts.length; k++) {
    if (splits[k]) continue; // a split row is joined as one row already
    const top = offsets[k];
    const row = placed.filter((p) => p.part === k && p.rect.r0 === top).sort((a, b) => a.rect.c0 - b.rect.c0);
    const filled = row.filter((p) => p.lines.some((l) => l.text.trim()));
    if (filled.length < 2) continue;
    for (const cell of row) {
      if (cell === filled[0] || cell.rect.c0 >= filled[0].rect.c0) break;
      const above = placed.find(
        (p) => p.part < k && p.rect.r1 === top && p.rect.c0 === cell.rect.c0 && p.rect.c1 === cell.rect.c1,
      );
      if (!above) break;
      uf.union(above.rect.r0 * cols + above.rect.c0, cell.rect.r0 * cols + cell.rect.c0);
    }
  }
}

/** Numbering of lines on a page: page → line → 1-based line number. */
export type LineNumbers = Map<TextLine, number>;

/** The texts of one row's cells, left to right ('' for an empty cell). */
function rowTexts(p: TablePart, r: number): string[] {
  return p.cells
    .map((c, j) => ({ c, j }))
    .filter(({ c }) => c.r0 === r)
    .sort((a, b) => a.c.c0 - b.c.c0)
    .map(({ j }) =>
      p.cellLines[j]
        .map((l) => l.text)
        .join('')
        .replace(/\s/g, ''),
    );
}

/**
 * How many rows at the top of `next` repeat the header of `first` (Word's and LibreOffice's "repeat
 * heading rows" on every page): 0, 1 or 2. A repeated row has the same texts, at least two of them.
 */
export function repeatedHeaderRows(first: TablePart, next: TablePart): number {
  let n = 0;
  for (let r = 0; r < 2 && r < first.ys.length - 2 && r < next.ys.length - 2; r++) {
    const a = rowTexts(first, r);
    const b = rowTexts(next, r);
    if (a.filter((t) => t).length < 2 || a.join('|') !== b.join('|')) break;
    n = r + 1;
  }
  return n;
}

/** The part without its first `n` rows (a repeated header). */
function dropTopRows(p: TablePart, n: number): TablePart {
  if (n === 0) return p;
  const keep = p.cells.map((c, j) => ({ c, j })).filter(({ c }) => c.r1 > n);
  return {
    ...p,
    ys: p.ys.slice(n),
    top: p.ys[n],
    cells: keep.map(({ c }) => ({ ...c, r0: Math.max(0, c.r0 - n), r1: c.r1 - n })),
    cellLines: keep.map(({ c, j }) => (c.r0 < n ? [] : p.cellLines[j])),
  };
}

/** Join the parts of one table (consecutive pages) into one RawTable grid. */
export function buildTable(tableParts: readonly TablePart[], lineNo: LineNumbers): RawTable {
  // a header repeated at the top of a continued part is no data row
  const parts = tableParts.map((p, k) => (k === 0 ? p : dropTopRows(p, repeatedHeaderRows(tableParts[0], p))));
  // a part whose columns are the part above's in order, at other x, takes that part's boundaries
  const bounds: number[][] = [];
  parts.forEach((p, k) => {
    const prev = parts[k - 1];
    bounds.push(prev && prev.xs.length === p.xs.length && !columnsAlign(prev, p) ? bounds[k - 1] : p.xs);
  });
  const xs = snapPositions(bounds.flat(), SNAP * 2);
  const colOf = (x: number): number => {
    let best = 0;
    for (let i = 1; i < xs.length; i++) if (Math.abs(xs[i] - x) < Math.abs(xs[best] - x)) best = i;
    return best;
  };
  const cols = xs.length - 1;
  const offsets: number[] = [];
  const splits: boolean[] = [];
  let rows = 0;
  parts.forEach((p, k) => {
    const split = k > 0 && (splitsRow(parts[k - 1], p) || completesCutRow(parts[k - 1], p));
    splits.push(split);
    if (split) rows -= 1;
    offsets.push(rows);
    rows += p.ys.length - 1;
  });
  const uf = new UnionFind(rows * cols);
  // each part cell, in global positions, with its lines
  const placed: Placed[] = [];
  parts.forEach((p, k) => {
    p.cells.forEach((cell, j) => {
      const bx = bounds[k];
      const rect = {
        r0: cell.r0 + offsets[k],
        r1: cell.r1 + offsets[k],
        c0: colOf(bx[cell.c0]),
        c1: Math.max(colOf(bx[cell.c1]), colOf(bx[cell.c0]) + 1),
      };
      const first = rect.r0 * cols + rect.c0;
      for (let r = rect.r0; r < rect.r1; r++) for (let c = rect.c0; c < rect.c1; c++) uf.union(first, r * cols + c);
      const lines = p.cellLines[j].map((l) => ({ page: p.page, line: lineNo.get(l) ?? null, text: l.text }));
      placed.push({ rect, lines, part: k });
    });
  });
  carryMergesOverPageBreaks(parts, offsets, splits, placed, uf, cols);
  const rects = rectsOf(uf, rows, cols);
  const cells: RawCell[] = rects.map((r) => ({
    row: r.r0,
    col: r.c0,
    rowSpan: r.r1 - r.r0,
    colSpan: r.c1 - r.c0,
    lines: [],
  }));
  const cellAt = new Map<number, RawCell>();
  for (const cell of cells) {
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++)
      for (let c = cell.col; c < cell.col + cell.colSpan; c++) cellAt.set(r * cols + c, cell);
  }
  // parts are in page order and each part's cells in row order, so lines stay in reading order
  for (const p of placed) cellAt.get(p.rect.r0 * cols + p.rect.c0)!.lines.push(...p.lines);
  return { kind: 'table', cells };
}
