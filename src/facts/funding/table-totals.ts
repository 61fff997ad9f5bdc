// The 合计 row of a table of amounts or counts by category (a department's income,
// expenditure, 三公经费 and staffing tables; a programme's sub-projects): each value column's
// total against the sum of its rows, and in a table of groups each 小计 against its group's rows
// (table-groups.ts tells the groups). A "其中：" row and the rows that continue it are a part of the row above (the
// parent), not more rows of the table: how many rows continue it is told by the parts
// adding up to their parent ("公务用车购置及运行维护费 24.36 | 其中：公务用车购置费 0.00 |
// 公务用车运行维护费 24.36 | 公务接待费 4.82": one row continues it). When that cannot be
// told, or a column is a rate (增减率（%）, 占比), nothing is read.
import type { Document, SpanRef, Table } from '../../model/document.js';
import { readGroups, type TableGroups } from './table-groups.js';
import { parseQuantity, type Quantity } from '../lang/numbers.js';
import { sumConsistent } from '../tolerance.js';
import { EXACT_DECIMALS } from '../lang/score-words.js';
import { COLUMN_TOTAL_LABEL } from '../lang/totals.js';

/** "合计", "总计", "本年收入合计", "支出合计": the row that totals the table. */
/** A column of rates, not amounts: "增减率（%）", "执行率", "占比", "比例". */
const RATE_HEAD = /%|％|率|占比|比例|比重/;
const MONEY_UNITS = /^(?:元|千元|万元|百万元|亿元)$/;
const COUNT_UNITS = /^(?:人|名|个|户|辆|次|家|所)$/;
/** Headers that count people or things without a stated unit: 编制数, 实有人数. */
const COUNT_HEAD = /人数|编制数|户数|个数|车辆数/;
/** An empty figure: "—", "-", "/" stand for none (zero in a sum). */
const DASH = /^[—–\-/－]+$/;

export interface ColumnTotal {
  table: Table;
  col: number;
  header: string;
  kind: 'money' | 'count';
  /** table: the 合计 row against the table's own rows; group: a 小计 row against the rows of its group. */
  scope: 'table' | 'group';
  /** The group's label ("杭埠镇", "2022年度"), for a 小计; '' when the table writes none. */
  group?: string;
  total: { q: Quantity; span: SpanRef };
  /** The rows that add up to the total: the table's own rows (or the group's), without the parts of a row. */
  parts: { q: Quantity | null; span: SpanRef; label: string }[];
}

const span = (t: Table, r: number, c: number): SpanRef => ({ block: t.index, cell: { row: r, col: c } });
const textAt = (t: Table, r: number, c: number) => {
  const cell = t.cells[t.grid[r][c]];
  return cell.row === r && cell.col === c ? cell.text.trim() : '';
};

/** A cell's figure: a number, null for a dash; undefined when it holds none. */
function figure(text: string): Quantity | null | undefined {
  if (DASH.test(text)) return null;
  const q = parseQuantity(text);
  return q && !q.comparator && (q.unit === null || MONEY_UNITS.test(q.unit) || COUNT_UNITS.test(q.unit))
    ? q
    : undefined;
}

