// A 小计 column: in each row, the sum of the columns it closes ("年度 | 传承人补助 | 非遗工坊建设 | 生态保护区建设
// | 市县小计 | …"; under a header spanning them, "供水管网（公里）: DN110及以上 | DN63—DN90 | DN32—DN50 | 小计").
// The columns it closes are those under the same spanning header, or else those since the row labels or
// the last 小计 / 合计 column. A column is read only when that is certain: every row adds up, or one alone
// does not and the table's 合计 row says its 小计 cell is the figure to blame (the 小计 column's 合计 is
// the sum of the others' and of the rows with that cell as its row adds up, every other column adds up).
// A wrong 小计 in the 合计 row itself is the column check's (table-totals.ts), not read here.
import type { Document, Table } from '../../model/document.js';
import type { Quantity } from '../lang/numbers.js';
import { COLUMN_TOTAL_LABEL } from '../lang/totals.js';
import { sumConsistent } from '../tolerance.js';
import { columnKind, exactFor, figure, RATE_HEAD, span, textAt, unitOf } from './table-cells.js';
import type { ColumnTotal } from './table-totals.js';

/** "小计", "市县小计", "小计（万元）": a column that totals the columns before it. */
const SUBTOTAL_HEAD = /^[\u4e00-\u9fff]{0,6}小计(?:[（(][^（）()]{1,4}[)）])?$/;
/** "合计", "总计", "支出合计": a column that totals more than the columns since it. */
const TOTAL_HEAD = /(?:合计|总计|小计)(?:[（(][^（）()]{1,4}[)）])?$/;

/** The sums of a table's 小计 columns, row by row; `blamed`: the columns where one row's 小计 cell is wrong. */
export function subtotalColumns(doc: Document, t: Table): { sums: ColumnTotal[]; blamed: Set<number> } {
  const out: ColumnTotal[] = [];
  const blamed = new Set<number>();
  if (t.reading.kind === 'scoring' || t.reading.kind === 'summary' || t.rows < 3) return { sums: out, blamed };
  // a header of two rows when the first spans columns ("供水管网（公里）" over four)
  const twoRows = Array.from({ length: t.cols }, (_, c) => t.cells[t.grid[0][c]]).some((cell) => cell.colSpan > 1);
  const body = twoRows ? 2 : 1;
  if (t.rows - body < 2) return { sums: out, blamed };
  const head = (c: number) => (twoRows ? textAt(t, 1, c) || textAt(t, 0, c) : textAt(t, 0, c)).replace(/\s/g, '');
  const value = (r: number, c: number) => figure(textAt(t, r, c));
  const rows = Array.from({ length: t.rows - body }, (_, i) => body + i);
  const figures = (c: number) => rows.every((r) => value(r, c) !== undefined);
  const unit = unitOf(doc, t);
  const last = t.rows - 1;
  const hasTotalRow = COLUMN_TOTAL_LABEL.test(textAt(t, last, 0).replace(/\s/g, ''));
  for (let s = 1; s < t.cols; s++) {
    if (!SUBTOTAL_HEAD.test(head(s)) || !figures(s)) continue;
    const over = t.cells[t.grid[0][s]];
    let cols: number[];
    if (twoRows && over.colSpan > 1) {
      // the columns under the same header, the 小计 the last of them
      if (over.col + over.colSpan - 1 !== s) continue;
      cols = Array.from({ length: over.colSpan - 1 }, (_, i) => over.col + i);
    } else {
      let from = s - 1;
      while (from > 0 && figures(from) && !TOTAL_HEAD.test(head(from))) from--;
      cols = Array.from({ length: s - 1 - from }, (_, i) => from + 1 + i);
    }
    if (cols.length < 2 || cols.some((c) => !figures(c) || RATE_HEAD.test(head(c)))) continue;
    const kind = columnKind(twoRows ? [head(s), over.text.trim()] : [head(s)], unit);
    if (!kind) continue;
    const parts = (r: number) => cols.map((c) => value(r, c)).filter((q): q is Quantity => q != null);
    // a dash for a 小计 ("—") stands for none: the columns it closes must be none too
    const adds = (qs: Quantity[], total: Quantity | null) =>
      total === null ? qs.every((q) => q.value.isZero()) : sumConsistent(qs, total);
    const off = rows.filter((r) => !adds(parts(r), value(r, s) ?? null));
    if (off.length > 1) continue;
    if (off.length === 1) {
      const o = off[0];
      if (!hasTotalRow || o === last) continue;
      const column = (c: number, skip = -1) =>
        rows
          .filter((r) => r !== last && r !== skip)
          .map((r) => value(r, c))
          .filter((q): q is Quantity => q != null);
      const totalOf = (c: number) => value(last, c) ?? null;
      // every column it closes adds up to its 合计; the 小计 column does not, and does with o's cell as o's row adds up
      if (!cols.every((c) => adds(column(c), totalOf(c))) || adds(column(s), totalOf(s))) continue;
      if (!adds([...column(s, o), ...parts(o)], totalOf(s))) continue;
      blamed.add(s);
    }
    const exact = exactFor(kind);
    // a row is named by its first words left of the columns ("2022年", "杭埠镇"), a 序号 skipped, or by the label merged over it
    const rowLabel = (r: number) => {
      for (let c = 0; c < cols[0]; c++) {
        const w = textAt(t, r, c).replace(/\s/g, '');
        if (w && !/^\d+$/.test(w)) return w;
      }
      return t.cells[t.grid[r][0]].text.replace(/\s/g, '');
    };
    for (const r of rows) {
      const total = exact(value(r, s) ?? null);
      if (!total) continue;
      out.push({
        table: t,
        col: s,
        header: head(s),
        kind,
        scope: 'row',
        group: rowLabel(r),
        total: { q: total, span: span(t, r, s) },
        parts: cols.map((c) => ({ q: exact(value(r, c) ?? null), span: span(t, r, c), label: head(c) })),
      });
    }
  }
  return { sums: out, blamed };
}
