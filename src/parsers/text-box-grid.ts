// Tables drawn with box-drawing rules, as w3m's `-dump` writes an HTML table (report W's .txt):
//   ┌──────┬──────┐
//   │ 单位 │ 编制 │      a cell's text wrapped inside its column over several lines,
//   ├──────┼──────┤      a row span's text in a block no rule crosses,
//   └──────┴──────┘      a column span's over the columns its rules leave out.
// The column edges are where any rule of the box has a junction or a │; the row edges are the rule lines.
// Each unit of that grid is joined to its neighbour where no rule parts them; a cell is the rectangle so
// joined. The shape proves itself or nothing is read: every line of the box of one width, opening and
// closing with a box character, every joined region a rectangle, two rows and two columns at least.
import stringWidth from 'string-width';
import type { RawCell, RawTable } from '../model/document.js';

/** A line that opens a box: the pre-test, cheap enough for every line of a .txt. */
export const BOX_TOP = /^\s*┌[─┬]*┐\s*$/;

const VERTICAL = new Set('│┌┐└┘├┤┬┴┼');
const HORIZONTAL = new Set('─┌┐└┘├┤┬┴┼');
const MIN_ROWS = 2;
const MIN_COLS = 2;

export interface BoxGridTable {
  table: RawTable;
  /** The box's first and last line (0-based). */
  start: number;
  end: number;
}

/** A line as display columns: a wide character takes two, the second holding ''. */
function columnsOf(line: string): string[] {
  const out: string[] = [];
  for (const ch of line.trimEnd()) {
    out.push(ch);
    if (!VERTICAL.has(ch) && ch !== '─' && stringWidth(ch) === 2) out.push('');
  }
  return out;
}

/** Every box drawn in `lines`: from a line ┌…┐ to the next └…┘ of the same width. */
export function boxGridTables(lines: string[]): BoxGridTable[] {
  const out: BoxGridTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!BOX_TOP.test(lines[i])) continue;
    let end = i + 1;
    while (end < lines.length && /^\s*[│├]/.test(lines[end])) end++;
    if (end >= lines.length || !/^\s*└/.test(lines[end])) continue;
    const table = readBox(lines.slice(i, end + 1), i);
    if (table) out.push({ table, start: i, end });
    i = end;
  }
  return out;
}

/**
 * The table a box draws (its lines, the first at 0-based line `first`), or null where the shape does not prove
 * itself. Also reads pandoc's grid tables once written in box characters (pandoc-grid-table.ts).
 */
export function readBox(box: string[], first: number): RawTable | null {
  const indent = box[0].length - box[0].trimStart().length;
  const grid = box.map((l) => columnsOf(l.slice(indent)));
  const width = grid[0].length;
  if (grid.some((g) => g.length !== width || !VERTICAL.has(g[0]) || !VERTICAL.has(g[width - 1]))) return null;
  // rule lines: a ─ in them; the top and bottom lines are rules
  const ruleLines = grid.map((g, y) => y === 0 || y === grid.length - 1 || g.includes('─'));
  const ys = ruleLines.flatMap((r, y) => (r ? [y] : []));
  const xs = [...new Set(grid.flatMap((g) => g.flatMap((ch, x) => (VERTICAL.has(ch) ? [x] : []))))].sort(
    (a, b) => a - b,
  );
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows < MIN_ROWS || cols < MIN_COLS) return null;
  // a │ inside a text line must stand on a column edge, a rule line's segments must span whole units
  const parent = Array.from({ length: rows * cols }, (_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k])));
  const join = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      // the right side: a vertical line from one rule to the next at xs[c + 1]
      if (c + 1 < cols) {
        const open = range(ys[r] + 1, ys[r + 1]).every((y) => !VERTICAL.has(grid[y][xs[c + 1]]));
        const shut = range(ys[r] + 1, ys[r + 1]).every((y) => VERTICAL.has(grid[y][xs[c + 1]]));
        if (!open && !shut) return null;
        if (open) join(r * cols + c, r * cols + c + 1);
      }
      // the bottom: the rule line under the unit, ─ all along it or none
      if (r + 1 < rows) {
        const seg = range(xs[c] + 1, xs[c + 1]).map((x) => grid[ys[r + 1]][x]);
        const ruled = seg.every((ch) => HORIZONTAL.has(ch));
        if (!ruled && seg.some((ch) => HORIZONTAL.has(ch))) return null;
        if (!ruled) join(r * cols + c, (r + 1) * cols + c);
      }
    }
  const regions = new Map<number, number[]>();
  for (let k = 0; k < rows * cols; k++) {
    const root = find(k);
    regions.set(root, [...(regions.get(root) ?? []), k]);
  }
  // one region for the whole box is a paragraph drawn in a box
  if (regions.size < 2) return null;
  const cells: RawCell[] = [];
  for (const units of regions.values()) {
    const rs = units.map((k) => Math.floor(k / cols));
    const cs = units.map((k) => k % cols);
    const [r0, r1, c0, c1] = [Math.min(...rs), Math.max(...rs), Math.min(...cs), Math.max(...cs)];
    if (units.length !== (r1 - r0 + 1) * (c1 - c0 + 1)) return null;
    const lines = range(ys[r0] + 1, ys[r1 + 1]).flatMap((y) => {
      const text = grid[y]
        .slice(xs[c0] + 1, xs[c1 + 1])
        .join('')
        .trim();
      return text ? [{ text, page: null, line: first + y + 1 }] : [];
    });
    cells.push({ row: r0, col: c0, rowSpan: r1 - r0 + 1, colSpan: c1 - c0 + 1, lines });
  }
  // a table is rows of several cells: a box whose rows are each one cell is a framed text
  const byRow = new Map<number, number>();
  for (const c of cells) byRow.set(c.row, (byRow.get(c.row) ?? 0) + 1);
  if (![...byRow.values()].some((n) => n >= MIN_COLS)) return null;
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { kind: 'table', cells };
}

/** from, from + 1, …, to − 1 */
function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}