/** The unit the table states: "（单位：万元）" in a cell or in one of the two paragraphs before it. */
function unitOf(doc: Document, t: Table): string | null {
  const texts = [...t.cells.map((c) => c.text)];
  for (let b = t.index - 1; b >= Math.max(0, t.index - 2); b--) {
    const blk = doc.blocks[b];
    if (blk.kind === 'paragraph') texts.push(blk.text);
  }
  for (const s of texts) {
    const m = /单位[：:]\s*([\u4e00-\u9fff]{1,3})/.exec(s);
    if (m && (MONEY_UNITS.test(m[1]) || COUNT_UNITS.test(m[1]))) return m[1];
  }
  return null;
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

/** The unit a column's header states: "投资（万元）", "受益人口（人）"; null when it states none. */
const headUnit = (head: string) => /[（(]\s*([^（）()\s]{1,4})\s*[)）]\s*$/.exec(head)?.[1] ?? null;
/** Units of what is neither money nor people: "管网（公里）", "水表（只）", "加压泵站（座）". */
const OTHER_UNITS = /^(?:公里|千米|米|km|吨|立方米|方|亩|平方米|座|只|处|套|台|眼|口)$/;

export function columnTotals(doc: Document): ColumnTotal[] {
  const out: ColumnTotal[] = [];
  for (const t of doc.tables) {
    if (t.rows < 4 || t.cols < 2) continue;
    const labels = Array.from({ length: t.rows }, (_, r) => textAt(t, r, 0).replace(/\s/g, ''));
    const totalRow = labels.findIndex((l, r) => r > 1 && COLUMN_TOTAL_LABEL.test(l));
    // one total, at the end
    if (totalRow < 0 || totalRow !== t.rows - 1) continue;
    const grouped = readGroups(t, totalRow);
    // a 小计 in a score table is one indicator's subtotal, the score rules' to check; a 小计 whose group
    // cannot be told ("中央资金小计", 小计 in both of the first two columns) leaves the table unread
    const hasSubtotal = labels.some((_, r) => [0, 1].some((c) => c < t.cols && /小计/.test(textAt(t, r, c))));
    if (hasSubtotal && (!grouped || t.reading.kind === 'scoring' || t.reading.kind === 'summary')) continue;
    const itemCol = grouped?.itemCol ?? 0;
    const unit = unitOf(doc, t);
    const cols: number[] = [];
    for (let c = itemCol + 1; c < t.cols; c++) {
      const head = textAt(t, 0, c);
      if (!head || RATE_HEAD.test(head)) continue;
      const all = labels.slice(1, totalRow + 1).map((_, i) => figure(textAt(t, i + 1, c)));
      if (all.some((q) => q === undefined) || figure(textAt(t, totalRow, c)) == null) continue;
      cols.push(c);
    }
    if (!cols.length) continue;
    const value = (r: number, c: number) => figure(textAt(t, r, c)) as Quantity | null;
    // a "其中" part is told by the label of its row: the first column's, or the second's under group labels
    const isPart = (r: number) => /^其中/.test(textAt(t, r, itemCol).replace(/\s/g, ''));
    const kind = (c: number): ColumnTotal['kind'] | null => {
      const own = headUnit(textAt(t, 0, c));
      if (own && MONEY_UNITS.test(own)) return 'money';
      if (own && COUNT_UNITS.test(own)) return 'count';
      // "管网（公里）": a length, neither money nor a count of people, whatever the table's unit
      if (own && OTHER_UNITS.test(own)) return null;
      if (unit && MONEY_UNITS.test(unit)) return 'money';
      if ((unit && COUNT_UNITS.test(unit)) || COUNT_HEAD.test(textAt(t, 0, c))) return 'count';
      return null;
    };
    const sums = grouped
      ? groupedSums(t, grouped, cols, value, isPart)
      : plainSums(totalRow, cols, value, isPart, (r) => labels[r]);
    if (!sums) continue;
    for (const s of sums) {
      const k = kind(s.col);
      if (!k) continue;
      // a count of people is exact: 16 + 11 + 27 is 54, not "55 within rounding"
      const exact = (q: Quantity | null) =>
        q && k === 'count' && q.decimals === 0 ? { ...q, decimals: EXACT_DECIMALS } : q;
      out.push({
        table: t,
        col: s.col,
        header: textAt(t, 0, s.col),
        kind: k,
        scope: s.scope,
        ...(s.group !== undefined ? { group: s.group } : {}),
        total: { q: exact(value(s.total, s.col))!, span: span(t, s.total, s.col) },
        parts: s.parts.map((r) => ({ q: exact(value(r, s.col)), span: span(t, r, s.col), label: s.label(r) })),
      });
    }
  }
  return out;
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
  totalRow: number,
  cols: number[],
  value: (r: number, c: number) => Quantity | null,
  isPart: (r: number) => boolean,
  label: (r: number) => string,
): StatedSum[] | null {
  const own = ownRows(
    Array.from({ length: totalRow - 1 }, (_, i) => i + 1),
    isPart,
    cols,
    value,
  );
  return own && cols.map((col) => ({ col, scope: 'table', total: totalRow, parts: own, label }));
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
  grouped: TableGroups,
  cols: number[],
  value: (r: number, c: number) => Quantity | null,
  isPart: (r: number) => boolean,
): StatedSum[] | null {
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
  const out: StatedSum[] = [];
  for (const col of cols) {
    // a dash for a total ("—") stands for none: its rows must be none too
    const adds = (rows: number[], total: number) => {
      const parts = sum(rows.map((r) => value(r, col)));
      const tq = value(total, col);
      return tq === null ? parts.every((q) => q.value.isZero()) : sumConsistent(parts, tq);
    };
    const off = groups.filter((g, i) => !adds(own[i], g.subtotal));
    const units = [...groups.map((g) => g.subtotal), ...alone].sort((a, b) => a - b);
    const leaves = [...own.flat(), ...alone].sort((a, b) => a - b);
    let parts: number[];
    if (!off.length) parts = units;
    else if (off.length === 1 && groups.length > 1 && adds(leaves, totalRow)) parts = leaves;
    else if (off.length === 1 && groups.length > 1 && adds(units, totalRow)) parts = units;
    else continue;
    // a 小计 written "—" states no figure to check
    groups.forEach((g, i) => {
      if (value(g.subtotal, col))
        out.push({ col, scope: 'group', group: g.label, total: g.subtotal, parts: own[i], label });
    });
    out.push({ col, scope: 'table', total: totalRow, parts, label: unitLabel });
  }
  return out;
}
