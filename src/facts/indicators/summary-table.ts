// The summary table of scores (一级指标 / 二级指标 … | 分值 | 得分 | 得分率 | 等级): each row placed
// in the indicator tree by its name, or by its code (A ⊃ A1 ⊃ A101, A1 ⊃ A1-1), with its figures.
import type { Document, Table } from '../../model/document.js';
import { parseQuantity } from '../lang/numbers.js';
import { CELL_CODE, codeExtends } from '../lang/indicator-codes.js';
import { indicatorName } from '../lang/indicator-names.js';
import { FIRST_LEVEL_TITLE } from '../lang/sections.js';
import type { IndicatorTree, ScoreFact } from './indicators.js';
import { DASH_NAME, SCORE_TOTAL_ROW } from '../lang/totals.js';
import {
  ACROSS_CORNER,
  GRADE_HEAD,
  LEVEL_HEAD,
  LEVEL_NUM,
  MAX_HEAD,
  NAME_HEAD,
  RATE_HEAD,
  SCORE_HEAD,
  WEIGHT_HEAD,
  cellSpan,
  headText,
  isHeaderName,
  percent,
  points,
} from './table-heads.js';

// ---------------------------------------------------------------- summary table

const CODE_HEAD = /^(?:指标编码|编码|指标代码|代码|指标编号|编号)$/;

/**
 * The column of indicator codes, if the table has one: by its header, or as a column whose
 * cells are all codes and some code continues another. Its codes nest the rows (A 决策 over
 * A101 立项依据充分性, A1 政策设立 over A1-1) where the table has no 一级/二级 columns to say so.
 * A cell that repeats the column's header ("编码" again under a piece's repeated header row, kept
 * by a reader that joined the pieces) is passed over, as the 合计 row is.
 */
function codeColumn(t: Table, headRow: number, heads: string[], nameCol: number): number {
  for (let c = 0; c < heads.length; c++) {
    if (c === nameCol) continue;
    const codes: string[] = [];
    for (let r = headRow + 1; r < t.rows; r++) {
      const cell = t.cells[t.grid[r][c]];
      const tx = cell.row === r ? cell.text.trim().toUpperCase() : '';
      if (!tx || SCORE_TOTAL_ROW.test(tx.replace(/\s/g, '')) || (heads[c] && headText(tx) === heads[c])) continue;
      codes.push(tx);
    }
    if (codes.length < 2 || !codes.every((x) => CELL_CODE.test(x))) continue;
    if (CODE_HEAD.test(heads[c]) || codes.some((x) => codes.some((p) => codeExtends(x, p)))) return c;
  }
  return -1;
}

/**
 * The coded rows of a table whose rows are coded indicators (附件1: 编码 | 指标名称 | 权重 | … | 得分), in row
 * order, each code with the name its row gives ("A" "决策", "A1-1" "政策依据充分性"); null when the table has no
 * code column beside a name column.
 */
export function codedRows(t: Table): { code: string; name: string }[] | null {
  for (let r = 0; r < Math.min(3, t.rows); r++) {
    const heads = t.grid[r].map((id, c) => (t.cells[id].col === c ? headText(t.cells[id].text) : ''));
    const nameCol = heads.findIndex((h) => NAME_HEAD.test(h));
    const col = nameCol < 0 ? -1 : codeColumn(t, r, heads, nameCol);
    if (col < 0) continue;
    const rows: { code: string; name: string }[] = [];
    for (let rr = r + 1; rr < t.rows; rr++) {
      const cell = t.cells[t.grid[rr][col]];
      const tx = cell.row === rr ? cell.text.trim().toUpperCase() : '';
      if (CELL_CODE.test(tx)) rows.push({ code: tx, name: t.cells[t.grid[rr][nameCol]].text.trim() });
    }
    return rows;
  }
  return null;
}

/**
 * Row `r` closes the table with its total when a cell left of the figures (before column `end`) is a
 * total label ("合计"), whichever column it stands in: "编码 | 一级指标 | …" over "合计 | — | 100 | 87.26".
 */
function closesTable(t: Table, r: number, end: number): boolean {
  for (let c = 0; c < end; c++) {
    const cell = t.cells[t.grid[r][c]];
    if (cell.row === r && SCORE_TOTAL_ROW.test(cell.text.replace(/\s/g, ''))) return true;
  }
  return false;
}

/** What a summary's column (or, laid out across, its row) holds, by the word that heads it. */
type SummaryKind = '分值' | '权重' | '得分' | '得分率' | '等级';
const KIND_HEADS: [RegExp, SummaryKind][] = [
  [MAX_HEAD, '分值'],
  [WEIGHT_HEAD, '权重'],
  [SCORE_HEAD, '得分'],
  [RATE_HEAD, '得分率'],
  [GRADE_HEAD, '等级'],
];
const kindOf = (head: string): SummaryKind | null => KIND_HEADS.find(([re]) => re.test(head))?.[1] ?? null;

