// Funding figures in tables: header cells naming a kind ("计划投资额（万元）", "实际到位资金"),
// rows naming a source or an item, the unit stated once for the table, 合计 and 小计 rows.
import { Decimal } from 'decimal.js';
import type { Document, Table } from '../../model/document.js';
import { cellAt } from '../../structure/grid.js';
import { accountLabel, codeTree } from './table-codes.js';
import { continuesAbove } from './table-cells.js';
import { parseQuantity, scaleOf, type Quantity } from '../lang/numbers.js';
import { GROUP_SUBTOTAL_LABEL, MONEY_TOTAL_LABEL, SUBTOTAL_LABEL } from '../lang/totals.js';
import type { FundBreakdown, FundFigure, FundSource } from './figures.js';
import { CATEGORY, type KindWord, MONEY_UNIT, isRate, lastKindWord, sourceOf } from './vocabulary.js';

// ---------------------------------------------------------------- tables

interface TableUnit {
  unit: string | null;
  scale: Decimal;
}

function unitIn(text: string): TableUnit | null {
  const m = /(?:单位[：:]?\s*|（|\()(元|千元|万元|百万元|亿元)(?:）|\)|$|[，;；\s])/.exec(text);
  return m ? { unit: m[1], scale: scaleOf(m[1]) } : null;
}

/** The unit a table states once for all its figures: in any cell "单位：万元", or in the paragraph just before it. */
export function tableUnit(doc: Document, t: Table): TableUnit | null {
  for (const c of t.cells)
    if (/单位/.test(c.text)) {
      const u = unitIn(c.text);
      if (u) return u;
    }
  for (let b = t.index - 1; b >= Math.max(0, t.index - 2); b--) {
    const blk = doc.blocks[b];
    if (blk.kind !== 'paragraph') break;
    if (/单位/.test(blk.text)) {
      const u = unitIn(blk.text);
      if (u) return u;
    }
  }
  return null;
}

/** The unit a spanning header states for the columns under it: "资金情况（元）" over 预算安排 | 实际到位. */
function unitAbove(t: Table, r: number, col: number): TableUnit | null {
  for (let rr = r - 1; rr >= 0; rr--) {
    const c = cellAt(t, rr, col);
    if (c) {
      const u = unitIn(c.text);
      if (u) return u;
    }
  }
  return null;
}

/** A header cell naming a funding kind: "计划投资额（万元）", "实际到位资金", "全年执行数", "结余". */
export function headerKind(text: string): KindWord | null {
  const t = text.replace(/（[^）]*）|\([^)]*\)/g, '').replace(/\s/g, '');
  if (!t || t.length > 14 || /\d/.test(t)) return null;
  const kw = lastKindWord(t);
  if (!kw) return null;
  // the kind word must be most of the header: "实际使用情况", "预算数", not "资金使用合规性"
  const rest = t.slice(kw.end);
  if (!/^(?:资金|经费|金额|总额|数|额|情况|数额|金额合计|安排)?$/.test(rest)) return null;
  // "执行（%）", "到位(%)": a column in % is the rate of what it names, never an amount
  if (/[（(]\s*[%％]\s*[）)]|[%％]$/.test(text) && !isRate(kw.w.kind)) {
    if (kw.w.kind === 'spent') return RATE_OF.spent;
    if (kw.w.kind === 'arrived') return RATE_OF.arrived;
    return null;
  }
  return kw.w;
}

const RATE_OF = {
  spent: { re: /执行率/g, kind: 'executionRate' as const },
  arrived: { re: /到位率/g, kind: 'arrivalRate' as const },
};

const isNumberCell = (s: string) =>
  parseQuantity(s) !== null && /^[≥≤><]?\s*-?[\d.,，]+\s*(?:%|元|千元|万元|亿元)?$/.test(s);

