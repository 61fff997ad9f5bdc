// The 合计 row of a table of amounts or counts by category (a department's income, expenditure,
// 三公经费 and staffing tables; a programme's sub-projects): each value column's total against the
// sum of its rows, in a table of groups each 小计 against its group's rows (table-groups.ts tells the
// groups), and a 小计 column against the columns it totals (subtotal-columns.ts). A "其中：" row and
// the rows that continue it are a part of the row above (the parent), not more rows of the table:
// how many rows continue it is told by the parts adding up to their parent ("公务用车购置及运行维护费 24.36 | 其中：公务用车购置费 0.00 |
// 公务用车运行维护费 24.36 | 公务接待费 4.82": one row continues it). When that cannot be
// told, or a column is a rate (增减率（%）, 占比) or an average (次均, 人均), nothing is read.
import type { Document, SpanRef, Table } from '../../model/document.js';
import { isStated, type Quantity } from '../lang/numbers.js';
import { sumConsistent } from '../tolerance.js';
import { COLUMN_TOTAL_LABEL } from '../lang/totals.js';
import {
  columnKind,
  continuesAbove,
  exactFor,
  figure,
  AVERAGE_HEAD,
  RATE_HEAD,
  span,
  spanKey,
  textAt,
  unitOf,
  type TotalKind,
} from './table-cells.js';
import { readGroups, type TableGroups } from './table-groups.js';
import { codeTree, type CodeTree } from './table-codes.js';
import { subtotalColumns } from './subtotal-columns.js';
import { blameByIdentity, type RowIdentity } from './row-identity.js';

export interface ColumnTotal {
  table: Table;
  col: number;
  header: string;
  kind: TotalKind;
  /**
   * table: the 合计 row against the table's own rows; group: a 小计 row against the rows of its group;
   * row: a 小计 column's cell against the columns it totals in its row (their headers the parts' labels).
   */
  scope: 'table' | 'group' | 'row';
  /** The group's label ("杭埠镇", "2022年度") for a 小计 row, '' when the table writes none; the row's for a 小计 column. */
  group?: string;
  total: { q: Quantity; span: SpanRef };
  /** The rows that add up to the total: the table's own rows (or the group's), without the parts of a row. */
  parts: { q: Quantity | null; span: SpanRef; label: string }[];
  /**
   * The one row whose figure is wrong, when the rows do not add up and the table's own identity of each row
   * (row-identity.ts: 完成率 = 户 ÷ 任务, 补助金额 = 核定 × 补助比例) tells it: the total less the other rows
   * restores it. The total is then right.
   */
  blamed?: {
    q: Quantity;
    span: SpanRef;
    label: string;
    restored: string;
    op: RowIdentity['op'];
    rate: { header: string; text: string; span: SpanRef };
    other: { header: string; text: string; span: SpanRef };
  };
}

const sum = (qs: (Quantity | null)[]): Quantity[] => qs.filter((q): q is Quantity => q !== null);

/**
 * The rows of a run of body rows that are the table's own: a "其中" row and the rows that continue it
 * belong to the row above (k continuations when, in every column, exactly k of them make the parts add up
 * to the parent); null when that cannot be told.
 */
function ownRows(
  run: number[],
  isPart: (r: number) => boolean,
  cols: number[],
  value: (r: number, c: number) => Quantity | null,
): number[] | null {
  const own: number[] = [];
  for (let i = 0; i < run.length; ) {
    if (!isPart(run[i])) {
      own.push(run[i]);
      i++;
      continue;
    }
    const parent = own.at(-1);
    if (parent === undefined) return null;
    let next = i + 1;
    while (next < run.length && !isPart(run[next])) next++;
    const fits: number[] = [];
    for (let k = 0; i + 1 + k <= next; k++) {
      const rows = run.slice(i, i + k + 1);
      const adds = cols.every((c) => {
        const p = value(parent, c);
        const parts = sum(rows.map((x) => value(x, c)));
        return p === null ? parts.every((q) => q.value.isZero()) : sumConsistent(parts, p);
      });
      if (adds) fits.push(k);
    }
    if (fits.length !== 1) return null;
    i += fits[0] + 1;
  }
  return own;
}