type Figure = Omit<ScoreFact, 'node' | 'source' | 'origin' | 'sourceParent' | 'span'>;

/** One summary cell read as its column (or row) says; `maxStated`: the table has a 分值 of its own. */
function summaryFigure(kind: SummaryKind, text: string, maxStated: boolean): Figure | null {
  if (kind === '分值' || kind === '得分') {
    const q = points(text);
    return q ? { kind, q } : null;
  }
  if (kind === '权重') {
    const p = parseQuantity(text);
    if (p?.unit === '%') return { kind: '权重', q: p };
    // a 权重 column in points stands for the 分值 when the table has no other
    const q = maxStated ? null : points(text);
    return q ? { kind: '分值', q } : null;
  }
  if (kind === '得分率') {
    const q = percent(text);
    return q ? { kind: '得分率', q } : null;
  }
  const grade = text.trim();
  return /^[优良中差]|^(?:合格|不合格|较差|良好|优秀|中等)$/.test(grade) ? { kind: '等级', q: null, grade } : null;
}

export function summaryFacts(doc: Document, tree: IndicatorTree): ScoreFact[] {
  const facts: ScoreFact[] = [];
  for (const t of doc.tables) {
    const across = acrossFacts(t, tree);
    if (across) {
      facts.push(...across);
      continue;
    }
    for (let r = 0; r < Math.min(3, t.rows); r++) {
      const heads = t.grid[r].map((id, c) => (t.cells[id].col === c ? headText(t.cells[id].text) : ''));
      if (heads.filter((h) => LEVEL_HEAD.test(h)).length >= 2) break; // an attachment scoring table
      // "二级指标 | 指标 | 年度目标 | 实际完成 | 分值 | 得分": rows below the first level, read as a scoring table
      if (heads.some((h) => LEVEL_HEAD.test(h) && LEVEL_NUM[LEVEL_HEAD.exec(h)![1]] >= 2)) break;
      const nameCol = heads.findIndex((h) => NAME_HEAD.test(h));
      const columns = KIND_HEADS.map(([, kind]) => ({ kind, col: heads.findIndex((h) => kindOf(h) === kind) })).filter(
        (x) => x.col >= 0,
      );
      const has = (kind: SummaryKind) => columns.some((x) => x.kind === kind);
      if (nameCol < 0 || columns.length < 2 || !(has('得分') || has('分值') || has('权重'))) continue;
      // a header on two rows ("评价结果" over "得分 | 得分率"): read it where it ends
      const nextHeads =
        r + 1 < t.rows ? t.grid[r + 1].map((id) => (t.cells[id].row === r + 1 ? headText(t.cells[id].text) : '')) : [];
      if (nextHeads.some((h) => kindOf(h))) continue;
      // "评价指标" over "一级指标 | 二级指标 | …": an attachment scoring table with a two-row header
      if (nextHeads.filter((h) => LEVEL_HEAD.test(h)).length >= 2) break;
      const origin = `summary:${t.tableIndex}`;
      const codeCol = codeColumn(t, r, heads, nameCol);
      const coded: { code: string; node: number }[] = [];
      for (let rr = r + 1; rr < t.rows; rr++) {
        const nameCell = t.cells[t.grid[rr][nameCol]];
        // "合计 | — | 100 | 87.26": the label may stand in the code column, left of the name that is only a dash
        const closing = closesTable(t, rr, Math.min(...columns.map((x) => x.col)));
        const name = closing ? '合计' : nameCell.text.trim();
        if (!name || nameCell.row !== rr || isHeaderName(name) || DASH_NAME.test(name)) continue;
        let under = tree.root;
        let written = name;
        if (codeCol >= 0 && !closing) {
          const code = t.cells[t.grid[rr][codeCol]].text.trim().toUpperCase();
          const parent = coded.filter((x) => codeExtends(code, x.code)).at(-1);
          if (parent) under = parent.node;
          if (code) coded.push({ code, node: -1 });
          // the code goes with the name, so "B102预算执行率：…" or "A1-1 政策依据充分性（…）" in the text finds this row
          if (/^[A-Z]\d+(?:-\d+)*$/.test(code)) written = `${code} ${name}`;
        }
        const node = SCORE_TOTAL_ROW.test(name.replace(/\s/g, '')) ? tree.root : tree.child(under, written);
        if (coded.length && codeCol >= 0 && coded.at(-1)!.node === -1) coded.at(-1)!.node = node;
        const parent = tree.nodes[node].parent;
        for (const { kind, col } of columns) {
          const cell = t.cells[t.grid[rr][col]];
          if (cell.row !== rr || !cell.text.trim()) continue;
          const f = summaryFigure(kind, cell.text, has('分值'));
          if (f) facts.push({ ...f, node, source: 'summary', origin, sourceParent: parent, span: cellSpan(t, cell) });
        }
      }
      break;
    }
  }
  return facts;
}