function cellQuantity(text: string, kw: KindWord, unit: TableUnit | null): { q: Quantity; unitKnown: boolean } | null {
  const q = parseQuantity(text.trim());
  if (!q) return null;
  if (isRate(kw.kind)) {
    if (q.unit === '%' || q.unit === null)
      return { q: { ...q, unit: '%', scale: new Decimal('0.01') }, unitKnown: true };
    return null;
  }
  if (q.unit && MONEY_UNIT.test(q.unit)) return { q, unitKnown: true };
  if (q.unit) return null;
  if (unit) return { q: { ...q, unit: unit.unit, scale: unit.scale }, unitKnown: true };
  return { q, unitKnown: false };
}

function distinctCellsEndingAt(t: Table, r: number): number[] {
  const ids: number[] = [];
  for (const id of t.grid[r] ?? [])
    if (!ids.includes(id) && t.cells[id].row + t.cells[id].rowSpan - 1 === r) ids.push(id);
  return ids;
}

function distinctCellsInRow(t: Table, r: number): number[] {
  const ids: number[] = [];
  for (const id of t.grid[r] ?? []) if (!ids.includes(id) && t.cells[id].row === r) ids.push(id);
  return ids;
}

/** The column of row labels left of `firstKind` under header row `r`: the nearest whose cells below are not all figures. */
function labelColumn(t: Table, r: number, firstKind: number): number {
  const figures = (col: number) => {
    let n = 0;
    for (let rr = r + 1; rr < t.rows; rr++) {
      const text = cellAt(t, rr, col)?.text.trim() ?? '';
      if (!text) continue;
      if (!isNumberCell(text)) return false;
      n++;
    }
    return n > 0;
  };
  let col = firstKind - 1;
  while (col > 0 && figures(col)) col--;
  return Math.max(0, col);
}

/** A header cell naming one year: "2023年度", "2024年（万元）". */
export const YEAR_COLUMN_HEAD = /^((?:19|20)\d{2})年度?(?:[(（](?:万?元)[)）])?$/;

/**
 * "2023年度" spanning the header rows above a kind column (2023年度 over 预算 | 支出): that year. A span
 * flattened to empty cells (pandoc's markdown: "2023年度 | (empty)" over 预算 | 支出) is its first cell's.
 */
function yearAbove(t: Table, r: number, col: number): string | null {
  for (let rr = r - 1; rr >= 0; rr--) {
    let c = col;
    while (c > 0 && !(cellAt(t, rr, c)?.text.trim() ?? '')) c--;
    const y = YEAR_COLUMN_HEAD.exec((cellAt(t, rr, c)?.text ?? '').replace(/\s/g, ''));
    if (y) return y[1];
  }
  return null;
}

/**
 * Whose figures each kind column holds in a header of per-year pairs ("2023年度 | 2024年度 | 两年合计" each
 * over 预算 | 支出, then 执行率): under a year, that year's (scope "year:2023"), never the programme's; under
 * no year, the programme's. A rate column under no year is the rate of the pair just before it when that pair
 * is of no year or the only kind of pair; after several years' pairs and none of the whole, whose it is is
 * not known ("year:?": compared with nothing).
 */
function yearScopes(t: Table, r: number, heads: Array<{ cell: Table['cells'][number]; kw: KindWord | null }>) {
  const years = heads.map((h) => yearAbove(t, h.cell.row, h.cell.col));
  if (years.every((y) => y === null)) return heads.map(() => null);
  const scopes = years.map((y) => (y === null ? null : `year:${y}`));
  const amounts = heads.map((h, i) => ({ h, i })).filter((x) => !isRate(x.h.kw!.kind));
  heads.forEach((h, i) => {
    if (!isRate(h.kw!.kind) || years[i] !== null) return;
    const before = amounts.filter((x) => x.h.cell.col < h.cell.col).at(-1);
    const kinds = new Set(amounts.map((x) => scopes[x.i]));
    scopes[i] = before && (scopes[before.i] === null || kinds.size === 1) ? scopes[before.i] : 'year:?';
  });
  return scopes;
}

