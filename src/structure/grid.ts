// Builds the table grid from logical cells: every grid position knows its cell.
import type { Cell, RawCell, RawTable } from '../model/document.js';
import { textContentFromLines } from './text-content.js';

export interface Grid {
  rows: number;
  cols: number;
  cells: Cell[];
  grid: number[][];
}

export function buildGrid(table: RawTable): Grid {
  const raws: RawCell[] = [...table.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  let rows = 0;
  let cols = 0;
  for (const c of raws) {
    rows = Math.max(rows, c.row + Math.max(1, c.rowSpan));
    cols = Math.max(cols, c.col + Math.max(1, c.colSpan));
  }
  const grid: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(-1));
  const cells: Cell[] = [];
  const place = (rc: RawCell) => {
    const rowSpan = Math.max(1, rc.rowSpan);
    const colSpan = Math.max(1, rc.colSpan);
    // a parser that produced overlapping cells: keep the first, shrink nothing, skip taken positions
    const id = cells.length;
    cells.push({ ...textContentFromLines(rc.lines), row: rc.row, col: rc.col, rowSpan, colSpan });
    for (let r = rc.row; r < rc.row + rowSpan; r++)
      for (let c = rc.col; c < rc.col + colSpan; c++) if (grid[r][c] === -1) grid[r][c] = id;
  };
  raws.forEach(place);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++)
      if (grid[r][c] === -1)
        place({ row: r, col: c, rowSpan: 1, colSpan: 1, lines: [{ text: '', page: null, line: null }] });
  // keep cells row-major by their corner, and renumber the grid to match
  const order = cells.map((_, i) => i).sort((a, b) => cells[a].row - cells[b].row || cells[a].col - cells[b].col);
  const newId = new Array<number>(cells.length);
  order.forEach((old, i) => (newId[old] = i));
  return {
    rows,
    cols,
    cells: order.map((i) => cells[i]),
    grid: grid.map((row) => row.map((id) => newId[id])),
  };
}

/** The cell at a grid position, or undefined outside the grid. */
export function cellAt(t: { grid: number[][]; cells: Cell[] }, row: number, col: number): Cell | undefined {
  const id = t.grid[row]?.[col];
  return id === undefined ? undefined : t.cells[id];
}

/** The texts of one grid row, one entry per column (a spanned cell repeats). */
export function rowTexts(t: { grid: number[][]; cells: Cell[] }, row: number): string[] {
  return (t.grid[row] ?? []).map((id) => t.cells[id].text);
}
