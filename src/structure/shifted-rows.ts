// A row that lost cells at its front and so stands left of its columns: pandoc's text of a table whose
// merged cells html-to-docx wrote as continuation cells of grid span 0 (U's 表12) drops one of the two
// cells a row continues under "一级指标 | 二级指标", and writes the rest one column to the left with the
// last cell empty ("|  | A1-2 | 政策目标合理性 | 3.00 | 区域绩效目标… | 目标与保障机制… |  |"). Its 权重
// then stands under 三级指标 and its 指标解释 under 权重. Such a row is put back where its cells belong
// when it fits the table's columns only so: moved right by the cells its end lacks, every cell is of
// its column's kind (a figure under a column of figures, words under words), and as written it is not.
import type { RawBlock, RawCell, RawTable } from '../model/document.js';
import { ONE_FIGURE } from './table-reading.js';

const cellText = (c: RawCell) =>
  c.lines
    .map((l) => l.text)
    .join('')
    .replace(/\s/g, '');
const isFigure = (s: string) => ONE_FIGURE.test(s);

type Kind = 'figure' | 'words';

/** Each column's kind from the rows that reach its last column and hold a figure (the header holds none): null when mixed. */
function columnKinds(rows: (RawCell | null)[][], cols: number, textOf: (c: RawCell) => string): (Kind | null)[] {
  const full = rows.filter((row) => {
    const last = row[cols - 1];
    return last && textOf(last) && row.some((c) => c && isFigure(textOf(c)));
  });
  return Array.from({ length: cols }, (_, c) => {
    const texts = full.flatMap((row) => (row[c] && textOf(row[c]!) ? [textOf(row[c]!)] : []));
    if (full.length < 2 || texts.length < 2) return null;
    const share = texts.filter(isFigure).length / texts.length;
    return share >= 2 / 3 ? 'figure' : share <= 1 / 3 ? 'words' : null;
  });
}

/** How many of a row's cells (text by column) stand under a column of the other kind. */
function misfits(texts: Map<number, string>, kinds: (Kind | null)[]): number {
  let n = 0;
  for (const [c, t] of texts) {
    const k = kinds[c];
    if (k && (k === 'figure') !== isFigure(t)) n++;
  }
  return n;
}

export function mendShiftedRows(b: RawBlock): RawBlock {
  if (b.kind !== 'table' || !b.cells.length) return b;
  const rows = Math.max(...b.cells.map((c) => c.row + c.rowSpan));
  const cols = Math.max(...b.cells.map((c) => c.col + c.colSpan));
  if (cols < 3) return b;
  // own[r][c]: the cell that starts at (r, c); covered: a position a cell from another row or column spans
  const own: (RawCell | null)[][] = Array.from({ length: rows }, () => Array(cols).fill(null));
  const covered: boolean[][] = Array.from({ length: rows }, () => Array(cols).fill(false));
  for (const cell of b.cells) {
    own[cell.row][cell.col] = cell;
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++)
      for (let c = cell.col; c < cell.col + cell.colSpan; c++)
        if (r !== cell.row || c !== cell.col) covered[r][c] = true;
  }
  // each cell's text once: the kinds of the columns look at every cell of a full row once per column
  const texts = new Map(b.cells.map((cell) => [cell, cellText(cell)]));
  const textOf = (c: RawCell) => texts.get(c)!;
  const kinds = columnKinds(own, cols, textOf);
  if (!kinds.includes('figure')) return b;
  const moves = new Map<RawCell, number>();
  for (let r = 1; r < rows; r++) {
    const filled = own[r].flatMap((c, i) => (c && textOf(c) ? [i] : []));
    if (filled.length < 2) continue;
    const first = filled[0];
    const k = cols - 1 - filled[filled.length - 1];
    // a front position lost (empty or continuing a merge), the end short by k, and no cell spanning columns
    if (first < 1 || k < 1 || filled.some((c) => own[r][c]!.colSpan > 1)) continue;
    if (own[r].some((c, i) => i >= cols - k && (covered[r][i] || (c && c.colSpan > 1)))) continue;
    const asWritten = new Map(filled.map((c) => [c, textOf(own[r][c]!)]));
    const moved = new Map(filled.map((c) => [c + k, textOf(own[r][c]!)]));
    const figureLands = [...moved].some(([c, t]) => kinds[c] === 'figure' && isFigure(t));
    if (!figureLands || misfits(asWritten, kinds) === 0 || misfits(moved, kinds) > 0) continue;
    for (const c of filled) moves.set(own[r][c]!, k);
  }
  if (!moves.size) return b;
  // the empty cells the row kept at its end give way to the moved ones
  const cells = b.cells.flatMap((cell): RawCell[] => {
    const k = moves.get(cell);
    // a span down was read from the empty cell below where the cell stood (pandoc writes no spans): moved, it spans nothing
    if (k !== undefined) return [{ ...cell, col: cell.col + k, rowSpan: 1 }];
    const row = own[cell.row];
    const shifted = [...moves.keys()].some((m) => m.row === cell.row);
    return shifted && !textOf(cell) && row[cell.col] === cell ? [] : [cell];
  });
  return { ...(b as RawTable), cells };
}