export function columnTotals(doc: Document): ColumnTotal[] {
  const out: ColumnTotal[] = [];
  for (const t of doc.tables) {
    if (t.rows < 4 || t.cols < 2) continue;
    // a 小计 column whose one wrong cell breaks its 合计 too: that cell is blamed, not the 合计 below it
    const bySubtotalColumn = subtotalColumns(doc, t);
    out.push(...bySubtotalColumn.sums);
    // a piece after "附件7（续）": its 合计 is the whole table's, not the sum of the rows on this page
    if (continuesAbove(doc, t)) continue;
    const labels = Array.from({ length: t.rows }, (_, r) => textAt(t, r, 0).replace(/\s/g, ''));
    const totalRow = labels.findIndex((l, r) => r > 1 && COLUMN_TOTAL_LABEL.test(l));
    // one total, at the end
    if (totalRow < 0 || totalRow !== t.rows - 1) continue;
    // a table of groups is read under a header of one row only
    const grouped = secondHeaderRow(t) ? null : readGroups(t, totalRow);
    // labels beside the middle of their rows (text laid out by page): the groups since each last 小计
    const sinceLast = grouped?.itemCol === 1 ? readGroups(t, totalRow, false) : null;
    // a 小计 in a score table is one indicator's subtotal, the score rules' to check; a 小计 whose group
    // cannot be told ("中央资金小计", 小计 in both of the first two columns) leaves the table unread
    const hasSubtotal = labels.some((_, r) => [0, 1].some((c) => c < t.cols && /小计/.test(textAt(t, r, c))));
    if (hasSubtotal && (!grouped || t.reading.kind === 'scoring' || t.reading.kind === 'summary')) continue;
    const itemCol = grouped?.itemCol ?? 0;
    const unit = unitOf(doc, t);
    const heads = headNames(t);
    const body = heads.rows;
    const cols: number[] = [];
    for (let c = itemCol + 1; c < t.cols; c++) {
      const head = heads.name(c);
      if (!head || RATE_HEAD.test(head) || AVERAGE_HEAD.test(head)) continue;
      const all = labels.slice(body, totalRow + 1).map((_, i) => figure(textAt(t, i + body, c)));
      if (all.some((q) => q === undefined) || figure(textAt(t, totalRow, c)) == null) continue;
      cols.push(c);
    }
    if (!cols.length) continue;
    const value = (r: number, c: number) => figure(textAt(t, r, c)) as Quantity | null;
    // a "其中" part is told by the label of its row: the first column's, or the second's under group labels
    const isPart = (r: number) => /^其中/.test(textAt(t, r, itemCol).replace(/\s/g, ''));
    const kind = (c: number) => columnKind(heads.parts(c), unit);
    // rows nested by classification code ("213 | 21301 | 2130101"): a row is named by the words after its code
    const tree = grouped
      ? null
      : codeTree(
          t,
          Array.from({ length: totalRow - body }, (_, i) => i + body),
        );
    const firstFigure = Math.min(...cols);
    const named = (r: number) =>
      Array.from({ length: firstFigure - 1 }, (_, i) => textAt(t, r, i + 1).replace(/\s/g, '')).find(Boolean) ??
      labels[r];
    const sums = tree
      ? codeSums(tree, totalRow, cols, value, named)
      : grouped
        ? groupedSums(t, sinceLast ? [grouped, sinceLast] : [grouped], cols, value, isPart)
        : plainSums(body, totalRow, cols, value, isPart, (r) => labels[r]);
    if (!sums) continue;
    for (const s of sums) {
      if (bySubtotalColumn.blamed.has(s.col)) continue;
      const k = kind(s.col);
      if (!k) continue;
      const exact = exactFor(k);
      const total = { q: exact(value(s.total, s.col))!, span: span(t, s.total, s.col) };
      const parts = s.parts.map((r) => ({ q: exact(value(r, s.col)), span: span(t, r, s.col), label: s.label(r) }));
      const adds = sumConsistent(
        parts.filter(isStated).map((p) => p.q),
        total.q,
      );
      const b = adds ? null : blameByIdentity(t, s.col, s.total, s.parts, value);
      const cell = (r: number, c: number) => ({ header: heads.name(c), text: textAt(t, r, c), span: span(t, r, c) });
      out.push({
        table: t,
        col: s.col,
        header: heads.name(s.col),
        kind: k,
        scope: s.scope,
        ...(s.group !== undefined ? { group: s.group } : {}),
        total,
        parts,
        ...(b && {
          blamed: {
            q: value(b.row, s.col)!,
            span: span(t, b.row, s.col),
            label: s.label(b.row),
            restored: b.restored,
            op: b.identity.op,
            rate: cell(b.row, b.identity.rateCol),
            other: cell(b.row, b.identity.otherCol),
          },
        }),
      });
    }
  }
  return out;
}

/**
 * A header of two rows: a group's name over the columns it holds ("编制数" over 行政 | 事业 | 工勤 | 小计),
 * each column below it named by a label of its own. Row 1 is such a row when every column after the first
 * is named there (a label, no figure) or by a cell of row 0 reaching down, and row 0 groups some of them
 * (a cell across two or more columns, or a group's name written once with the cells beside it left empty).
 */
