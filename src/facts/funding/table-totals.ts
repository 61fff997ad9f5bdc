// The 合计 row of a plain table of amounts or counts by category (a department's income,
// expenditure, 三公经费 and staffing tables): each value column's total against the sum of
// its rows. A "其中：" row and the rows that continue it are a part of the row above (the
// parent), not more rows of the table: how many rows continue it is told by the parts
// adding up to their parent ("公务用车购置及运行维护费 24.36 | 其中：公务用车购置费 0.00 |
// 公务用车运行维护费 24.36 | 公务接待费 4.82": one row continues it). When that cannot be
// told, or a column is a rate (增减率（%）, 占比), nothing is read.
import type { Document, SpanRef, Table } from '../../model/document.js';
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
  total: { q: Quantity; span: SpanRef };
  /** The rows that add up to the total: the table's own rows, without the parts of a row. */
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

export function columnTotals(doc: Document): ColumnTotal[] {
  const out: ColumnTotal[] = [];
  for (const t of doc.tables) {
    if (t.rows < 4 || t.cols < 2) continue;
    const labels = Array.from({ length: t.rows }, (_, r) => textAt(t, r, 0).replace(/\s/g, ''));
    const totalRow = labels.findIndex((l, r) => r > 1 && COLUMN_TOTAL_LABEL.test(l));
    // one total, at the end; a table with 小计 rows nests groups this reading does not follow
    // (a 小计 may stand in the second column, under a group label merged down the first: "2021年 | 小计 | 664.00")
    const subtotals = labels.some((_, r) => [0, 1].some((c) => c < t.cols && /小计/.test(textAt(t, r, c))));
    if (totalRow < 0 || totalRow !== t.rows - 1 || subtotals) continue;
    const unit = unitOf(doc, t);
    const cols: number[] = [];
    for (let c = 1; c < t.cols; c++) {
      const head = textAt(t, 0, c);
      if (!head || RATE_HEAD.test(head)) continue;
      const all = labels.slice(1, totalRow + 1).map((_, i) => figure(textAt(t, i + 1, c)));
      if (all.some((q) => q === undefined) || figure(textAt(t, totalRow, c)) == null) continue;
      cols.push(c);
    }
    if (!cols.length) continue;
    const value = (r: number, c: number) => figure(textAt(t, r, c)) as Quantity | null;
    // which rows are the table's own: a "其中" row and the rows that continue it belong to the row above
    const own: number[] = [];
    let ok = true;
    for (let r = 1; r < totalRow && ok; ) {
      if (!/^其中/.test(labels[r])) {
        own.push(r);
        r++;
        continue;
      }
      const parent = own.at(-1);
      if (parent === undefined) {
        ok = false;
        break;
      }
      let next = r + 1;
      while (next < totalRow && !/^其中/.test(labels[next])) next++;
      // continuations: k of the rows after the 其中 row; the parts must add up to the parent in every column
      const fits: number[] = [];
      for (let k = 0; r + 1 + k <= next; k++) {
        const rows = Array.from({ length: k + 1 }, (_, i) => r + i);
        const adds = cols.every((c) => {
          const p = value(parent, c);
          const parts = sum(rows.map((x) => value(x, c)));
          return p === null ? parts.every((q) => q.value.isZero()) : sumConsistent(parts, p);
        });
        if (adds) fits.push(k);
      }
      if (fits.length !== 1) ok = false;
      else r += fits[0] + 1;
    }
    if (!ok) continue;
    const kind = (c: number): ColumnTotal['kind'] | null => {
      if (unit && MONEY_UNITS.test(unit)) return 'money';
      if ((unit && COUNT_UNITS.test(unit)) || COUNT_HEAD.test(textAt(t, 0, c))) return 'count';
      return null;
    };
    for (const c of cols) {
      const k = kind(c);
      if (!k) continue;
      // a count of people is exact: 16 + 11 + 27 is 54, not "55 within rounding"
      const exact = (q: Quantity | null) =>
        q && k === 'count' && q.decimals === 0 ? { ...q, decimals: EXACT_DECIMALS } : q;
      out.push({
        table: t,
        col: c,
        header: textAt(t, 0, c),
        kind: k,
        total: { q: exact(value(totalRow, c))!, span: span(t, totalRow, c) },
        parts: own.map((r) => ({ q: exact(value(r, c)), span: span(t, r, c), label: labels[r] })),
      });
    }
  }
  return out;
}