export function figuresFromTable(
  doc: Document,
  t: Table,
  out: FundFigure[],
  breakdowns: FundBreakdown[],
  // the words naming a part of the whole's money (a department's report adds 项目支出)
  categories: RegExp = CATEGORY,
): void {
  const tUnit = tableUnit(doc, t);
  const headerRows = new Set<number>();
  // Layout A: a header row of kinds (预算数 | 到位数 | 支出数 …), sources or items down the first column.
  for (let r = 0; r < t.rows - 1; r++) {
    // the header cells that end on this row: on a two-row header "到位率" spans both rows and
    // stands with "预算数 | 到位数" under "金额（万元）"
    const heads = distinctCellsEndingAt(t, r)
      .map((id) => ({ cell: t.cells[id], kw: headerKind(t.cells[id].text) }))
      .filter((h) => h.kw !== null && h.cell.text.trim() !== '');
    if (heads.length < 2) continue;
    const below = (h: (typeof heads)[number]) => cellAt(t, r + 1, h.cell.col)?.text ?? '';
    if (!heads.some((h) => isNumberCell(below(h))) || heads.some((h) => headerKind(below(h)))) continue;
    headerRows.add(r);
    // the row labels stand left of the first kind column ("项目资金（万元）" may span the rows before them): the
    // nearest column not of figures ("年度 | 传承人补助 | … | 支出合计 | 预算数 | 执行率": 年度, not 支出合计)
    const labelCol = labelColumn(t, r, Math.min(...heads.map((h) => h.cell.col)));
    // "项目资金（万元）" in a label cell of the header row, left of the kinds: the unit of the whole block
    const rowLabelUnit =
      distinctCellsInRow(t, r)
        .map((id) => t.cells[id])
        .filter((c) => c.col <= labelCol || (c.row < r && c.col + c.colSpan <= labelCol + 1))
        .map((c) => unitIn(c.text))
        .find((u) => u !== null) ?? unitIn(cellAt(t, r, 0)?.text ?? '');
    if (heads.some((h) => h.cell.col === labelCol)) continue;
    const rows: Array<{ r: number; label: string; source: FundSource | null; isTotal: boolean }> = [];
    for (let rr = r + 1; rr < t.rows; rr++) {
      if (!heads.some((h) => isNumberCell(cellAt(t, rr, h.cell.col)?.text ?? ''))) break;
      const label = (cellAt(t, rr, labelCol)?.text ?? '').replace(/\s/g, '');
      rows.push({ r: rr, label, source: sourceOf(label), isTotal: MONEY_TOTAL_LABEL.test(label) });
    }
    // rows nested by classification code ("213 农林水支出 | 21301 农业农村 | 2130199 其他农业农村支出",
    // table-codes.ts) are accounts, never sources, and the 合计 is the sum of the top ones only
    // (the 合计 row is no account, its label in the first column when a flattened span left the second empty)
    const tree = codeTree(
      t,
      rows
        .filter((x) => !x.isTotal && !MONEY_TOTAL_LABEL.test((cellAt(t, x.r, 0)?.text ?? '').replace(/\s/g, '')))
        .map((x) => x.r),
    );
    if (tree) for (const x of rows) x.source = null;
    // one row naming a source word among rows that name none ("其他民政业务 | 临时救助、…、彩票公益金项目等" in a
    // table of tasks, "2296002 | 用于社会福利的彩票公益金支出" among accounts, "彩票公益金" under "一般公共预算拨款"):
    // that row is one more part like the others, never the 合计's only one. Sources alone make the parts when two
    // or more rows name one
    const sourceRows = rows.filter((x) => x.source !== null && !x.isTotal);
    if (sourceRows.length === 1 && rows.some((x) => x.source === null && !x.isTotal)) sourceRows[0].source = null;
    // "非遗宣传展示 | 小计 | 2,600.00": where several 小计 rows (or one beside a 合计) close groups, each is its
    // group's subtotal, neither the table's total nor one more part of it
    // a 小计 named by what it closes ("2022年小计", "基本支出小计", written across the label column or in the first
    // column beside an empty label) is a subtotal all the same
    const isSubtotal = (x: { r: number; label: string }) =>
      SUBTOTAL_LABEL.test(x.label) ||
      GROUP_SUBTOTAL_LABEL.test(x.label || (cellAt(t, x.r, 0)?.text ?? '').replace(/\s/g, ''));
    const subtotals = rows.filter(isSubtotal);
    const nested = subtotals.length >= 2 || (subtotals.length > 0 && rows.some((x) => x.isTotal && !isSubtotal(x)));
    const groupOf = (rr: number) =>
      (labelCol > 0 ? (cellAt(t, rr, labelCol - 1)?.text ?? '').replace(/\s/g, '') : '') || `小计@${rr}`;
    if (nested) for (const x of subtotals) x.isTotal = false;
    const hasTotal = rows.some((x) => x.isTotal);
    // a table of programmes or spending categories ("项目名称 | 全年预算数 | 决算数", rows 食品安全抽检经费…,
    // 合计): its 合计 is their subtotal, not the document's total, and is compared with no other statement
    // (a table of categories, "支出类别 | … ", rows 基本支出 / 项目支出, adds up to the whole and keeps its total)
    // ("项目名称 | 实施单位 | 年初预算 | …": the programmes' names may stand left of the label column)
    const programmes =
      /项目|经费/.test(cellAt(t, r, labelCol)?.text ?? '') ||
      Array.from({ length: labelCol }, (_, c) => cellAt(t, r, c)?.text.replace(/\s/g, '') ?? '').some((x) =>
        /^项目名称/.test(x),
      );
    const itemsOnly =
      programmes && !rows.some((x) => x.source !== null && !x.isTotal) && rows.filter((x) => !x.isTotal).length >= 2;
    // "合计 | 基本支出 | 项目支出": a category's column is a part of the 合计 column, its 合计 row that part's
    const scopes = yearScopes(t, r, heads).map((s, hi) => s ?? categoryOf(heads[hi].cell.text, categories));
    heads.forEach((h, hi) => {
      const unit = unitIn(h.cell.text) ?? unitAbove(t, r, h.cell.col) ?? rowLabelUnit ?? tUnit;
      const group = `t${t.tableIndex}:r${r}c${h.cell.col}`;
      let total: FundFigure | null = null;
      const parts: FundFigure[] = [];
      for (const row of rows) {
        const subtotal = nested && isSubtotal(row);
        const isTotal = !subtotal && (row.isTotal || (!hasTotal && rows.length === 1));
        const source: FundSource | null = subtotal
          ? null
          : isTotal
            ? itemsOnly
              ? 'item'
              : null
            : (row.source ?? 'item');
        const cell = cellAt(t, row.r, h.cell.col)!;
        const cq = cell.text.trim() ? cellQuantity(cell.text, h.kw!, unit) : null;
        if (cell.text.trim() && !cq) continue;
        const f: FundFigure = {
          kind: h.kw!.kind,
          variant: h.kw!.variant ?? null,
          source,
          label: row.label,
          q: cq?.q ?? null,
          unitKnown: cq?.unitKnown ?? unit !== null,
          at: { block: t.index, cell: { row: row.r, col: h.cell.col } },
          origin: 'table',
          group,
          order: [t.index, row.r, h.cell.col, 0],
          scope: subtotal ? `part:${groupOf(row.r)}` : scopes[hi],
        };
        out.push(f);
        if (subtotal) continue;
        if (isTotal) total = f;
        else if (!tree || tree.top.includes(row.r)) parts.push(f);
      }
      // a piece after "附件7（续）": its 合计 totals the whole table, not the rows on this page
      if (total && parts.length && !isRate(h.kw!.kind) && !continuesAbove(doc, t))
        breakdowns.push({ total, parts: parts.filter((p) => p.source !== 'item' || !rows.some((x) => x.source)) });
    });
  }
  // Layout B: label cell, value cell to its right ("计划投资额（万元） | 57"), sources in the rows below.
  for (let r = 0; r < t.rows; r++) {
    if (headerRows.has(r)) continue;
    const ids = distinctCellsInRow(t, r);
    ids.forEach((id, k) => {
      const cell = t.cells[id];
      const kw = headerKind(cell.text);
      if (!kw) return;
      // "30199 | 其他工资福利支出 | 412.68": an account of the classification, not the whole's 支出 (table-codes.ts)
      if (accountLabel(t, r, cell.col)) return;
      // value columns: up to the next cell that holds a label
      let endCol = t.cols;
      for (let j = k + 1; j < ids.length; j++) {
        const tx = t.cells[ids[j]].text.trim();
        if (tx && !isNumberCell(tx)) {
          endCol = t.cells[ids[j]].col;
          break;
        }
      }
      const startCol = cell.col + cell.colSpan;
      if (startCol >= endCol) return;
      const unit = unitIn(cell.text) ?? tUnit;
      const valueIn = (rr: number): { col: number; text: string } | null | 'bad' => {
        let found: { col: number; text: string } | null = null;
        for (let c = startCol; c < endCol; c++) {
          const vc = cellAt(t, rr, c);
          if (!vc || vc.row !== rr || vc.col !== c) continue;
          const tx = vc.text.trim();
          if (!tx) continue;
          if (!isNumberCell(tx) || found) return 'bad';
          found = { col: c, text: tx };
        }
        return found;
      };
      const v = valueIn(r);
      if (v === 'bad' || v === null) return;
      // beside a rate's label, only a percentage is the rate: "资金到位率 | 4 | 得分=到位率×分值" is a scoring row
      if (isRate(kw.kind) && !/%$/.test(v.text)) return;
      const group = `t${t.tableIndex}:r${r}c${cell.col}`;
      const mk = (
        rr: number,
        col: number,
        text: string | null,
        label: string,
        source: FundSource | null,
      ): FundFigure | null => {
        const cq = text ? cellQuantity(text, kw, unit) : null;
        if (text && !cq) return null;
        return {
          kind: kw.kind,
          variant: kw.variant ?? null,
          source,
          label,
          q: cq?.q ?? null,
          unitKnown: cq?.unitKnown ?? unit !== null,
          at: { block: t.index, cell: { row: rr, col } },
          origin: 'table',
          group,
          order: [t.index, rr, col, 0],
          scope: null,
        };
      };
      const total = mk(r, v.col, v.text, cell.text, null);
      if (!total) return;
      out.push(total);
      const parts: FundFigure[] = [];
      for (let rr = r + cell.rowSpan; rr < t.rows; rr++) {
        const lc = cellAt(t, rr, cell.col);
        if (!lc || lc.row !== rr) break;
        const label = lc.text.replace(/\s/g, '');
        const source = sourceOf(label);
        if (!source || label.length > 12) break;
        const pv = valueIn(rr);
        if (pv === 'bad') break;
        // an empty part cell: where a figure belongs, in the column the total stands in
        const f = mk(rr, pv?.col ?? v.col, pv?.text ?? null, label, source);
        if (!f) break;
        out.push(f);
        parts.push(f);
      }
      if (parts.length && !isRate(kw.kind)) breakdowns.push({ total, parts });
    });
  }
}

/** "基本支出（万元）" → "part:基本支出": the category a column header names, if any. */
function categoryOf(head: string, categories: RegExp): string | null {
  const m = categories.exec(head.replace(/\s/g, ''));
  return m ? `part:${m[0]}` : null;
}