// ---------------------------------------------------------------- laid out across

/**
 * A summary laid out across (Q's 表10: "项目 | 决策 | 过程 | 产出 | 效益 | 合计" over the rows 分值 / 得分 /
 * 得分率): the first-level indicators are its columns, the kinds of figure its rows, and it gives the facts
 * a summary written down the page gives. Read only when every row under the header is one kind of figure,
 * each kind once, and every column names the total or a first-level indicator (the corner says 一级指标,
 * the tree has the name at the first level, or it is a first-level name: 决策, 产出指标, 满意度…): a table of
 * years, of funding sources or of townships is no summary, and one listing second-level indicators says
 * nothing of the first level. Null when the table is not one.
 */
function acrossFacts(t: Table, tree: IndicatorTree): ScoreFact[] | null {
  for (let head = 0; head < Math.min(2, t.rows - 2); head++) {
    const cells = acrossCells(t, head, tree);
    if (!cells) continue;
    const origin = `summary:${t.tableIndex}`;
    const maxStated = cells.rows.some((x) => x.kind === '分值');
    const facts: ScoreFact[] = [];
    for (const column of cells.columns) {
      const node = column.name === null ? tree.root : tree.child(tree.root, column.name);
      const parent = tree.nodes[node].parent;
      for (const { row, kind } of cells.rows) {
        const cell = t.cells[t.grid[row][column.col]];
        if (cell.row !== row || cell.col !== column.col || !cell.text.trim()) continue;
        const f = summaryFigure(kind, cell.text, maxStated);
        if (f) facts.push({ ...f, node, source: 'summary', origin, sourceParent: parent, span: cellSpan(t, cell) });
      }
    }
    return facts;
  }
  return null;
}

/** A row of points taken off ("扣分", "扣减分值"), laid out across under a firm's deduction-layout scoring table. */
const DEDUCTION_ROW = /^(?:扣分|扣减分|扣分值|扣减分值|扣除分值)$/;

/** The rows (by kind) and columns (by name; null for the total) of a summary laid out across under row `head`. */
function acrossCells(
  t: Table,
  head: number,
  tree: IndicatorTree,
): { rows: { row: number; kind: SummaryKind }[]; columns: { col: number; name: string | null }[] } | null {
  const own = (r: number, c: number) => {
    const cell = t.cells[t.grid[r][c]];
    return cell.row === r && cell.col === c ? cell.text.trim() : '';
  };
  const corner = headText(own(head, 0));
  if (!ACROSS_CORNER.test(corner)) return null;
  const rows: { row: number; kind: SummaryKind }[] = [];
  for (let r = head + 1; r < t.rows; r++) {
    const label = headText(own(r, 0));
    const kind = kindOf(label);
    if (!label && t.grid[r].every((_, c) => !own(r, c))) continue; // an empty row
    // "扣分" between 分值 and 得分 (分值 − 扣分 = 得分): points taken off, never a score; the rows around it still
    // are the first levels' figures
    if (DEDUCTION_ROW.test(label)) continue;
    // a row of anything else (a year, a source, "达标率"), or a kind twice (自评 / 复核 得分): not a summary
    if (!kind || rows.some((x) => x.kind === kind)) return null;
    rows.push({ row: r, kind });
  }
  const has = (kind: SummaryKind) => rows.some((x) => x.kind === kind);
  if (rows.length < 2 || !(has('得分') || has('分值') || has('权重'))) return null;
  const columns: { col: number; name: string | null }[] = [];
  const nodes = new Set<number>();
  for (let c = 1; c < t.cols; c++) {
    const written = own(head, c);
    if (!written) continue;
    if (SCORE_TOTAL_ROW.test(written.replace(/\s/g, ''))) {
      columns.push({ col: c, name: null });
      continue;
    }
    // "2022年", "第1季度": a figure in a column's name is no first-level indicator's
    if (/\d/.test(written)) return null;
    const found = tree.find(tree.root, indicatorName(written));
    if (found !== null) {
      // a second-level name ("产出数量"), or two columns of one indicator: not the first level's summary
      if (tree.nodes[found].level !== 1 || nodes.has(found)) return null;
      nodes.add(found);
    } else if (corner !== '一级指标' && !FIRST_LEVEL_TITLE.test(written)) return null;
    columns.push({ col: c, name: written });
  }
  return columns.filter((x) => x.name !== null).length >= 2 ? { rows, columns } : null;
}
