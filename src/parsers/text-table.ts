// Tables written as tab-separated lines (what copying a Word table into a .txt
// gives): cells aligned to their columns, rows a page break split joined again,
// and merged cells (left empty below their first row) restored as row spans.
import type { RawCell, RawLine, RawTable } from '../model.js';

export interface TabRow {
  fields: string[];
  line: number;
  /** A blank line stood before this row (a page break in the source). */
  afterGap: boolean;
}

const NUMERIC = /^[≥≤><]?\s*-?\d[\d.,]*\s*%?$/;
type FieldType = 'empty' | 'num' | 'text';
const typeOf = (s: string): FieldType => (!s.trim() ? 'empty' : NUMERIC.test(s.trim()) ? 'num' : 'text');

export function tabRowsToTable(rows: TabRow[], stripCell: (s: string) => string[]): RawTable {
  const cols = Math.max(...rows.map((r) => r.fields.length));
  const numericCol = columnProfile(rows, cols);
  const aligned = rows.map((r) => (r.fields.length === cols ? r.fields : alignRow(r.fields, cols, numericCol)));

  // cells[r][c]: the RawCell that starts there, or null for an empty position
  const grid: Array<Array<RawCell | null>> = [];
  const open: Array<RawCell | null> = new Array(cols).fill(null);
  const cells: RawCell[] = [];
  let r = 0;
  aligned.forEach((fields, i) => {
    const row = rows[i];
    const filled = fields.map((f, c) => (f.trim() ? c : -1)).filter((c) => c >= 0);
    // a page break split a row: the rest of one cell continues on the next page
    if (row.afterGap && filled.length === 1 && r > 0) {
      const c = filled[0];
      const above = grid[r - 1][c];
      if (above && !numericCol[c]) {
        above.lines.push(...toLines(stripCell(fields[c]), row.line));
        return;
      }
    }
    const firstFilled = filled.length ? filled[0] : cols;
    grid[r] = new Array(cols).fill(null);
    for (let c = 0; c < cols; c++) {
      const text = fields[c] ?? '';
      if (!text.trim()) {
        // a leading empty cell under a label continues the merged cell above
        const up = open[c];
        if (c < firstFilled && filled.length >= 2 && up && up.row + up.rowSpan === r) up.rowSpan++;
        else open[c] = null;
        continue;
      }
      const cell: RawCell = { row: r, col: c, rowSpan: 1, colSpan: 1, lines: toLines(stripCell(text), row.line) };
      cells.push(cell);
      grid[r][c] = cell;
      open[c] = cell;
    }
    r++;
  });
  // empty positions are left to the grid builder, which fills them with empty cells;
  // make sure the last row and column exist even when empty
  if (r > 0 && !cells.some((c) => c.row + c.rowSpan === r && c.col + c.colSpan === cols)) {
    const covered = cells.some((c) => c.row <= r - 1 && r - 1 < c.row + c.rowSpan && c.col <= cols - 1 && cols - 1 < c.col + c.colSpan);
    if (!covered) cells.push({ row: r - 1, col: cols - 1, rowSpan: 1, colSpan: 1, lines: [{ text: '', page: null, line: rows[rows.length - 1].line }] });
  }
  return { kind: 'table', cells };
}

function toLines(parts: string[], line: number): RawLine[] {
  const ps = parts.length ? parts : [''];
  return ps.map((text, i) => ({ text: i < ps.length - 1 ? `${text} ` : text, page: null, line }));
}

/** Which columns hold numbers, judged from the rows that have every column. */
function columnProfile(rows: TabRow[], cols: number): boolean[] {
  const num = new Array(cols).fill(0);
  const all = new Array(cols).fill(0);
  for (const r of rows) {
    if (r.fields.length !== cols) continue;
    r.fields.forEach((f, c) => {
      const t = typeOf(f);
      if (t === 'empty') return;
      all[c]++;
      if (t === 'num') num[c]++;
    });
  }
  return num.map((n, c) => all[c] > 0 && n / all[c] >= 0.6);
}

/**
 * A row with fewer fields than columns lost its merged cells: place its fields,
 * in order, on the columns whose kind (number or text) fits them best.
 */
export function alignRow(fields: string[], cols: number, numericCol: boolean[]): string[] {
  const n = fields.length;
  const score = (f: string, c: number) => {
    const t = typeOf(f);
    if (t === 'empty') return 0;
    return (t === 'num') === numericCol[c] ? 2 : -2;
  };
  // best[i][c]: best score placing fields[i..] on columns c..
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array(cols + 1).fill(-Infinity));
  for (let c = 0; c <= cols; c++) best[n][c] = 0;
  for (let i = n - 1; i >= 0; i--)
    for (let c = cols - 1; c >= 0; c--) {
      if (cols - c < n - i) continue;
      best[i][c] = Math.max(best[i][c + 1], score(fields[i], c) + best[i + 1][c + 1]);
    }
  const out = new Array(cols).fill('');
  let c = 0;
  for (let i = 0; i < n; i++) {
    // skip a column only when that is strictly better: ties keep fields to the left
    while (c < cols - 1 && cols - (c + 1) >= n - i && best[i][c + 1] > score(fields[i], c) + best[i + 1][c + 1]) c++;
    out[c] = fields[i];
    c++;
  }
  return out;
}
