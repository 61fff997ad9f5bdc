// Tables whose every cell is a text block of its own, blank lines between, written a column at a time:
// what pdfminer's `pdf2txt` gives for a small table ("一级指标" / "投入" / "过程" / … / "合计" / "权重" /
// "15" / "25" / …, V's 表10). Nothing marks where a column ends; the shape proves it only as raw pdftotext's
// columns do (columnsTable, text-cells.ts): a label column of n cells (its head and n − 1 labels), then
// columns of a head and exactly n − 1 figures, every cell one line standing alone. The label column ends
// where the first figure's head stands, so n is no guess; a run the columns do not fill exactly, a label
// that is itself a column word (a table written row by row: "一级指标 / 权重 / 得分 / 投入 / 15 / …"),
// or any cell of another kind, and the lines stay table text as before.
import type { RawCell, RawTable } from '../model/document.js';
import { HEADER_WORD } from '../structure/reassemble.js';

/** A figure alone in its cell: "13.25", "6,842.35", "88.33%". */
const FIGURE = /^-?\d[\d,]*(?:\.\d+)?%?$/;
/** A page number between the cells ("— 12 —"): page furniture, no cell. */
const PAGE_NUMBER = /^[-—–]\s*\d{1,4}\s*[-—–]$/;
/** Fewer columns than this, or fewer body rows, prove no stride. */
const MIN_COLS = 3;
const MIN_ROWS = 2;
/** A cell is short and says no sentence. */
const CELL_MAX = 24;

const isLabel = (t: string) => !FIGURE.test(t) && t.length <= CELL_MAX && !/[。；！？，\s]/.test(t);
const isColumnWord = (t: string) => HEADER_WORD.test(t.replace(/\s/g, ''));

/**
 * The table a run of cell lines (tableCellRuns, text-cells.ts; indices into `lines`) holds when each cell
 * is a block of one line and the blocks are its columns one after another; otherwise null.
 */
export function cellColumnsTable(lines: string[], run: number[]): RawTable | null {
  const text = (k: number) => lines[k].trim();
  const alone = (k: number) => !(lines[k - 1] ?? '').trim() && !(lines[k + 1] ?? '').trim();
  const cells = run.filter((k) => !PAGE_NUMBER.test(text(k)));
  // every cell a block of its own: a wrapped cell or cells side by side are another tool's shape
  if (!cells.every(alone)) return null;
  const first = cells.findIndex((k) => FIGURE.test(text(k)));
  const n = first - 1;
  if (n < MIN_ROWS + 1 || cells.length % n !== 0) return null;
  const columns = Array.from({ length: cells.length / n }, (_, c) => cells.slice(c * n, (c + 1) * n));
  if (columns.length < MIN_COLS) return null;
  const [labels, ...figures] = columns;
  // the label column: its head a column word, its labels text and none a column word (then it is a header row)
  if (!isColumnWord(text(labels[0])) || !labels.every((k) => isLabel(text(k)))) return null;
  if (labels.slice(1).some((k) => isColumnWord(text(k)))) return null;
  if (!figures.every((col) => isLabel(text(col[0])) && col.slice(1).every((k) => FIGURE.test(text(k))))) return null;
  const out: RawCell[] = columns.flatMap((col, c) =>
    col.map((k, row) => ({ row, col: c, rowSpan: 1, colSpan: 1, lines: [{ text: text(k), page: null, line: k + 1 }] })),
  );
  return { kind: 'table', cells: out };
}