function secondHeaderRow(t: Table): boolean {
  if (t.rows < 5) return false;
  let grouping = false;
  for (let c = 0; c < t.cols; c++) {
    const up = t.cells[t.grid[0][c]];
    const below = t.cells[t.grid[1][c]];
    if (c > 0 && (up.colSpan > 1 || !up.text.trim())) grouping = true;
    if (below.row === 0) continue;
    const text = textAt(t, 1, c);
    // the first column's cell under its name may be left empty
    if (c === 0 ? text !== '' && figure(text) !== undefined : !text || figure(text) !== undefined) return false;
  }
  return grouping;
}

/** The columns' names and the first body row: under a header of two rows, a column's name is its group's and
 *  its own ("编制数·行政", "实有人数·小计"), so that each column is read with its own rows. */
function headNames(t: Table): { rows: number; name: (c: number) => string; parts: (c: number) => string[] } {
  if (!secondHeaderRow(t)) return { rows: 1, name: (c) => textAt(t, 0, c), parts: (c) => [textAt(t, 0, c)] };
  const parts = (c: number): string[] => {
    // the group: the cell of row 0 over the column, or its name written once to the left (the rest left empty)
    let upper = t.cells[t.grid[0][c]].text.trim();
    for (let k = c - 1; k >= 1 && !upper; k--) upper = t.cells[t.grid[0][k]].text.trim();
    const lower = t.cells[t.grid[1][c]].row === 1 ? textAt(t, 1, c) : '';
    return [upper, lower].filter(Boolean);
  };
  return { rows: 2, name: (c) => parts(c).join('·'), parts };
}

/** One sum a table states: the row `total` of column `col` is the sum of the rows `parts`. */
interface StatedSum {
  col: number;
  scope: ColumnTotal['scope'];
  group?: string;
  total: number;
  parts: number[];
  label: (r: number) => string;
}

/** A table without groups: its 合计 is the sum of its own rows. */
function plainSums(
  firstRow: number,
  totalRow: number,
  cols: number[],
  value: (r: number, c: number) => Quantity | null,
  isPart: (r: number) => boolean,
  label: (r: number) => string,
): StatedSum[] | null {
  const own = ownRows(
    Array.from({ length: totalRow - firstRow }, (_, i) => i + firstRow),
    isPart,
    cols,
    value,
  );
  return own && cols.map((col) => ({ col, scope: 'table', total: totalRow, parts: own, label }));
}

/** The rows add up to the row `total` in column `col`; a dash for a total ("—") stands for none: its rows must be none too. */
function addsUp(value: (r: number, c: number) => Quantity | null, col: number, rows: number[], total: number) {
  const parts = sum(rows.map((r) => value(r, col)));
  const tq = value(total, col);
  return tq === null ? parts.every((q) => q.value.isZero()) : sumConsistent(parts, tq);
}

/**
 * A table nested by classification code (table-codes.ts): each row that opens others against them (a 类
 * against its 款, a 款 against its 项), the 合计 against the top rows. As with groups, a column is read
 * only when which figure is wrong can be told: every level adds up; or one row alone does not (the 合计
 * then held to the top rows or to the lowest, whichever it agrees with); or a row and the one above it do
 * not, and the row's own lines in its place make the one above add up (the row is the slip, "21301 农业农村"
 * off and "213 农林水支出" with it, and only it is held to its lines). Otherwise nothing is said.
 */
function codeSums(
  tree: CodeTree,
  totalRow: number,
  cols: number[],
  value: (r: number, c: number) => Quantity | null,
  label: (r: number) => string,
): StatedSum[] {
  const out: StatedSum[] = [];
  const leaves = [...tree.top, ...tree.parent.keys()].filter((r) => !tree.children.has(r)).sort((a, b) => a - b);
  for (const col of cols) {
    const adds = (rows: number[], total: number) => addsUp(value, col, rows, total);
    const off = [...tree.children].filter(([p, kids]) => !adds(kids, p)).map(([p]) => p);
    let excused: number | null = null;
    if (off.length === 2) {
      const [a, b] = off;
      const child = tree.parent.get(a) === b ? a : tree.parent.get(b) === a ? b : null;
      if (child === null) continue;
      const up = tree.parent.get(child)!;
      const mended = tree.children.get(up)!.flatMap((r) => (r === child ? tree.children.get(child)! : [r]));
      if (!adds(mended, up)) continue;
      excused = up;
    } else if (off.length > 2) continue;
    const parts = !off.length || adds(tree.top, totalRow) ? tree.top : adds(leaves, totalRow) ? leaves : null;
    if (!parts) continue;
    for (const [p, kids] of tree.children)
      if (p !== excused && value(p, col))
        out.push({ col, scope: 'group', group: label(p), total: p, parts: kids, label });
    out.push({ col, scope: 'table', total: totalRow, parts, label });
  }
  return out;
}

/**
 * A table of groups closed by 小计 rows: each 小计 is the sum of its group's rows, and the 合计 the sum of
 * the 小计 rows and the rows in no group, which is the sum of all rows but the 小计 when every group adds up.
 * A column is read only when the groups are certain: every 小计 adds up, or one alone does not and the 合计
 * agrees with the rest; then that 小计 is the figure to blame, not the 合计 ("杭埠镇 小计 1,362.58": its nine
 * rows add to 1,326.58, and so does the 合计 13,460.00 less the other townships'). Two groups that do not add
 * up, or a 合计 that agrees with neither sum, may be a grouping this reading does not see: nothing is said.
 */
function groupedSums(
  t: Table,
  readings: TableGroups[],
  cols: number[],
  value: (r: number, c: number) => Quantity | null,
  isPart: (r: number) => boolean,
): StatedSum[] | null {
  const read = readings.map((g) => readingOf(t, g, cols, value, isPart));
  if (read.some((x) => !x)) return null;
  const out: StatedSum[] = [];
  for (const col of cols) {
    // the reading under which fewer 小计 fail to add up (by label, or since the last 小计)
    const [best] = read.map((x) => x!(col)).sort((a, b) => a.off - b.off);
    out.push(...best.sums);
  }
  return out;
}

/** One reading of a table's groups, column by column: how many 小计 do not add up, and the sums to hold it to. */
function readingOf(
  t: Table,
  grouped: TableGroups,
  cols: number[],
  value: (r: number, c: number) => Quantity | null,
  isPart: (r: number) => boolean,
): ((col: number) => { off: number; sums: StatedSum[] }) | null {
  const { itemCol, groups, loose } = grouped;
  const totalRow = t.rows - 1;
  const members = groups.map((g) => ownRows(g.rows, isPart, cols, value));
  const alone = ownRows(loose, isPart, cols, value);
  if (!alone || members.some((m) => !m)) return null;
  const own = members as number[][];
  // a row is named by its first words left of the figures, a 序号 skipped: "三冲村老旧管网改造工程"
  const firstFigure = Math.min(...cols);
  const label = (r: number) => {
    for (let c = itemCol; c < firstFigure; c++) {
      const s = textAt(t, r, c).replace(/\s/g, '');
      if (s && !/^\d+$/.test(s)) return s;
    }
    return textAt(t, r, 0).replace(/\s/g, '');
  };
  const groupOf = new Map(groups.map((g) => [g.subtotal, g.label]));
  const unitLabel = (r: number) => (groupOf.has(r) ? `${groupOf.get(r)}小计` : label(r));
  return (col) => {
    // a dash for a total ("—") stands for none: its rows must be none too
    const adds = (rows: number[], total: number) => {
      const parts = sum(rows.map((r) => value(r, col)));
      const tq = value(total, col);
      return tq === null ? parts.every((q) => q.value.isZero()) : sumConsistent(parts, tq);
    };
    const off = groups.filter((g, i) => !adds(own[i], g.subtotal)).length;
    const units = [...groups.map((g) => g.subtotal), ...alone].sort((a, b) => a - b);
    const leaves = [...own.flat(), ...alone].sort((a, b) => a - b);
    let parts: number[];
    if (!off) parts = units;
    else if (off === 1 && groups.length > 1 && adds(leaves, totalRow)) parts = leaves;
    else if (off === 1 && groups.length > 1 && adds(units, totalRow)) parts = units;
    else return { off, sums: [] };
    const sums: StatedSum[] = [];
    // a 小计 written "—" states no figure to check
    groups.forEach((g, i) => {
      if (value(g.subtotal, col))
        sums.push({ col, scope: 'group', group: g.label, total: g.subtotal, parts: own[i], label });
    });
    sums.push({ col, scope: 'table', total: totalRow, parts, label: unitLabel });
    return { off, sums };
  };
}

/**
 * The total cells whose rows do not add up to them ("spanKey" of each): a figure computed from such a cell is not
 * checked, since which figure is wrong is money/column-total's to say.
 */
export function unsoundTotalCells(totals: readonly ColumnTotal[]): Set<string> {
  return new Set(
    totals
      .filter((c) => {
        const parts = c.parts.filter(isStated).map((p) => p.q);
        return parts.length >= 2 && !sumConsistent(parts, c.total.q);
      })
      .map((c) => spanKey(c.total.span)),
  );
}
